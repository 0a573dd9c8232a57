// Someone changed the post on the site since this copy last saw it (the reporter's new version,
// or an edit there): what changed, word by word, or both texts side by side, and the choice;
// never an overwrite without asking.
import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { midad } from '../../bridge.ts';
import { useErrorMessage } from '../../i18n/useErrorMessage.ts';
import { DiffText } from '../history/DiffText.tsx';
import type { JobView } from './job-view.ts';

interface ConflictViewProps {
  view: Extract<JobView, { kind: 'conflict' }>;
  jobId: string;
  onChanged: () => void;
  /** Keeps the site's version, which replaces the local text: the panel saves the editor's text first and shows the new one after. */
  onKeepTheirs?: (jobId: string) => Promise<void>;
}

export function ConflictView({ view, jobId, onChanged, onKeepTheirs }: ConflictViewProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [sideBySide, setSideBySide] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const resolve = (choice: 'keep_theirs' | 'overwrite') => {
    setError(null);
    const resolved =
      choice === 'keep_theirs' && onKeepTheirs
        ? onKeepTheirs(jobId)
        : midad.publish.resolveConflict(jobId, choice);
    resolved.then(onChanged, setError);
  };
  return (
    <div className="conflict" data-testid="job-conflict">
      <p data-testid="conflict-explained" data-change={view.change}>
        {t(
          view.change === 'resubmitted'
            ? 'publish.conflictResubmitted'
            : 'publish.conflictExplained',
        )}
      </p>
      {sideBySide ? (
        <div className="conflict-sides">
          <section>
            <h4>{t('publish.theirs')}</h4>
            <p lang="ar" dir="rtl" data-testid="conflict-theirs">
              {view.theirs}
            </p>
          </section>
          <section>
            <h4>{t('publish.ours')}</h4>
            <p lang="ar" dir="rtl" data-testid="conflict-ours">
              {view.ours}
            </p>
          </section>
        </div>
      ) : (
        <DiffText comparison={view.diff} testId="conflict-diff" />
      )}
      <div className="job-actions">
        <button
          type="button"
          className="quiet-button"
          aria-pressed={sideBySide}
          onClick={() => setSideBySide((on) => !on)}
        >
          {t('publish.sideBySide')}
        </button>
        <button
          type="button"
          className="quiet-button"
          data-testid="conflict-keep-theirs"
          onClick={() => resolve('keep_theirs')}
        >
          {t('publish.keepTheirs')}
        </button>
        <button
          type="button"
          className="quiet-button danger"
          data-testid="conflict-overwrite"
          onClick={() => resolve('overwrite')}
        >
          {t('publish.overwrite')}
        </button>
      </div>
      {error ? <p role="alert">{errorMessage(error)}</p> : null}
    </div>
  );
}
