// The Markdown shortcuts as a writer meets them: a shortcut typed at a block's start turns
// the block into what it asks for, and ordinary typing is left alone — one editor update a
// key, not two (the registration this replaced started a second update after every key).
import { $createListItemNode, $createListNode, ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  createEditor,
  type LexicalEditor,
} from 'lexical';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerArticleMarkdownShortcuts } from '../../../../renderer/editor/markdown.ts';

let editor: LexicalEditor;
/** Editor updates started by anything but the test itself: the shortcuts' own. */
let updatesByShortcuts = 0;
let unregister: () => void;
/** The tag of the test's own updates: the keys it types and the blocks it starts. */
const BY_TEST = 'test-update';

beforeEach(() => {
  editor = createEditor({
    nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode],
    onError: (error) => {
      throw error;
    },
  });
  editor.update(
    () => {
      const paragraph = $createParagraphNode().append($createTextNode('فقرة أولى'));
      $getRoot().append(paragraph, $createParagraphNode());
      $getRoot().getLastChildOrThrow().selectStart();
    },
    { discrete: true },
  );
  unregister = registerArticleMarkdownShortcuts(editor);
  updatesByShortcuts = 0;
  const update = editor.update.bind(editor);
  editor.update = (change, options) => {
    if (options?.tag !== BY_TEST) updatesByShortcuts += 1;
    update(change, options);
  };
});

afterEach(() => unregister());

/** Types `text` a character at a time, as keys do: one update each, then whatever they start. */
async function type(text: string): Promise<void> {
  for (const character of text) {
    editor.update(
      () => {
        const selection = $getSelection();
        if ($isRangeSelection(selection)) selection.insertText(character);
      },
      { discrete: true, tag: BY_TEST },
    );
    await Promise.resolve();
  }
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/** An empty paragraph in place of the last block, the caret in it: where the next shortcut is typed. */
function startNewParagraph(): void {
  editor.update(
    () => $getRoot().getLastChildOrThrow().replace($createParagraphNode()).selectStart(),
    { discrete: true, tag: BY_TEST },
  );
}

/** Each block of the article: its type and its text. */
function blocks(): [string, string][] {
  return editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((block) => [block.getType(), block.getTextContent()]),
  );
}

describe('Markdown shortcuts', () => {
  it('turn "## ", "### " and "> " at a block start into a subheading, a smaller one and a quote', async () => {
    await type('## عنوان');
    expect(blocks()[1]).toEqual(['heading', 'عنوان']);
    startNewParagraph();
    await type('> قال');
    expect(blocks()[1]).toEqual(['quote', 'قال']);
  });

  it('turn "- " and "1. " into lists', async () => {
    await type('- بند');
    expect(blocks()[1]).toEqual(['list', 'بند']);
    startNewParagraph();
    await type('1. أول');
    expect(blocks()[1]).toEqual(['list', 'أول']);
  });

  it('leave "#" inside a sentence, "# " (the headline is the title) and "## " in a list item as typed', async () => {
    await type('رقم ## ليس عنوانا');
    expect(blocks()[1]).toEqual(['paragraph', 'رقم ## ليس عنوانا']);
    startNewParagraph();
    await type('# كلمة');
    expect(blocks()[1]).toEqual(['paragraph', '# كلمة']);
    editor.update(
      () => {
        const item = $createListItemNode();
        $getRoot().getLastChildOrThrow().replace($createListNode('bullet').append(item));
        item.selectStart();
      },
      { discrete: true, tag: BY_TEST },
    );
    await type('## بند');
    expect(blocks()[1]).toEqual(['list', '## بند']);
  });

  it('start no second editor update while ordinary text is typed', async () => {
    await type('يكتب المحرر نصا عاديا، بلا اختصار. ## ليس في أول الفقرة');
    expect(updatesByShortcuts).toBe(0);
    startNewParagraph();
    await type('## ');
    // The space that completes the shortcut starts one.
    expect(updatesByShortcuts).toBe(1);
  });
});
