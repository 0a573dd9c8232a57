// What the desk's answer did to the copy here (issue 5 item 6): it came back with the desk's
// whole document, or with the post's text, and whether the review notes could travel. Shown
// once above the freed article until the writer dismisses it or opens another draft.
import type { DeskAnswer } from '../../../electron/contract.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';

interface DeskAnswerNoteProps {
  answer: DeskAnswer;
  onDismiss: () => void;
}

/** What to say when the copy here kept its text: the desk may have published or scheduled it, not sent it back. */
function keptKey(answer: DeskAnswer): 'published' | 'scheduled' | 'kept' {
  const status = answer.draft.workflow.status;
  return status === 'published' || status === 'scheduled' ? status : 'kept';
}

export function DeskAnswerNote({ answer, onDismiss }: DeskAnswerNoteProps) {
  const { t } = useTranslation();
  return (
    <section className="notice desk-answer" data-testid="desk-answer" data-took={answer.took ?? 'nothing'} aria-live="polite">
      <p>{t(`desk.answer.${answer.took ?? keptKey(answer)}`)}</p>
      {answer.notice && <p data-testid="desk-answer-notice">{t(`desk.answer.${answer.notice}`)}</p>}
      <button type="button" className="quiet-button" data-testid="desk-answer-dismiss" onClick={onDismiss}>
        {t('desk.answer.dismiss')}
      </button>
    </section>
  );
}
