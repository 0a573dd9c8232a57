// A block's text as it would be published, for the live counters: open insertions left out,
// open deletions still counted, as common/review/suggestion-json.ts does for the saved body.
import { $isElementNode, type LexicalNode } from 'lexical';
import { $isSuggestionInsertNode } from '../nodes/SuggestionNodes.ts';

export function $publishedTextContent(node: LexicalNode): string {
  if ($isSuggestionInsertNode(node)) return '';
  if (!$isElementNode(node)) return node.getTextContent();
  const children = node.getChildren();
  // Nested blocks (list items) are apart by a blank line, as Lexical's own text content has them.
  return children
    .map(
      (child, index) =>
        $publishedTextContent(child) +
        ($isElementNode(child) && !child.isInline() && index < children.length - 1 ? '\n\n' : ''),
    )
    .join('');
}
