// The toolbar's pictures that are not letters. Drawn here rather than typed as Unicode
// arrows (↶ ↷ ―): the bundled Noto fonts have no such glyphs, so Chromium asked the system
// for a fallback font while laying out the first frame (DejaVu Sans on Linux, whatever
// there is elsewhere, or nothing), and the icons looked different on every machine.
// Stroked in the button's own colour, one em square, hidden from screen readers: the
// button's aria-label names it.

import type { ReactNode } from 'react';

function ToolbarIcon({ className = '', children }: { className?: string; children: ReactNode }) {
  return (
    <svg
      className={`toolbar-icon ${className}`.trim()}
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.6}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden
      focusable={false}
    >
      {children}
    </svg>
  );
}

/** An arrow that turns back to the left: undo in left-to-right text (mirrored in right-to-left). */
export function UndoIcon({ className }: { className?: string }) {
  return (
    <ToolbarIcon className={className}>
      <path d="M5.5 3.5 2 7l3.5 3.5" />
      <path d="M2 7h8.5a3.5 3.5 0 0 1 0 7H7" />
    </ToolbarIcon>
  );
}

/** Undo's arrow the other way round. */
export function RedoIcon({ className }: { className?: string }) {
  return (
    <ToolbarIcon className={className}>
      <path d="M10.5 3.5 14 7l-3.5 3.5" />
      <path d="M14 7H5.5a3.5 3.5 0 0 0 0 7H9" />
    </ToolbarIcon>
  );
}

/** A rule across the line, for the horizontal rule between two parts of an article. */
export function RuleIcon() {
  return (
    <ToolbarIcon>
      <path d="M2 8h12" />
    </ToolbarIcon>
  );
}

/** A magnifying glass: find and replace. */
export function FindIcon() {
  return (
    <ToolbarIcon>
      <circle cx="6.5" cy="6.5" r="4" />
      <path d="m9.5 9.5 4.5 4.5" />
    </ToolbarIcon>
  );
}

/** A chevron pointing up (the previous match) or down (the next one). */
export function ChevronIcon({ up }: { up: boolean }) {
  return (
    <ToolbarIcon>
      {up ? <path d="m3.5 10 4.5-4.5 4.5 4.5" /> : <path d="m3.5 6 4.5 4.5 4.5-4.5" />}
    </ToolbarIcon>
  );
}

/** A cross: close. */
export function CloseIcon() {
  return (
    <ToolbarIcon>
      <path d="m4 4 8 8M12 4l-8 8" />
    </ToolbarIcon>
  );
}
