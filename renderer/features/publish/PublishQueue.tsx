// The outbox as a list: every job not yet cleared, newest first, each with its state.
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { PublishOptions } from '../../../electron/contract/index.ts';
import { useErrorMessage } from '../../i18n/useErrorMessage.ts';
import { JobRow } from './JobRow.tsx';
import type { JobsQueue } from './useJobs.ts';

interface PublishQueueProps {
  queue: JobsQueue;
  onEnqueue: (draftId: string, siteId: string, options: PublishOptions) => Promise<void>;
  onKeepTheirs?: (jobId: string, draftId: string) => Promise<void>;
}

export function PublishQueue({ queue, onEnqueue, onKeepTheirs }: PublishQueueProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  return (
    <section className="publish-queue" aria-label={t('publish.queue')}>
      <h3>{t('publish.queue')}</h3>
      {queue.error ? <p role="alert">{errorMessage(queue.error)}</p> : null}
      {queue.jobs === null ? (
        <p className="loading-panel">{t('app.loadingPanel')}</p>
      ) : queue.jobs.length === 0 ? (
        <p className="library-empty">{t('publish.queueEmpty')}</p>
      ) : (
        <ol className="jobs" data-testid="publish-jobs">
          {queue.jobs.map((job) => (
            <JobRow
              key={job.id}
              job={job}
              onChanged={queue.refresh}
              onEnqueue={onEnqueue}
              onKeepTheirs={onKeepTheirs}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
