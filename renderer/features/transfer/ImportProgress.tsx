// How far the import queue is: "importing 2 of 3: name.docx" while it runs, and after a
// batch of several files, each file's outcome (one file's is said beside its button).
import { useErrorMessage } from '../../i18n/useErrorMessage.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import '../../styles/import.css';
import { useImportQueue } from './useImportQueue.ts';

export function ImportProgress() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const queue = useImportQueue();
  return (
    <>
      <p className="drop-hint" data-testid="drop-hint">
        {t('importQueue.dropHere')}
      </p>
      {queue.busy && queue.running && (
        <p
          className="import-progress"
          role="status"
          data-testid="import-progress"
          data-current={queue.current}
          data-total={queue.total}
        >
          <progress max={queue.total} value={queue.current - 1} />
          {t('importQueue.progress', {
            current: queue.current,
            total: queue.total,
            file: `\u2068${queue.running.fileName}\u2069`,
          })}
        </p>
      )}
      {queue.total > 1 && queue.outcomes.length > 0 && (
        <ul className="import-results" aria-label={t('importQueue.results')}>
          {queue.outcomes.map((outcome, index) => (
            <li
              key={`${index}:${outcome.fileName}`}
              className={outcome.ok ? 'import-outcome' : 'import-outcome import-outcome-failed'}
              data-testid="import-result"
              data-file={outcome.fileName}
              data-outcome={outcome.ok ? 'imported' : 'failed'}
            >
              {outcome.ok
                ? t('importQueue.fileImported', { file: `\u2068${outcome.fileName}\u2069` })
                : t('importQueue.fileFailed', {
                    file: `\u2068${outcome.fileName}\u2069`,
                    reason: errorMessage(outcome.error),
                  })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
