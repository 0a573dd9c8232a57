// Two versions compared word by word (the host diffs with Arabic word boundaries).
import { useTranslation } from '../../i18n/useTranslation.ts';
import { midad } from '../../bridge.ts';
import { useHostQuery } from '../../useHostQuery.ts';
import { useErrorMessage } from '../../i18n/useErrorMessage.ts';
import { DiffText } from './DiffText.tsx';

interface RevisionDiffProps {
  draftId: string;
  /** The older side and the newer side: revision ids, or 'current'. */
  before: string;
  after: string;
}

export function RevisionDiff({ draftId, before, after }: RevisionDiffProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { data: comparison, error } = useHostQuery(
    () => midad.drafts.compareRevisions(draftId, before, after),
    [draftId, before, after],
  );

  if (error)
    return (
      <p className="notice" role="alert">
        {errorMessage(error)}
      </p>
    );
  if (!comparison) return <p className="loading-panel">{t('app.loadingPanel')}</p>;
  return <DiffText comparison={comparison} testId="revision-diff" />;
}
