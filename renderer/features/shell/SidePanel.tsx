// The frame every panel beside the article shares: a labelled region, its title, the
// panel's own buttons and the one that closes it. Opening it moves focus to its title (read
// out first, one Tab from its buttons); Escape inside it closes it, and the shell gives
// focus back to what opened it (useSidePanelState.ts).
import { use, useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { SidePanelsContext } from './side-panels.ts';

interface SidePanelProps {
  /** The panel's own class, next to `side-panel`. */
  className: string;
  testId: string;
  title: string;
  closeLabel: string;
  closeTestId?: string;
  onClose: () => void;
  /** Buttons in the head before the close button (refresh). */
  actions?: ReactNode;
  children: ReactNode;
}

export function SidePanel({
  className,
  testId,
  title,
  closeLabel,
  closeTestId,
  onClose,
  actions,
  children,
}: SidePanelProps) {
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const takesFocus = use(SidePanelsContext)?.takesFocus ?? true;
  useEffect(() => {
    const title = heading.current;
    // A field inside that took focus itself (the comment box) keeps it.
    if (!takesFocus || !title || title.closest('aside')?.contains(document.activeElement)) return;
    title.focus();
    // Mounted once per opening: a later change of takesFocus must not pull focus back here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const closeOnEscape = (event: KeyboardEvent) => {
    // A field or popup inside that uses Escape itself (and says so) keeps it.
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    onClose();
  };

  return (
    <aside
      className={`side-panel ${className}`}
      data-testid={testId}
      aria-labelledby={titleId}
      onKeyDown={closeOnEscape}
    >
      <div className="side-panel-head">
        <h2 id={titleId} ref={heading} tabIndex={-1}>
          {title}
        </h2>
        {actions}
        <button type="button" className="quiet-button" data-testid={closeTestId} onClick={onClose}>
          {closeLabel}
        </button>
      </div>
      {children}
    </aside>
  );
}
