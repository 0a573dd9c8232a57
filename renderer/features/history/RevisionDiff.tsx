// Two versions compared word by word (the host diffs with Arabic word boundaries): what
// came in is underlined, what went out is struck through, so colour is not the only sign.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevisionComparison } from '../../../electron/contract.ts';
import { midad } from '../../bridge.ts';
import { useErrorMessage } from '../../i18n/useErrorMessage.ts';

interface RevisionDiffProps {
  draftId: string;
  /** The older side and the newer side: revision ids, or 'current'. */
  before: string;
  after: string;
}

export function RevisionDiff({ draftId, before, after }: RevisionDiffProps) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const [comparison, setComparison] = useState<RevisionComparison | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let current = true;
    setComparison(null);
    midad.drafts.compareRevisions(draftId, before, after).then(
      (loaded) => current && setComparison(loaded),
      (failure: unknown) => current && setError(failure),
    );
    return () => {
      current = false;
    };
  }, [draftId, before, after]);

  if (error) return <p className="notice" role="alert">{errorMessage(error)}</p>;
  if (!comparison) return <p className="loading-panel">{t('app.loadingPanel')}</p>;
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <section className="revision-diff" data-testid="revision-diff">
      <p className="revision-diff-summary">
        {t('history.diffSummary', {
          inserted: number.format(comparison.wordsInserted),
          deleted: number.format(comparison.wordsDeleted),
        })}
      </p>
      <div className="revision-diff-text" lang="ar" dir="rtl">
        {comparison.pieces.map((piece, index) => {
          if (piece.type === 'insert') return <ins key={index}>{piece.text}</ins>;
          if (piece.type === 'delete') return <del key={index}>{piece.text}</del>;
          return <span key={index}>{piece.text}</span>;
        })}
      </div>
    </section>
  );
}
