// A text box with a send button, for a new comment or a reply: Ctrl/⌘+Enter sends too.
import { useEffect, useRef, useState } from 'react';
import { REVIEW_LIMITS } from '../../../../common/review/review-limits.ts';

interface CommentComposerProps {
  label: string;
  submitLabel: string;
  testId: string;
  /** Answers true when the text was taken; the box is emptied then, and kept otherwise. */
  onSubmit: (text: string) => boolean;
  onCancel?: () => void;
  cancelLabel?: string;
  /**
   * Takes the caret whenever this value changes (a new comment begun on another selection
   * while the box is open), not only when the box first appears.
   */
  focusOn?: unknown;
}

export function CommentComposer({
  label,
  submitLabel,
  testId,
  onSubmit,
  onCancel,
  cancelLabel,
  focusOn,
}: CommentComposerProps) {
  const [text, setText] = useState('');
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (focusOn !== undefined) box.current?.focus();
  }, [focusOn]);
  const send = () => {
    if (onSubmit(text)) setText('');
  };
  return (
    <form
      className="comment-composer"
      data-testid={testId}
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <textarea
        aria-label={label}
        placeholder={label}
        value={text}
        rows={2}
        maxLength={REVIEW_LIMITS.textChars}
        ref={box}
        data-testid={`${testId}-text`}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            send();
          }
        }}
      />
      <div className="comment-composer-actions">
        <button type="submit" className="primary-button" data-testid={`${testId}-send`}>
          {submitLabel}
        </button>
        {onCancel && (
          <button
            type="button"
            className="quiet-button"
            data-testid={`${testId}-cancel`}
            onClick={onCancel}
          >
            {cancelLabel}
          </button>
        )}
      </div>
    </form>
  );
}
