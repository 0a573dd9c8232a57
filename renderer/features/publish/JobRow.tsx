// One publish job: its state in words, progress bars while it uploads, and what can be
// done next (cancel, retry, the suggested other action, the link once it is done).
import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { PublishJob, PublishOptions } from '../../../electron/contract/index.ts';
import { midad } from '../../bridge.ts';
import { useErrorMessage } from '../../i18n/useErrorMessage.ts';
import { useDateTime } from '../library/useDateTime.ts';
import { ConflictView } from './ConflictView.tsx';
import { remoteStatusText } from './remote-status-text.ts';
import { jobButtons, jobView, safeLink, type JobView } from './job-view.ts';

interface JobRowProps {
  job: PublishJob;
  onChanged: () => void;
  onEnqueue: (draftId: string, siteId: string, options: PublishOptions) => Promise<void>;
  onKeepTheirs?: (jobId: string, draftId: string) => Promise<void>;
}

export function JobRow({ job, onChanged, onEnqueue, onKeepTheirs }: JobRowProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [error, setError] = useState<unknown>(null);
  const view = jobView(job);
  const buttons = jobButtons(job);

  const act = (work: () => Promise<unknown>) => {
    setError(null);
    work().then(onChanged, setError);
  };

  return (
    <li
      className={`job job-${view.kind}`}
      data-testid="publish-job"
      data-state={view.kind}
      data-job-id={job.id}
    >
      <p className="job-title">
        <bdi>{job.headline || t('library.untitled')}</bdi> · {t(`publish.action.${job.action}`)}
      </p>
      <p className="job-state" data-testid="job-state">
        {view.kind === 'conflict' && view.change === 'resubmitted'
          ? t('publish.state.resubmitted')
          : t(`publish.state.${view.kind}`)}
      </p>
      <JobDetail
        view={view}
        job={job}
        onChanged={onChanged}
        onEnqueue={onEnqueue}
        onKeepTheirs={onKeepTheirs}
      />
      <div className="job-actions">
        {buttons.cancel && (
          <button
            type="button"
            className="quiet-button"
            data-testid="job-cancel"
            onClick={() => act(() => midad.publish.cancel(job.id))}
          >
            {t('publish.cancel')}
          </button>
        )}
        {buttons.retry && (
          <button
            type="button"
            className="quiet-button"
            data-testid="job-retry"
            onClick={() => act(() => midad.publish.retry(job.id))}
          >
            {t('publish.retry')}
          </button>
        )}
      </div>
      {error ? <p role="alert">{errorMessage(error)}</p> : null}
    </li>
  );
}

function JobDetail({
  view,
  job,
  onChanged,
  onEnqueue,
  onKeepTheirs,
}: { view: JobView } & JobRowProps) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const dateTime = useDateTime();
  const percent = new Intl.NumberFormat(i18n.locale, { style: 'percent' });
  switch (view.kind) {
    case 'queued':
      return (
        <label className="progress-line">
          <span>{percent.format(0)}</span>
          <progress data-testid="job-overall" max={1} value={0} />
        </label>
      );
    case 'running':
      return (
        <div className="job-progress">
          <label className="progress-line">
            <span>
              {t(`publish.step.${view.step}`)} {percent.format(view.overall)}
            </span>
            <progress data-testid="job-overall" max={1} value={view.overall} />
          </label>
          {view.files.map((file) => (
            <label key={file.hash} className="progress-line" data-testid="job-file">
              <span>
                <bdi>{file.fileName}</bdi> · {t(`publish.file.${file.state}`)}
              </span>
              {file.progress === null ? <progress /> : <progress max={1} value={file.progress} />}
            </label>
          ))}
        </div>
      );
    case 'waiting_offline':
      return (
        <p className="job-waiting">
          {errorMessage(view.code)}{' '}
          {t('publish.nextAttempt', { time: dateTime(view.nextAttemptAt) })}
        </p>
      );
    case 'done': {
      const link = safeLink(view.link);
      return (
        <>
          <p>
            {remoteStatusText(t, view.status)}
            {link && (
              <>
                {' · '}
                <a
                  href={link}
                  target="_blank"
                  rel="noopener noreferrer"
                  data-testid="job-link"
                  data-preview={view.preview}
                  dir="ltr"
                >
                  {view.preview ? t('publish.previewPost') : t('publish.openPost')}
                </a>
              </>
            )}
          </p>
          {view.picturesLeftHere.length > 0 && (
            <div className="job-pictures-left" data-testid="job-pictures-left">
              <p>{t('publish.picturesLeftHere')}</p>
              <ul>
                {view.picturesLeftHere.map((picture) => (
                  <li key={picture.hash}>
                    <bdi>{picture.fileName || picture.hash.slice(0, 12)}</bdi>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {view.picturesNotBrought.length > 0 && (
            <div className="job-pictures-left" data-testid="job-pictures-not-brought">
              <p>{t('desk.picturesNotBrought.title')}</p>
              <ul>
                {view.picturesNotBrought.map((picture, index) => (
                  <li key={picture.hash ?? `attachment-${index}`} data-reason={picture.reason}>
                    <bdi>{picture.fileName || t('desk.picturesNotBrought.unnamed')}</bdi>
                    {': '}
                    {t(`desk.picturesNotBrought.${picture.reason}`)}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      );
    }
    case 'failed':
      return (
        <div>
          <p className="job-error" role="alert" data-testid="job-error" data-code={view.code}>
            {errorMessage(view.code)}
          </p>
          {view.suggestion && (
            <button
              type="button"
              className="primary-button"
              data-testid="job-suggestion"
              onClick={() =>
                void onEnqueue(job.draftId, job.siteId, { action: view.suggestion ?? 'pending' })
              }
            >
              {t('publish.instead', { action: t(`publish.action.${view.suggestion}`) })}
            </button>
          )}
          {view.asNew && (
            <button
              type="button"
              className="quiet-button"
              data-testid="job-as-new"
              onClick={() =>
                void onEnqueue(job.draftId, job.siteId, {
                  action: view.asNew ?? 'publish',
                  asNew: true,
                })
              }
            >
              {t('publish.asNew')}
            </button>
          )}
        </div>
      );
    case 'conflict':
      return (
        <ConflictView
          view={view}
          jobId={job.id}
          onChanged={onChanged}
          onKeepTheirs={onKeepTheirs && ((jobId) => onKeepTheirs(jobId, job.draftId))}
        />
      );
    default:
      return null;
  }
}
