// A revision as it read then: its headline and its text, block by block, read-only.
import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { Revision } from '../../../electron/contract/index.ts';
import { lexicalBlocks } from '../../../common/document/plain-text.ts';
import { midad } from '../../bridge.ts';
import { useErrorMessage } from '../../i18n/useErrorMessage.ts';

export function RevisionPreview({ draftId, revisionId }: { draftId: string; revisionId: string }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [revision, setRevision] = useState<Revision | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let current = true;
    setRevision(null);
    midad.drafts.getRevision(draftId, revisionId).then(
      (loaded) => current && setRevision(loaded),
      (failure: unknown) => current && setError(failure),
    );
    return () => {
      current = false;
    };
  }, [draftId, revisionId]);

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
