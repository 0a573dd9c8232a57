// One visible, non-blocking message per file the library could not read: which draft,
// what was wrong, and where its raw bytes are now, so nothing is ever silently lost.
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { ShownProblem } from './useLibraryProblems.ts';

interface ProblemNoticesProps {
  problems: ShownProblem[];
  onDismiss: (key: string) => void;
}

export function ProblemNotices({ problems, onDismiss }: ProblemNoticesProps) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <section className="problems" aria-label={t('problems.label')} data-testid="problems">
      {problems.map(({ key, problem, title }) => {
        const draft = title
          ? t('problems.draftNamed', { title, id: problem.draftId ?? '' })
          : (problem.draftId ?? t('problems.unknownDraft'));
        return (
          <div
            key={key}
            className="problem"
            role="alert"
            data-testid="problem"
            data-draft-id={problem.draftId ?? ''}
          >
            <p className="problem-what">
              {t(`problems.kind.${problem.kind}`, { draft })}{' '}
              {t(`problems.reason.${problem.reason}`)}
            </p>
            <p className="problem-where">
              {problem.quarantinePath ? t('problems.movedTo') : t('problems.leftAt')}{' '}
              <code dir="ltr" data-testid="problem-path">
                {problem.quarantinePath ?? problem.originalPath}
              </code>
            </p>
            <p className="problem-outcome">
              {problem.recoveredFromRevision
                ? t('problems.recovered')
                : t(`problems.outcome.${problem.kind}`)}
            </p>
            <button type="button" className="quiet-button" onClick={() => onDismiss(key)}>
              {t('problems.dismiss')}
            </button>
          </div>
        );
      })}
    </section>
  );
}
