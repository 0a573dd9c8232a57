// The desk chief's board (issue 5 item 8): one site's stories by state — with the desk,
// copy-edited, approved, scheduled, published today. A story opened on this machine can be
// approved, published now or sent back from here; scheduling (it needs a moment) and anything
// else goes through the article's publish panel, which Open leads to.
import { useCallback, useEffect, useState } from 'react';
import { BOARD_COLUMNS, type BoardColumn } from '../../../common/newsroom/desk-board.ts';
import type { DeskBoardStory } from '../../../electron/contract.ts';
import { midad } from '../../bridge.ts';
import { useErrorMessage } from '../../i18n/useErrorMessage.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { ConfirmButton } from '../library/ConfirmButton.tsx';
import { useDateTime } from '../library/useDateTime.ts';

interface DeskBoardProps {
  siteId: string;
  onOpen: (siteId: string, postId: number) => void;
}

const STILL_AT_THE_DESK = new Set<BoardColumn>(['with-desk', 'copy-edited', 'approved']);

export function DeskBoard({ siteId, onOpen }: DeskBoardProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const dateTime = useDateTime();
  const [stories, setStories] = useState<DeskBoardStory[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(() => {
    midad.desk.board(siteId).then(setStories, (error: unknown) => setMessage(errorMessage(error)));
  }, [siteId, errorMessage]);
  useEffect(load, [load]);

  const act = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setMessage(null);
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

  return (
    <section className="desk-board" data-testid="desk-board" aria-label={t('desk.board.title')}>
      {message && (
        <p role="status" data-testid="desk-board-message">
          {message}
        </p>
      )}
      <div className="desk-board-columns">
        {BOARD_COLUMNS.map((column) => {
          const inColumn = (stories ?? []).filter((story) => story.column === column);
          return (
            <section key={column} className="desk-board-column" data-testid={`desk-column-${column}`}>
              <h3>
                {t(`desk.board.column.${column}`)} <span className="desk-board-count">{inColumn.length}</span>
              </h3>
              <ul>
                {inColumn.map((story) => {
                  const draftId = story.openAsDraftId;
                  return (
                    <li key={story.postId} data-testid="desk-story" className="desk-story">
                      <strong>{story.title === '' ? t('desk.queue.untitled') : story.title}</strong>
                      <span>{story.reporter ?? t('desk.queue.unknownReporter')}</span>
                      <span>
                        {dateTime(story.sentAtGmt)} · {t('desk.queue.words', { count: story.words })}
                      </span>
                      <div className="desk-story-actions">
                        <button type="button" className="quiet-button" data-testid="desk-story-open" onClick={() => onOpen(siteId, story.postId)}>
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
                                onClick={() => void act(() => midad.drafts.setStatus(draftId, 'approved'), t('desk.board.approved'))}
                              >
                                {t('desk.board.approve')}
                              </button>
                            )}
                            {/* Publishing cannot be taken back from here: the board asks first. */}
                            <ConfirmButton
                              label={t('desk.board.publishNow')}
                              question={t('desk.board.publishQuestion', { title: story.title === '' ? t('desk.queue.untitled') : story.title })}
                              confirmLabel={t('desk.board.publishConfirm')}
                              danger={false}
                              testId="desk-story-publish"
                              disabled={busy}
                              onConfirm={() => void act(() => midad.publish.enqueue(draftId, siteId, { action: 'publish' }), t('desk.board.publishing'))}
                            />
                            <button
                              type="button"
                              className="quiet-button"
                              data-testid="desk-story-send-back"
                              disabled={busy}
                              onClick={() => void act(() => midad.publish.enqueue(draftId, siteId, { action: 'draft' }), t('desk.board.sentBack'))}
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
