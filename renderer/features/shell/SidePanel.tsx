// The frame every panel beside the article shares: a labelled aside, its title, the
// panel's own buttons and the one that closes it.
import type { ReactNode } from 'react';

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
  return (
    <aside className={`side-panel ${className}`} data-testid={testId} aria-label={title}>
      <div className="side-panel-head">
        <h2>{title}</h2>
        {actions}
        <button type="button" className="quiet-button" data-testid={closeTestId} onClick={onClose}>
          {closeLabel}
        </button>
      </div>
      {children}
    </aside>
  );
}
