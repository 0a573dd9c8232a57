// Beside the article: send it to one of the configured WordPress sites, then watch the
// outbox's queue. Loaded when first opened, so publishing costs the editor nothing at start.
// The sites, their categories and where the story stands are read again whenever the host
// says they changed (a site added elsewhere, a category a job created, the desk's answer).
import { useCallback, useEffect, useState } from 'react';
import { useHostRefresh } from '../../useHostRefresh.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { PublishOptions, PublishPreparation, Site } from '../../../electron/contract/index.ts';
import '../../styles/history.css';
import '../../styles/forms.css';
import '../../styles/publish.css';
import { HostCallError, midad } from '../../bridge.ts';
import { useErrorMessage } from '../../i18n/useErrorMessage.ts';
import { useSuggestions } from '../review/suggestions-store.ts';
import { ReviewBridgeNote } from '../sites/ReviewBridgeNote.tsx';
import { PublishForm } from './PublishForm.tsx';
import { PublishQueue } from './PublishQueue.tsx';
import { isActiveJob } from './job-view.ts';
import { useJobs } from './useJobs.ts';
import { SidePanel } from '../shell/SidePanel.tsx';
import { askToNotify } from '../jobs/system-notifications.ts';

export interface PublishPanelProps {
  draftId: string;
  flush: () => Promise<boolean>;
  onClose: () => void;
  onOpenSites: () => void;
  /** One of this draft's jobs started or finished: where the story stands may have moved (sent to the desk, published). */
  onJobsMoved?: () => void;
  /** Opens the suggestions panel, when publishing finds open suggestions. */
  onReviewSuggestions?: () => void;
  /** The site's version replaced the open draft's text on disk: the editor shows it (without saving over it). */
  onSiteVersionTaken?: () => void;
}

export default function PublishPanel({
  draftId,
  flush,
  onClose,
  onOpenSites,
  onJobsMoved,
  onReviewSuggestions,
  onSiteVersionTaken,
}: PublishPanelProps) {
  const { t } = useTranslation();
  const openSuggestions = useSuggestions().entries?.length ?? 0;
  const errorMessage = useErrorMessage();
  const [sites, setSites] = useState<Site[] | null>(null);
  const [siteId, setSiteId] = useState('');
  const [preparation, setPreparation] = useState<PublishPreparation | null>(null);
  const [error, setError] = useState<unknown>(null);
  const queue = useJobs();
  const chosenSite = sites?.find((site) => site.id === siteId);
  // Ask again whenever one of this draft's jobs on this site starts or finishes: the
  // allowed actions and the remote state follow (update once published, …).
  const jobsKey = (queue.jobs ?? [])
    .filter((job) => job.draftId === draftId && job.siteId === siteId)
    .map((job) => `${job.id}:${isActiveJob(job) ? 'active' : 'settled'}`)
    .join();

  const loadSites = useCallback(() => {
    midad.sites.list().then((listed) => {
      setSites(listed);
      // The chosen site stays chosen; one removed meanwhile gives way to the first.
      setSiteId((current) =>
        listed.some((site) => site.id === current) ? current : (listed[0]?.id ?? ''),
      );
    }, setError);
  }, []);
  useEffect(loadSites, [loadSites]);
  // A site's categories are part of the preparation: it is read again with the sites.
  const [preparationRound, setPreparationRound] = useState(0);
  const sitesChanged = useCallback(() => {
    loadSites();
    setPreparationRound((round) => round + 1);
  }, [loadSites]);
  useHostRefresh(sitesChanged, ['sites.changed']);
  // Where the story stands on the site (sent, answered by the desk, published): not its autosaves.
  useHostRefresh(
    () => setPreparationRound((round) => round + 1),
    ['drafts.changed'],
    (event) =>
      event.name === 'drafts.changed' &&
      event.payload.draftId === draftId &&
      ['remote', 'workflow'].includes(event.payload.change),
  );

  useEffect(() => setPreparation(null), [draftId, siteId]);
  useEffect(() => {
    if (!siteId) return;
    let alive = true;
    void (async () => {
      // The host reads the draft from disk: the latest words must be there first.
      await flush();
      try {
        const ready = await midad.publish.prepare(draftId, siteId);
        if (alive) setPreparation(ready);
        if (alive && jobsKey) onJobsMoved?.();
      } catch (failure) {
        if (alive) setError(failure);
      }
    })();
    return () => {
      alive = false;
    };
  }, [draftId, siteId, flush, jobsKey, onJobsMoved, preparationRound]);

  const enqueue = useCallback(
    async (jobDraftId: string, jobSiteId: string, options: PublishOptions) => {
      // A publish is a gesture: the moment to ask whether its end may be told by a notification.
      askToNotify();
      setError(null);
      try {
        await flush();
        queue.add(await midad.publish.enqueue(jobDraftId, jobSiteId, options));
      } catch (failure) {
        setError(failure);
      }
    },
    [flush, queue],
  );

  // The open text is saved first, so what is typed here goes into the revision the site's version leaves.
  const keepTheirs = useCallback(
    async (jobId: string, jobDraftId: string) => {
      const open = jobDraftId === draftId;
      if (open && !(await flush())) throw new HostCallError('storage.write_failed');
      await midad.publish.resolveConflict(jobId, 'keep_theirs');
      if (open) onSiteVersionTaken?.();
    },
    [draftId, flush, onSiteVersionTaken],
  );

  return (
    <SidePanel
      className="publish-panel"
      testId="publish-panel"
      title={t('publish.title')}
      closeLabel={t('history.close')}
      closeTestId="publish-close"
      onClose={onClose}
    >
      {sites === null ? (
        <p className="loading-panel">{t('app.loadingPanel')}</p>
      ) : sites.length === 0 ? (
        <p>
          {t('publish.noSites')}{' '}
          <button
            type="button"
            className="quiet-button"
            data-testid="publish-open-sites"
            onClick={onOpenSites}
          >
            {t('publish.openSites')}
          </button>
        </p>
      ) : (
        <label className="field">
          <span>{t('publish.site')}</span>
          <select
            data-testid="publish-site"
            value={siteId}
            onChange={(event) => setSiteId(event.target.value)}
          >
            {sites.map((site) => (
              <option key={site.id} value={site.id}>
                {t('publish.siteOption', { site: site.name || site.url, login: site.login })}
              </option>
            ))}
          </select>
        </label>
      )}
      {chosenSite ? (
        <ReviewBridgeNote bridge={chosenSite.reviewBridge} testId="publish-review-bridge" />
      ) : null}
      {error ? (
        <p className="notice" role="alert" data-testid="publish-error">
          {errorMessage(error)}
        </p>
      ) : null}
      {siteId && !preparation && !error && sites?.length ? (
        <p className="loading-panel">{t('app.loadingPanel')}</p>
      ) : null}
      {preparation && preparation.siteId === siteId && (
        <PublishForm
          key={`${siteId}:${jobsKey}`}
          preparation={preparation}
          openSuggestions={openSuggestions}
          onReviewSuggestions={onReviewSuggestions}
          onEnqueue={(options) => enqueue(draftId, siteId, options)}
        />
      )}
      <PublishQueue queue={queue} onEnqueue={enqueue} onKeepTheirs={keepTheirs} />
    </SidePanel>
  );
}
