// Above a story handed to the desk from here: why the copy is read-only,
// and the two ways out: take it back while the desk has not touched it, or learn that the
// desk has answered (sent it back, scheduled or published it). The desk answers from another
// machine, which only the site can tell: it is asked now and then while the notice shows.
import { useRef, useState } from 'react';
import type { DeskAnswer, Draft, WithDesk } from '../../../electron/contract/index.ts';
import { midad } from '../../bridge.ts';
import { useErrorMessage } from '../../i18n/useErrorMessage.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useDateTime } from '../library/useDateTime.ts';
import { useSiteWatch } from './useSiteWatch.ts';

interface WithDeskNoticeProps {
  draftId: string;
  withDesk: WithDesk;
  /** The draft as the host answered: its workflow and remote state replace the open one's. */
  onChanged: (draft: Draft) => void;
  /** The desk answered: the copy is free again, perhaps with the desk's text. */
  onAnswered: (answer: DeskAnswer) => void;
}

export function WithDeskNotice({ draftId, withDesk, onChanged, onAnswered }: WithDeskNoticeProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const dateTime = useDateTime();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const answered = useRef(onAnswered);
  answered.current = onAnswered;

  // Quietly: "not yet" and an unreachable site are not news; the button still says them.
  useSiteWatch(() => {
    midad.desk.checkAnswer(draftId).then(
      (answer) => {
        if (!answer.draft.workflow.withDesk) answered.current(answer);
      },
      () => undefined,
    );
  });

  const run = async (ask: () => Promise<void>) => {
    setBusy(true);
    setMessage(null);
    try {
      await ask();
    } catch (error) {
      setMessage(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const takeBack = () => run(async () => onChanged(await midad.desk.takeBack(draftId)));
  const checkAnswer = () =>
    run(async () => {
      const answer = await midad.desk.checkAnswer(draftId);
      if (answer.draft.workflow.withDesk) {
        setMessage(t('desk.noAnswerYet'));
        onChanged(answer.draft);
      } else {
        onAnswered(answer);
      }
    });

  return (
    <section className="notice with-desk" data-testid="with-desk" aria-live="polite">
      <p>{t('desk.withDesk', { time: dateTime(withDesk.sentAt) })}</p>
      <div className="with-desk-actions">
        <button
          type="button"
          className="quiet-button"
          data-testid="desk-take-back"
          disabled={busy}
          onClick={() => void takeBack()}
        >
          {t('desk.takeBack')}
        </button>
        <button
          type="button"
          className="quiet-button"
          data-testid="desk-check-answer"
          disabled={busy}
          onClick={() => void checkAnswer()}
        >
          {t('desk.checkAnswer')}
        </button>
      </div>
      {message && (
        <p role="alert" data-testid="with-desk-message">
          {message}
        </p>
      )}
    </section>
  );
}
