// The toolbar's pictures that are not letters. Drawn here rather than typed as Unicode
// arrows (↶ ↷ ―): the bundled Noto fonts have no such glyphs, so Chromium asked the system
// for a fallback font while laying out the first frame (DejaVu Sans on Linux, whatever
// there is elsewhere, or nothing), and the icons looked different on every machine.
// Stroked in the button's own colour, one em square, hidden from screen readers: the
// button's aria-label names it.

const ICON_PROPS = {
  className: 'toolbar-icon',
  viewBox: '0 0 16 16',
  width: '1em',
  height: '1em',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.6,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
  'aria-hidden': true,
  focusable: false,
} as const;

/** An arrow that turns back to the left: undo in left-to-right text (mirrored in right-to-left). */
export function UndoIcon({ className = '' }: { className?: string }) {
  return (
    <svg {...ICON_PROPS} className={`${ICON_PROPS.className} ${className}`.trim()}>
      <path d="M5.5 3.5 2 7l3.5 3.5" />
      <path d="M2 7h8.5a3.5 3.5 0 0 1 0 7H7" />
    </svg>
  );
}

/** Undo's arrow the other way round. */
export function RedoIcon({ className = '' }: { className?: string }) {
  return (
    <svg {...ICON_PROPS} className={`${ICON_PROPS.className} ${className}`.trim()}>
      <path d="M10.5 3.5 14 7l-3.5 3.5" />
      <path d="M14 7H5.5a3.5 3.5 0 0 0 0 7H9" />
    </svg>
  );
}

/** A rule across the line, for the horizontal rule between two parts of an article. */
export function RuleIcon() {
  return (
    <svg {...ICON_PROPS}>
      <path d="M2 8h12" />
    </svg>
  );
}
