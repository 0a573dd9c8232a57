// The article's root is right-to-left. Without an explicit root direction Lexical gives
// each block dir="auto", and Chromium lays empty, digit-first and Latin-first paragraphs
// ("iPhone 16 …", "CNN: …") left-to-right.
import { $getRoot } from 'lexical';

export const ARTICLE_DIRECTION = 'rtl';

/** Gives the root the article's direction; a document saved without one gets it on load. */
export function $setArticleDirection(): void {
  const root = $getRoot();
  if (root.getDirection() !== ARTICLE_DIRECTION) root.setDirection(ARTICLE_DIRECTION);
}
