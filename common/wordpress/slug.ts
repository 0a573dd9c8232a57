// A clean Arabic slug for a headline. WordPress keeps
// harakat, tatweel and ، ؛ ؟ in a slug (percent-encoded) and cuts it at 200 encoded
// characters, possibly inside a letter; Midad strips the marks and punctuation, keeps the
// letters as they are (no folding), and cuts between characters and at a word if it can.

/** WordPress's cap on post_name: 200 characters of the percent-encoded UTF-8. */
export const WORDPRESS_SLUG_LIMIT = 200;

// Harakat and Quranic marks, superscript alef, tatweel, and bidi and zero-width controls.
const MARKS =
  /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu;
// Anything that is neither a letter, a mark nor a digit: « » “ ” quotes, ، ؛ ؟ and Latin
// punctuation, symbols and spaces, all of which become word breaks.
const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/gu;

export function slugFromHeadline(headline: string, limit = WORDPRESS_SLUG_LIMIT): string {
  const words = headline
    .normalize('NFC')
    .replace(MARKS, '')
    .toLowerCase()
    .split(SEPARATORS)
    .filter((word) => word !== '');
  return capEncoded(words.join('-'), limit);
}

/** The longest start of the slug whose encoded form fits, ending at a word where it can. */
function capEncoded(slug: string, limit: number): string {
  if (encodedLength(slug) <= limit) return slug;
  let cut = '';
  let length = 0;
  for (const char of slug) {
    length += encodedLength(char);
    if (length > limit) break;
    cut += char;
  }
  const lastBreak = cut.lastIndexOf('-');
  const atWord = slug[cut.length] === '-' ? cut : lastBreak > 0 ? cut.slice(0, lastBreak) : cut;
  return atWord.replace(/-+$/u, '');
}

function encodedLength(text: string): number {
  return encodeURIComponent(text).length;
}
