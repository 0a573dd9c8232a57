// Find over the article's editor state: each block's text (headings, paragraphs, list items,
// quotes) is read through its inline elements (links, suggestion marks) as one string, so a
// word split by a bold or link boundary is still one word; a match found in that string is
// mapped back onto the text nodes it covers. An image's caption is a plain string of its
// node, searched as a block of its own; protected blocks have no text to find.
import {
  $getRoot,
  $isElementNode,
  $isLineBreakNode,
  $isRangeSelection,
  $isTextNode,
  type BaseSelection,
  type ElementNode,
  type LexicalNode,
  type TextNode,
} from 'lexical';
import { findInText, type FindOptions } from '../../../common/arabic/find-in-text.ts';
import { $isImageNode } from '../nodes/ImageNode.tsx';
import { $deletionAround } from '../suggestions/suggestion-place.ts';

/** A piece of one text node a match covers: [start, end) in that node's text. */
export interface MatchPart {
  key: string;
  start: number;
  end: number;
}

export interface ArticleMatch {
  /** The text nodes it covers, in order; the first one's format is kept when it is replaced. Empty in a caption. */
  parts: MatchPart[];
  /** A match in an image's caption: the image node and [start, end) in its caption. */
  caption?: MatchPart;
  /** Offsets in the whole article's text (blocks joined by one separator), to compare with a scope. */
  from: number;
  to: number;
}

/** A stretch of the article's text, in the same offsets as ArticleMatch's from/to. */
export interface TextScope {
  from: number;
  to: number;
}

interface BlockText {
  text: string;
  /** For each character of `text`, the text node and offset it is in; null for a line break. */
  places: ({ node: TextNode; offset: number } | null)[];
  /** Where the block starts in the whole article's text. */
  from: number;
  /** The image whose caption this text is. */
  imageKey?: string;
}

/** The article's blocks with their text, in reading order. */
export function $articleBlocks(): BlockText[] {
  const blocks: BlockText[] = [];
  let from = 0;
  const visitBlock = (block: ElementNode) => {
    const current: BlockText = { text: '', places: [], from };
    const nested: ElementNode[] = [];
    const captions: LexicalNode[] = [];
    const visitInline = (node: LexicalNode) => {
      if ($isTextNode(node)) {
        // Text a suggestion marks deleted is on its way out: it is neither found nor replaced again.
        if ($deletionAround(node)) return;
        const content = node.getTextContent();
        for (let offset = 0; offset < content.length; offset += 1)
          current.places.push({ node, offset });
        current.text += content;
      } else if ($isLineBreakNode(node)) {
        current.text += '\n';
        current.places.push(null);
      } else if ($isElementNode(node)) {
        if (node.isInline()) node.getChildren().forEach(visitInline);
        else nested.push(node);
      } else {
        // A decorator (image, protected block) separates the text around it.
        current.text += '\n';
        current.places.push(null);
        captions.push(node);
      }
    };
    block.getChildren().forEach(visitInline);
    if (current.text !== '') {
      blocks.push(current);
      from += current.text.length + 1;
    }
    captions.forEach(visitCaption);
    for (const child of nested) visitBlock(child);
  };
  const visitCaption = (node: LexicalNode) => {
    if (!$isImageNode(node) || node.getCaption() === '') return;
    const text = node.getCaption();
    blocks.push({ text, places: [], from, imageKey: node.getKey() });
    from += text.length + 1;
  };
  for (const child of $getRoot().getChildren()) {
    if ($isElementNode(child)) visitBlock(child);
    else visitCaption(child);
  }
  return blocks;
}

/** Every match of `query` in the article, in reading order, only those inside `scope` when given. */
export function $findInArticle(
  query: string,
  options: FindOptions,
  scope: TextScope | null,
): ArticleMatch[] {
  const matches: ArticleMatch[] = [];
  for (const block of $articleBlocks()) {
    for (const { start, end } of findInText(block.text, query, options)) {
      const from = block.from + start;
      const to = block.from + end;
      if (scope && (from < scope.from || to > scope.to)) continue;
      if (block.imageKey !== undefined) {
        matches.push({ parts: [], caption: { key: block.imageKey, start, end }, from, to });
        continue;
      }
      const parts = partsOf(block, start, end);
      if (parts.length > 0) matches.push({ parts, from, to });
    }
  }
  return matches;
}

/** The text nodes [start, end) of a block's text covers; empty when a line break is inside it. */
function partsOf(block: BlockText, start: number, end: number): MatchPart[] {
  const parts: MatchPart[] = [];
  for (let index = start; index < end; index += 1) {
    const place = block.places[index];
    if (!place) return [];
    const last = parts.at(-1);
    if (last && last.key === place.node.getKey()) last.end = place.offset + 1;
    else parts.push({ key: place.node.getKey(), start: place.offset, end: place.offset + 1 });
  }
  return parts;
}

/** The stretch of the article's text a non-collapsed selection covers, or null. */
export function $scopeOfSelection(selection: BaseSelection | null): TextScope | null {
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return null;
  const [first, last] = selection.isBackward()
    ? [selection.focus, selection.anchor]
    : [selection.anchor, selection.focus];
  const offsetOf = $textOffsets();
  const from = offsetOf(first);
  const to = offsetOf(last);
  return from !== undefined && to !== undefined && to > from ? { from, to } : null;
}

/** Where the selection starts in the article's text (the caret), or null when it is not in text. */
export function $caretOffset(selection: BaseSelection | null): number | null {
  if (!$isRangeSelection(selection)) return null;
  const first = selection.isBackward() ? selection.focus : selection.anchor;
  return $textOffsets()(first) ?? null;
}

/** A point's offset in the article's text, when the point is in a text node. */
function $textOffsets(): (point: {
  key: string;
  offset: number;
  type: string;
}) => number | undefined {
  const positions = new Map<string, number>();
  for (const block of $articleBlocks()) {
    block.places.forEach((place, index) => {
      if (place && place.offset === 0) positions.set(place.node.getKey(), block.from + index);
    });
  }
  return ({ key, offset, type }) => {
    const base = positions.get(key);
    return type === 'text' && base !== undefined ? base + offset : undefined;
  };
}
