// A draft body with no text in it. Such a body starts as the editor's own empty article
// (root right-to-left, a paragraph with no direction of its own) rather than as stored:
// the host's empty draft gives its paragraph an explicit direction, which Lexical would
// render as dir="rtl" on it and keep as if the writer had set it.
import { lexicalBlocks } from '../../../common/document/plain-text.ts';

export function isBlankBody(body: unknown): boolean {
  // An article's first words settle it, without gathering the text of 20,000 more.
  if (hasVisibleText(body)) return false;
  const blocks = lexicalBlocks(body);
  return blocks.length <= 1 && blocks.every((block) => block.trim() === '');
}

/** Whether any text node under `node` (a serialized state or node) has a visible character. */
function hasVisibleText(node: unknown): boolean {
  if (typeof node !== 'object' || node === null) return false;
  const { text, children, root } = node as { text?: unknown; children?: unknown; root?: unknown };
  if (typeof text === 'string' && /\S/u.test(text)) return true;
  if (root !== undefined) return hasVisibleText(root);
  return Array.isArray(children) && children.some(hasVisibleText);
}
