// The desk (الديسك): the stories reporters sent to a site, for the accounts whose newsroom
// role is copy editor or desk chief. Opening one brings it into Midad as a draft linked to
// its post, then shows it in the article view. A desk chief sees the board first. The sites
// and the queue are read again when the host says they changed.
import { useCallback, useEffect, useState } from 'react';
import { newsroomRole } from '../../../common/newsroom/roles.ts';
import type { DeskQueueItem, Site } from '../../../electron/contract/index.ts';
import { midad } from '../../bridge.ts';
import { useHostRefresh } from '../../useHostRefresh.ts';
import { useErrorMessage } from '../../i18n/useErrorMessage.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useDateTime } from '../library/useDateTime.ts';
import { useSettings } from '../settings/settings-context.tsx';
import { DeskBoard } from './DeskBoard.tsx';
import { useSiteWatch } from './useSiteWatch.ts';
import '../../styles/desk.css';

export interface DeskScreenProps {
  onOpen: (siteId: string, postId: number) => void;
}

export default function DeskScreen({ onOpen }: DeskScreenProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const dateTime = useDateTime();
  const { settings } = useSettings();
  const [sites, setSites] = useState<Site[] | null>(null);
  const [siteId, setSiteId] = useState<string | null>(null);
  const [queue, setQueue] = useState<DeskQueueItem[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // The desk chief's home is the board; a copy editor's is the queue. Either may switch.
  const [showBoard, setShowBoard] = useState<boolean | null>(null);
  const chosen = sites?.find((site) => site.id === siteId) ?? null;
  const isDeskChief =
    chosen !== null &&
    newsroomRole(chosen.capabilities, settings.newsroom.roleMapping) === 'desk-chief';
  const boardShown = showBoard ?? isDeskChief;

  const loadSites = useCallback(() => {
    midad.sites.list().then(
      (listed) => {
        // A reporter's account has no desk: only copy editors and desk chiefs see a queue.
        const desks = listed.filter(
          (site) => newsroomRole(site.capabilities, settings.newsroom.roleMapping) !== 'reporter',
        );
        setSites(desks);
        setSiteId((chosen) =>
          chosen !== null && desks.some((site) => site.id === chosen)
            ? chosen
            : (desks[0]?.id ?? null),
        );
      },
      (error: unknown) => setFailure(errorMessage(error)),
    );
  }, [settings.newsroom.roleMapping, errorMessage]);
  useEffect(loadSites, [loadSites]);
  useHostRefresh(loadSites, ['sites.changed']);

  useEffect(() => setQueue(null), [siteId]);
  const loadQueue = useCallback(() => {
    if (siteId === null) return;
    midad.desk.queue(siteId).then(setQueue, (error: unknown) => setFailure(errorMessage(error)));
  }, [siteId, errorMessage]);
  useEffect(loadQueue, [loadQueue]);
  // A story leaves the queue when a job of this site moved it on, or is opened here (linked).
  useHostRefresh(loadQueue, ['publish.jobChanged', 'drafts.changed'], (event) =>
    event.name === 'publish.jobChanged'
      ? event.payload.job.siteId === siteId && event.payload.job.state.state === 'done'
      : event.name === 'drafts.changed' &&
        (event.payload.change === 'remote' || event.payload.change === 'created'),
  );
  // Reporters send from other machines: only the site knows.
  useSiteWatch(loadQueue, !boardShown);

  return (
    <main className="desk-screen" aria-labelledby="desk-title">
      <h2 id="desk-title">{t('desk.queue.title')}</h2>
      {failure && <p role="alert">{failure}</p>}
      {sites !== null && sites.length === 0 && <p>{t('desk.queue.noDeskAccount')}</p>}
      {sites !== null && sites.length > 1 && (
        <label>
          {t('desk.queue.site')}{' '}
          <select value={siteId ?? ''} onChange={(event) => setSiteId(event.target.value)}>
            {sites.map((site) => (
              <option key={site.id} value={site.id}>
                {site.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {siteId !== null && (
        <div className="desk-mode" role="group">
          <button
            type="button"
            className="quiet-button"
            data-testid="desk-show-queue"
            aria-pressed={!boardShown}
            onClick={() => {
              setShowBoard(false);
              loadQueue();
            }}
          >
            {t('desk.board.showQueue')}
          </button>
          <button
            type="button"
            className="quiet-button"
            data-testid="desk-show-board"
            aria-pressed={boardShown}
            onClick={() => setShowBoard(true)}
          >
            {t('desk.board.show')}
          </button>
        </div>
      )}
      {boardShown && siteId !== null && <DeskBoard key={siteId} siteId={siteId} onOpen={onOpen} />}
      {!boardShown && queue !== null && queue.length === 0 && <p>{t('desk.queue.empty')}</p>}
      {!boardShown && queue !== null && queue.length > 0 && siteId !== null && (
        <ul className="desk-queue">
          {queue.map((item) => (
            <li key={item.postId} data-testid="desk-item">
              <strong>{item.title === '' ? t('desk.queue.untitled') : item.title}</strong>
              <span>{item.reporter ?? t('desk.queue.unknownReporter')}</span>
              <span>{item.sections.join('، ')}</span>
              <span>{dateTime(item.sentAtGmt)}</span>
              <span>{t('desk.queue.words', { count: item.words })}</span>
              {item.openAsDraftId !== null && <span>{t('desk.queue.openHere')}</span>}
              <button type="button" onClick={() => onOpen(siteId, item.postId)}>
                {t('desk.queue.open')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
