// What the desk's answer did to the copy here: it came back with the desk's
// whole document, or with the post's text, and whether the review notes could travel; or the
// desk published (scheduled) it, with the text it went out with against this copy. Shown
// once above the freed article until the writer dismisses it or opens another draft.
import type { DeskAnswer } from '../../../electron/contract/index.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { DiffText } from '../history/DiffText.tsx';
import { DismissibleNote } from '../shell/DismissibleNote.tsx';

interface DeskAnswerNoteProps {
  answer: DeskAnswer;
  onDismiss: () => void;
}

export function DeskAnswerNote({ answer, onDismiss }: DeskAnswerNoteProps) {
  const { t } = useTranslation();
  return (
    <DismissibleNote
      name="desk-answer"
      data-took={answer.took ?? 'nothing'}
      dismiss="desk.answer.dismiss"
      dismissTestId="desk-answer-dismiss"
      onDismiss={onDismiss}
    >
      {answer.published ? (
        <>
          <p data-testid="desk-answer-published" data-differs={answer.published.differs}>
            {t(
              `desk.answer.${answer.published.status}${answer.published.differs ? 'Changed' : ''}`,
            )}
          </p>
          {answer.published.differs && (
            <DiffText comparison={answer.published.diff} testId="desk-answer-diff" />
          )}
        </>
      ) : (
        <p>{t(`desk.answer.${answer.took ?? 'kept'}`)}</p>
      )}
      {answer.notice && <p data-testid="desk-answer-notice">{t(`desk.answer.${answer.notice}`)}</p>}
    </DismissibleNote>
  );
}
