// A draft body with no text in it. Such a body starts as the editor's own empty article
// (root right-to-left, a paragraph with no direction of its own) rather than as stored:
// the host's empty draft gives its paragraph an explicit direction, which Lexical would
// render as dir="rtl" on it and keep as if the writer had set it.
import { lexicalBlocks } from '../../../common/document/plain-text.ts';

export function isBlankBody(body: unknown): boolean {
  const blocks = lexicalBlocks(body);
  return blocks.length <= 1 && blocks.every((block) => block.trim() === '');
}
