// The few Markdown shortcuts a newsroom types: "## " and "### " for subheadings (an
// article's H1 is its headline), "- " and "1. " for lists, "> " for a quote. Loaded by
// MarkdownShortcutsPlugin after the article shows, not before.
//
// Registered here rather than with @lexical/markdown's registerMarkdownShortcuts: that one
// starts a second editor update after every typed character to look for a shortcut, which
// in a 20,000-word article cost about 0.4 ms of each keystroke. Every shortcut here ends
// with a space typed at the start of a block: only such a space, after a shortcut's
// characters, starts one.
import {
  HEADING,
  ORDERED_LIST,
  QUOTE,
  UNORDERED_LIST,
  type ElementTransformer,
} from '@lexical/markdown';
import {
  $getNodeByKey,
  $getSelection,
  $isRangeSelection,
  $isRootOrShadowRoot,
  $isTextNode,
  COLLABORATION_TAG,
  HISTORIC_TAG,
  type EditorState,
  type LexicalEditor,
  type TextNode,
} from 'lexical';

const SUBHEADING: ElementTransformer = { ...HEADING, regExp: /^(#{2,3})\s/ };

const ARTICLE_MARKDOWN_SHORTCUTS: ElementTransformer[] = [
  SUBHEADING,
  QUOTE,
  UNORDERED_LIST,
  ORDERED_LIST,
];

/** Turns the shortcuts on; returns the function that turns them off. */
export function registerArticleMarkdownShortcuts(editor: LexicalEditor): () => void {
  return editor.registerUpdateListener(({ tags, dirtyLeaves, editorState, prevEditorState }) => {
    // Undo and redo, and changes from elsewhere, are not typing.
    if (tags.has(HISTORIC_TAG) || tags.has(COLLABORATION_TAG) || editor.isComposing()) return;
    const typed = spaceJustTyped(editorState, prevEditorState);
    if (!typed || !dirtyLeaves.has(typed.key)) return;
    editor.update(() => {
      const node = $getNodeByKey(typed.key);
      if ($isTextNode(node) && node.isAttached()) $applyShortcut(node, typed.offset);
    });
  });
}

/** The text node and caret offset after a space typed into it, if the last change was that. */
function spaceJustTyped(
  editorState: EditorState,
  prevEditorState: EditorState,
): { key: string; offset: number } | null {
  const previous = prevEditorState.read(() => $getSelection());
  return editorState.read(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection) || !$isRangeSelection(previous)) return null;
    if (!selection.isCollapsed() || selection.is(previous)) return null;
    const { key, offset } = selection.anchor;
    // One character typed (or the first of a block): not a caret moved, not a paste.
    if (offset !== 1 && offset > previous.anchor.offset + 1) return null;
    const node = selection.anchor.getNode();
    if (!$isTextNode(node)) return null;
    const text = node.getTextContent();
    if (text[offset - 1] !== ' ' || !shortcutAt(text, offset)) return null;
    return { key, offset };
  });
}

/** The shortcut the text opens with, when it is exactly what stands before the caret ("## ", not "## x "). */
function shortcutAt(text: string, offset: number): ElementTransformer | undefined {
  return ARTICLE_MARKDOWN_SHORTCUTS.find(({ regExp }) => text.match(regExp)?.[0].length === offset);
}

/** Turns the block into what its opening characters ask for, when they are a shortcut. */
function $applyShortcut(node: TextNode, offset: number): void {
  const block = node.getParent();
  if (!block || !$isRootOrShadowRoot(block.getParent()) || block.getFirstChild() !== node) return;
  const text = node.getTextContent();
  const shortcut = shortcutAt(text, offset);
  const match = shortcut && text.match(shortcut.regExp);
  if (!shortcut || !match) return;
  const following = node.getNextSiblings();
  const [opening, rest] = node.splitText(offset);
  opening.remove();
  shortcut.replace(block, rest ? [rest, ...following] : following, match, false);
}
