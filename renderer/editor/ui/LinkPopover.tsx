// The link popover: one address field, save, remove (for an existing link), Escape or a
// click elsewhere to close. Accepts http, https and mailto only (link-url.ts).
import { useEffect, useId, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { normalizeLinkUrl } from '../link-url.ts';

export interface PopoverPosition {
  /** Its top when it opens under the selection. */
  blockStart: number;
  /** Its bottom when it opens over the selection, as it does when there is no room under it. */
  blockEndAbove: number;
  inlineStart: number;
}

const MARGIN = 8;

/** Where the page's bottom edge is for a popover: the window's, or the top of the status bar over it. */
function usableBottom(): number {
  const footer = document.querySelector('.status-bar')?.getBoundingClientRect();
  return Math.min(window.innerHeight, footer && footer.height > 0 ? footer.top : Infinity);
}

interface LinkPopoverProps {
  initialUrl: string;
  hasLink: boolean;
  position: PopoverPosition;
  onSave: (url: string) => void;
  onRemove: () => void;
  onClose: () => void;
}

export default function LinkPopover({
  initialUrl,
  hasLink,
  position,
  onSave,
  onRemove,
  onClose,
}: LinkPopoverProps) {
  const { t } = useTranslation();
  const [url, setUrl] = useState(initialUrl);
  const [invalid, setInvalid] = useState(false);
  const popoverRef = useRef<HTMLFormElement>(null);
  const errorId = useId();
  const [top, setTop] = useState(position.blockStart);

  // Measured before it is painted, and again when it or the footer changes size (its error
  // line, the selection's counts): under the selection if it fits above the footer, else over it.
  useLayoutEffect(() => {
    const popover = popoverRef.current;
    if (!popover) return;
    const place = () => {
      const height = popover.getBoundingClientRect().height;
      const fitsBelow = position.blockStart + height <= usableBottom() - MARGIN;
      const above = position.blockEndAbove - height;
      setTop(fitsBelow || above < MARGIN ? position.blockStart : above);
    };
    place();
    const resized = new ResizeObserver(place);
    resized.observe(popover);
    const footer = document.querySelector('.status-bar');
    if (footer) resized.observe(footer);
    return () => resized.disconnect();
  }, [position.blockStart, position.blockEndAbove]);

  useEffect(() => {
    const closeOnOutsideClick = (event: MouseEvent) => {
      if (!popoverRef.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('mousedown', closeOnOutsideClick);
    return () => document.removeEventListener('mousedown', closeOnOutsideClick);
  }, [onClose]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const normalized = normalizeLinkUrl(url);
    if (normalized === null) {
      setInvalid(true);
      return;
    }
    onSave(normalized);
  };

  return (
    <form
      ref={popoverRef}
      className="link-popover"
      data-testid="link-popover"
      role="dialog"
      aria-label={t('link.title')}
      style={{ insetBlockStart: top, insetInlineStart: position.inlineStart }}
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <label className="link-popover-label">
        <span>{t('link.address')}</span>
        <input
          data-testid="link-url"
          type="text"
          inputMode="url"
          dir="ltr"
          autoFocus
          spellCheck={false}
          placeholder="https://"
          value={url}
          aria-invalid={invalid}
          aria-describedby={invalid ? errorId : undefined}
          onChange={(event) => {
            setUrl(event.target.value);
            setInvalid(false);
          }}
        />
      </label>
      {invalid && (
        <p id={errorId} className="link-popover-error" role="alert">
          {t('link.invalid')}
        </p>
      )}
      <div className="link-popover-actions">
        <button type="submit" data-testid="link-save" className="button-primary">
          {t('link.save')}
        </button>
        {hasLink && (
          <button type="button" data-testid="link-remove" onClick={onRemove}>
            {t('link.remove')}
          </button>
        )}
        <button type="button" onClick={onClose}>
          {t('link.cancel')}
        </button>
      </div>
    </form>
  );
}
