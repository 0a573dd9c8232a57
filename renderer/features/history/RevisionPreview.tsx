// A revision as it read then: its headline and its text, block by block, read-only.
import { useTranslation } from '../../i18n/useTranslation.ts';
import { lexicalBlocks } from '../../../common/document/plain-text.ts';
import { midad } from '../../bridge.ts';
import { useHostQuery } from '../../useHostQuery.ts';
import { useErrorMessage } from '../../i18n/useErrorMessage.ts';

export function RevisionPreview({ draftId, revisionId }: { draftId: string; revisionId: string }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { data: revision, error } = useHostQuery(
    () => midad.drafts.getRevision(draftId, revisionId),
    [draftId, revisionId],
  );

  if (error)
    return (
      <p className="notice" role="alert">
        {errorMessage(error)}
      </p>
    );
  if (!revision) return <p className="loading-panel">{t('app.loadingPanel')}</p>;
  return (
    <article className="revision-preview" data-testid="revision-preview-text" lang="ar" dir="rtl">
      {revision.meta.headline && <h3 className="revision-headline">{revision.meta.headline}</h3>}
      {lexicalBlocks(revision.body).map((block, index) => (
        <p key={index} dir="auto">
          {block}
        </p>
      ))}
    </article>
  );
}
