// Markup Midad did not take from the site it is written to (a protected block in a .midad, a
// paste, another site's post): whether it could run anything, and its words as plain text.
// Pure string work, so the host, the renderer and a document schema can all call it.

/** Why a piece of markup could run script or load active content, each a stable name. */
export type HostileMarkupReason =
  'active_element' | 'event_attribute' | 'dangerous_url' | 'dangerous_style';

// Elements that run script, load a document or plugin, restyle the page, or parse their
// content by other rules (svg, math, template, noscript: the usual mutation-XSS doors).
const ACTIVE_ELEMENTS =
  'script style iframe frame frameset object embed applet param base meta link form button input select textarea ' +
  'keygen isindex svg math template noscript noembed noframes xmp plaintext listing title portal html head body';
const ACTIVE_ELEMENT = new RegExp(
  `<\\s*\\/?\\s*(?:${ACTIVE_ELEMENTS.split(' ').join('|')})(?![a-z0-9-])`,
  'iu',
);

// An `on…` attribute wherever one could start: after a space, a slash, a quote or a backtick.
// Loose on purpose: text that merely looks like one costs the block its markup, nothing more.
const EVENT_ATTRIBUTE = /[\s/"'`]on[a-z]+\s*=/iu;

// A scheme that runs or embeds a document, where an attribute value or a CSS url() starts.
// Matched in the folded markup, so case, entities, tabs and newlines cannot hide it.
const DANGEROUS_URL = /(?:^|[=("'`,])\s*(?:javascript|vbscript|livescript|mocha|data):/u;

// Old engines ran script from CSS (expression(), behavior:, -moz-binding); no reason to pass them on.
const DANGEROUS_STYLE = /expression\s*\(|behavior\s*:|-moz-binding/u;

export function hostileMarkupReasons(markup: string): HostileMarkupReason[] {
  const reasons: HostileMarkupReason[] = [];
  const folded = foldedMarkup(markup);
  if (ACTIVE_ELEMENT.test(markup) || ACTIVE_ELEMENT.test(folded)) reasons.push('active_element');
  if (EVENT_ATTRIBUTE.test(markup) || EVENT_ATTRIBUTE.test(folded)) reasons.push('event_attribute');
  if (DANGEROUS_URL.test(folded)) reasons.push('dangerous_url');
  if (DANGEROUS_STYLE.test(folded)) reasons.push('dangerous_style');
  return reasons;
}

export function isHostileMarkup(markup: string): boolean {
  return hostileMarkupReasons(markup).length > 0;
}

/**
 * The markup as a browser's URL parser would read an attribute of it: character references
 * decoded (with or without their semicolon), tabs and newlines removed, other control
 * characters (which the parser strips before a scheme) read as spaces, lower case.
 */
export function foldedMarkup(markup: string): string {
  return decodeCharacterReferences(markup)
    .replace(/[\t\n\r]/gu, '')
    .replace(/\p{Cc}/gu, ' ')
    .toLowerCase();
}

/** What a reader would see of the markup: its text, without the content of script-like elements. */
export function markupText(markup: string): string {
  const withoutHidden = markup
    .replace(/<!--[\s\S]*?(?:-->|$)/gu, ' ')
    .replace(
      /<(script|style|template|noscript|noembed|noframes|xmp|title|textarea)\b[\s\S]*?(?:<\/\1\s*>|$)/giu,
      ' ',
    );
  const text = decodeCharacterReferences(withoutHidden.replace(/<[^>]*>?/gu, ' '));
  return text.replace(/[<>]/gu, ' ').replace(/\s+/gu, ' ').trim();
}

const NAMED_REFERENCES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  colon: ':',
  tab: '\t',
  newline: '\n',
  lpar: '(',
  rpar: ')',
  sol: '/',
  bsol: '\\',
  equals: '=',
  grave: '`',
  comma: ',',
  period: '.',
  semi: ';',
};

function decodeCharacterReferences(text: string): string {
  return text.replace(
    /&(?:#x([0-9a-f]+);?|#([0-9]+);?|([a-z]+);?)/giu,
    (whole, hex?: string, decimal?: string, name?: string) => {
      if (name !== undefined) return NAMED_REFERENCES[name.toLowerCase()] ?? whole;
      const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(decimal);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    },
  );
}
