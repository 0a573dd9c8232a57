// Above a story handed to the desk from here (issue 5 item 2): why the copy is read-only,
// and the two ways out: take it back while the desk has not touched it, or learn that the
// desk has answered (sent it back, scheduled or published it).
import { useState } from 'react';
import type { Draft, WithDesk } from '../../../electron/contract.ts';
import { midad } from '../../bridge.ts';
import { useErrorMessage } from '../../i18n/useErrorMessage.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useDateTime } from '../library/useDateTime.ts';

interface WithDeskNoticeProps {
  draftId: string;
  withDesk: WithDesk;
  /** The draft as the host answered: its workflow and remote state replace the open one's. */
  onChanged: (draft: Draft) => void;
}

export function WithDeskNotice({ draftId, withDesk, onChanged }: WithDeskNoticeProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const dateTime = useDateTime();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  /** `unchanged` is what to say when the answer leaves the story with the desk. */
  const run = async (ask: () => Promise<Draft>, unchanged: string | null) => {
    setBusy(true);
    setMessage(null);
    try {
      const draft = await ask();
      if (draft.workflow.withDesk && unchanged) setMessage(unchanged);
      onChanged(draft);
    } catch (error) {
      setMessage(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="notice with-desk" data-testid="with-desk" aria-live="polite">
      <p>{t('desk.withDesk', { time: dateTime(withDesk.sentAt) })}</p>
      <div className="with-desk-actions">
        <button
          type="button"
          className="quiet-button"
          data-testid="desk-take-back"
          disabled={busy}
          onClick={() => void run(() => midad.desk.takeBack(draftId), null)}
        >
          {t('desk.takeBack')}
        </button>
        <button
          type="button"
          className="quiet-button"
          data-testid="desk-check-answer"
          disabled={busy}
          onClick={() => void run(() => midad.desk.checkAnswer(draftId), t('desk.noAnswerYet'))}
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
