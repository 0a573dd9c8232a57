// A word diff as text: what came in is underlined, what went out is struck through, so
// colour is not the only sign. Used by the history's comparison and publish conflicts.
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { RevisionComparison } from '../../../electron/contract/index.ts';

export function DiffText({
  comparison,
  testId,
}: {
  comparison: RevisionComparison;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <section className="revision-diff" data-testid={testId}>
      <p className="revision-diff-summary">
        {t('history.diffSummary', {
          inserted: t('history.words', { count: comparison.wordsInserted }),
          deleted: t('history.words', { count: comparison.wordsDeleted }),
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
