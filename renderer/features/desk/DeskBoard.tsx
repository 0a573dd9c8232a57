// The desk chief's board: one site's stories by state — with the desk,
// copy-edited, approved, scheduled, published today. A story opened on this machine can be
// approved, published now or sent back from here; scheduling (it needs a moment) and anything
// else goes through the article's publish panel, which Open leads to. The board reads the
// site again when the host says one of its jobs settled or a story's stage moved, and says
// what a job it started did only once the job says so (done, stopped in a conflict, failed).
import { useCallback, useEffect, useState } from 'react';
import { BOARD_COLUMNS, type BoardColumn } from '../../../common/newsroom/desk-board.ts';
import type { DeskBoardStory } from '../../../electron/contract/index.ts';
import { midad } from '../../bridge.ts';
import { useHostRefresh } from '../../useHostRefresh.ts';
import { useSiteWatch } from './useSiteWatch.ts';
import { useJobs } from '../publish/useJobs.ts';
import { boardJobMessage, latestJobOf, type BoardJobKind } from './board-jobs.ts';
import { useErrorMessage } from '../../i18n/useErrorMessage.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatInteger } from '../../i18n/format-integer.ts';
import { ConfirmButton } from '../library/ConfirmButton.tsx';
import { useDateTime } from '../library/useDateTime.ts';

interface DeskBoardProps {
  siteId: string;
  onOpen: (siteId: string, postId: number) => void;
}

const STILL_AT_THE_DESK = new Set<BoardColumn>(['with-desk', 'copy-edited', 'approved']);
/** A job of this site in one of these states has changed what the site holds, or stopped trying. */
const SETTLED = new Set(['done', 'conflict', 'failed', 'cancelled']);

export function DeskBoard({ siteId, onOpen }: DeskBoardProps) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const dateTime = useDateTime();
  const [stories, setStories] = useState<DeskBoardStory[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const jobs = useJobs();
  /** The job the last button here started: its message follows the job, not the click. */
  const [started, setStarted] = useState<{ jobId: string; kind: BoardJobKind } | null>(null);

  const load = useCallback(() => {
    midad.desk.board(siteId).then(setStories, (error: unknown) => setMessage(errorMessage(error)));
  }, [siteId, errorMessage]);
  useEffect(load, [load]);
  useHostRefresh(load, ['publish.jobChanged', 'drafts.changed'], (event) =>
    event.name === 'publish.jobChanged'
      ? event.payload.job.siteId === siteId && SETTLED.has(event.payload.job.state.state)
      : event.name === 'drafts.changed' &&
        (event.payload.change === 'workflow' || event.payload.change === 'remote'),
  );
  // Stories sent or changed from other machines: only the site knows.
  useSiteWatch(load);

  const act = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setMessage(null);
    setStarted(null);
    try {
      await work();
      setMessage(done);
      load();
    } catch (error) {
      setMessage(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };
  const startJob = async (draftId: string, kind: BoardJobKind) => {
    setBusy(true);
    setMessage(null);
    try {
      const job = await midad.publish.enqueue(draftId, siteId, {
        action: kind === 'send-back' ? 'draft' : 'publish',
      });
      jobs.add(job);
      setStarted({ jobId: job.id, kind });
    } catch (error) {
      setStarted(null);
      setMessage(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };
  const startedJob = started && jobs.jobs?.find((job) => job.id === started.jobId);
  const startedMessage = started && startedJob ? boardJobMessage(started.kind, startedJob) : null;
  const shownMessage =
    startedMessage === null
      ? message
      : startedMessage.key === 'failed'
        ? errorMessage(startedMessage.error)
        : t(`desk.board.job.${startedMessage.key}`);

  return (
    <section className="desk-board" data-testid="desk-board" aria-label={t('desk.board.title')}>
      {shownMessage && (
        <p role="status" data-testid="desk-board-message">
          {shownMessage}
        </p>
      )}
      <div className="desk-board-columns">
        {BOARD_COLUMNS.map((column) => {
          const inColumn = (stories ?? []).filter((story) => story.column === column);
          return (
            <section
              key={column}
              className="desk-board-column"
              data-testid={`desk-column-${column}`}
            >
              <h3>
                {t(`desk.board.column.${column}`)}{' '}
                <span className="desk-board-count">
                  {formatInteger(inColumn.length, i18n.digits)}
                </span>
              </h3>
              <ul>
                {inColumn.map((story) => {
                  const draftId = story.openAsDraftId;
                  const latest =
                    draftId === null ? undefined : latestJobOf(jobs.jobs ?? [], draftId, siteId);
                  return (
                    <li key={story.postId} data-testid="desk-story" className="desk-story">
                      <strong>{story.title === '' ? t('desk.queue.untitled') : story.title}</strong>
                      <span>{story.reporter ?? t('desk.queue.unknownReporter')}</span>
                      <span>
                        {dateTime(story.sentAtGmt)} ·{' '}
                        {t('desk.queue.words', { count: story.words })}
                      </span>
                      {latest?.state.state === 'conflict' && (
                        <p
                          className="desk-story-conflict"
                          role="alert"
                          data-testid="desk-story-conflict"
                        >
                          {t('desk.board.job.conflict')}
                        </p>
                      )}
                      <div className="desk-story-actions">
                        <button
                          type="button"
                          className="quiet-button"
                          data-testid="desk-story-open"
                          onClick={() => onOpen(siteId, story.postId)}
                        >
                          {t('desk.queue.open')}
                        </button>
                        {draftId !== null && STILL_AT_THE_DESK.has(column) && (
                          <>
                            {column !== 'approved' && (
                              <button
                                type="button"
                                className="quiet-button"
                                data-testid="desk-story-approve"
                                disabled={busy}
                                onClick={() =>
                                  void act(
                                    () => midad.drafts.setStatus(draftId, 'approved'),
                                    t('desk.board.approved'),
                                  )
                                }
                              >
                                {t('desk.board.approve')}
                              </button>
                            )}
                            {/* Publishing cannot be taken back from here: the board asks first. */}
                            <ConfirmButton
                              label={t('desk.board.publishNow')}
                              question={t('desk.board.publishQuestion', {
                                title: story.title === '' ? t('desk.queue.untitled') : story.title,
                              })}
                              confirmLabel={t('desk.board.publishConfirm')}
                              danger={false}
                              testId="desk-story-publish"
                              disabled={busy}
                              onConfirm={() => void startJob(draftId, 'publish')}
                            />
                            <button
                              type="button"
                              className="quiet-button"
                              data-testid="desk-story-send-back"
                              disabled={busy}
                              onClick={() => void startJob(draftId, 'send-back')}
                            >
                              {t('desk.board.sendBack')}
                            </button>
                          </>
                        )}
                      </div>
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })}
      </div>
      <p className="field-hint">{t('desk.board.hint')}</p>
    </section>
  );
}
