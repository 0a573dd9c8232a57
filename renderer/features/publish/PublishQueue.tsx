// The outbox as a list: every job not yet cleared, newest first, each with its state.
import { useTranslation } from 'react-i18next';
import type { PublishJob, PublishOptions } from '../../../electron/contract.ts';
import { useErrorMessage } from '../../i18n/useErrorMessage.ts';
import { JobRow } from './JobRow.tsx';

interface PublishQueueProps {
  queue: { jobs: PublishJob[] | null; error: unknown; refresh: () => void };
  onEnqueue: (draftId: string, siteId: string, options: PublishOptions) => Promise<void>;
}

export function PublishQueue({ queue, onEnqueue }: PublishQueueProps) {
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
            <JobRow key={job.id} job={job} onChanged={queue.refresh} onEnqueue={onEnqueue} />
          ))}
        </ol>
      )}
    </section>
  );
}
