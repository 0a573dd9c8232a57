// A headless editor with Midad's suggestion marks, and a short way to read a paragraph:
// [+…] an insertion, [-…] a deletion, [~…] a format change, each followed by its author
// when asked; text bold is *…*.
import { LinkNode } from '@lexical/link';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isElementNode,
  $isTextNode,
  createEditor,
  type LexicalEditor,
  type LexicalNode,
  type TextNode,
} from 'lexical';
import {
  $isSuggestionNode,
  SUGGESTION_NODES,
} from '../../../../../renderer/editor/nodes/SuggestionNodes.ts';
import type { Suggester } from '../../../../../renderer/editor/suggestions/suggestion-author.ts';

export function suggestionEditor(paragraphs: readonly string[]): LexicalEditor {
  const editor = createEditor({
    nodes: [...SUGGESTION_NODES, LinkNode],
    onError: (error) => {
      throw error;
    },
  });
  editor.update(
    () => {
      for (const text of paragraphs)
        $getRoot().append($createParagraphNode().append($createTextNode(text)));
    },
    { discrete: true },
  );
  return editor;
}

/** A reviewer with a fixed clock and ids counting up: r1, r2… */
export function reviewer(author: string): Suggester {
  let next = 0;
  return { author, now: () => '2026-12-03T10:00:00.000Z', newId: () => `${author}-${++next}` };
}

export function edit(editor: LexicalEditor, change: () => void): void {
  editor.update(change, { discrete: true });
}

/** The paragraph's text nodes in order, to place a caret or a selection. */
export function $textsOf(paragraph = 0): TextNode[] {
  const texts: TextNode[] = [];
  const visit = (node: LexicalNode) => {
    if ($isTextNode(node)) texts.push(node);
    else if ($isElementNode(node)) node.getChildren().forEach(visit);
  };
  visit($getRoot().getChildAtIndex(paragraph)!);
  return texts;
}

/** The first text node's caret at `offset` (a count of UTF-16 units). */
export function $caretAt(offset: number, paragraph = 0): void {
  $textsOf(paragraph)[0]!.select(offset, offset);
}

export function shape(editor: LexicalEditor, withAuthors = false): string[] {
  return editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((block) => describe(block, withAuthors)),
  );
}

function describe(node: LexicalNode, withAuthors: boolean): string {
  if ($isTextNode(node))
    return node.hasFormat('bold') ? `*${node.getTextContent()}*` : node.getTextContent();
  if (!$isElementNode(node)) return '';
  const inner = node
    .getChildren()
    .map((child) => describe(child, withAuthors))
    .join('');
  if (!$isSuggestionNode(node)) return inner;
  const sign = { insert: '+', delete: '-', format: '~' }[node.getKind()];
  return `[${sign}${inner}${withAuthors ? `|${node.getMeta().author}` : ''}]`;
}
