// Find over the article's editor state: a word split by a bold boundary is one match over
// two text nodes, text a suggestion deletes is not found again, a selection narrows the
// search, and "replace all" is taken back by one undo.
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { $createLinkNode } from '@lexical/link';
import { registerRichText } from '@lexical/rich-text';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  UNDO_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import {
  $findInArticle,
  $scopeOfSelection,
  type TextScope,
} from '../../../../../renderer/editor/find/article-matches.ts';
import { replaceAllMatches } from '../../../../../renderer/editor/find/replace-matches.ts';
import { $createSuggestionDeleteNode } from '../../../../../renderer/editor/nodes/SuggestionNodes.ts';
import { $textsOf, edit, shape, suggestionEditor } from '../suggestions/suggestion-editor.ts';

const folded = { exact: false, wholeWord: false };

function find(editor: LexicalEditor, query: string, options = folded) {
  return editor.getEditorState().read(() => $findInArticle(query, options, null));
}

/** A paragraph of plain, bold and plain text: "في الم" + *درسة* + " الكبيرة". */
function halfBoldWord(): LexicalEditor {
  const editor = suggestionEditor([]);
  edit(editor, () => {
    $getRoot().append(
      $createParagraphNode().append(
        $createTextNode('في الم'),
        $createTextNode('درسة').toggleFormat('bold'),
        $createTextNode(' الكبيرة'),
      ),
    );
  });
  return editor;
}

describe('finding in the article', () => {
  it('finds a word across a bold boundary as one match over both text nodes', () => {
    const editor = halfBoldWord();
    const [match, ...rest] = find(editor, 'المدرسه', { exact: false, wholeWord: true });
    expect(rest).toEqual([]);
    expect(match!.parts.map(({ start, end }) => [start, end])).toEqual([
      [3, 6],
      [0, 4],
    ]);
  });

  it('finds a word whose end is a link as one match, and replacing it keeps the plain start', () => {
    const editor = suggestionEditor([]);
    const unregister = registerRichText(editor);
    edit(editor, () => {
      $getRoot().append(
        $createParagraphNode().append(
          $createTextNode('زار ال'),
          $createLinkNode('https://example.org').append($createTextNode('مدرسة')),
        ),
      );
    });
    const matches = find(editor, 'المدرسة', { exact: false, wholeWord: true });
    expect(matches).toHaveLength(1);
    expect(replaceAllMatches(editor, matches, 'الجامعة')).toBe(1);
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toBe('زار الجامعة');
    unregister();
  });

  it('finds the same word in every paragraph, whichever alef it is written with', () => {
    const editor = suggestionEditor(['أحمد هنا', 'وإحمد هناك', 'احمد']);
    expect(find(editor, 'احمد')).toHaveLength(3);
    expect(find(editor, 'احمد', { exact: false, wholeWord: true })).toHaveLength(2);
  });

  it('does not find text a suggestion already marks deleted', () => {
    const editor = suggestionEditor([]);
    edit(editor, () => {
      const deletion = $createSuggestionDeleteNode({
        id: 'd1',
        author: 'مراجع',
        time: '2026-12-03T10:00:00.000Z',
      });
      deletion.append($createTextNode('أحمد'));
      $getRoot().append(
        $createParagraphNode().append($createTextNode('كتب '), deletion, $createTextNode('محمد')),
      );
    });
    expect(find(editor, 'احمد')).toEqual([]);
    expect(find(editor, 'محمد')).toHaveLength(1);
  });

  it('looks only inside the selected text when asked', () => {
    const editor = suggestionEditor(['أحمد أول', 'أحمد ثان', 'أحمد ثالث']);
    let scope: TextScope | null = null;
    edit(editor, () => {
      $textsOf(1)[0]!.select(0, 'أحمد ثان'.length);
      scope = $scopeOfSelection($getSelection());
    });
    const matches = editor.getEditorState().read(() => $findInArticle('احمد', folded, scope));
    expect(matches).toHaveLength(1);
    expect(matches[0]!.from).toBe('أحمد أول'.length + 1);
  });
});

/** Ctrl+Z; a headless editor commits the restored state only on its next update, so one is made. */
function undo(editor: LexicalEditor): void {
  editor.dispatchCommand(UNDO_COMMAND, undefined);
  editor.update(() => undefined, { discrete: true });
}

describe('replacing in the article', () => {
  it('replaces every match keeping the first node format, and one undo brings all of it back', () => {
    const editor = suggestionEditor(['أحمد وإحمد', 'في الم']);
    const unregister = [
      registerRichText(editor),
      registerHistory(editor, createEmptyHistoryState(), 0),
    ];
    edit(editor, () => {
      $textsOf(1)[0]!.insertAfter($createTextNode('درسة').toggleFormat('bold'));
    });
    const before = shape(editor);
    expect(before).toEqual(['أحمد وإحمد', 'في الم*درسة*']);

    expect(replaceAllMatches(editor, find(editor, 'احمد'), 'محمود')).toBe(2);
    expect(replaceAllMatches(editor, find(editor, 'المدرسه'), 'الجامعة')).toBe(1);
    expect(shape(editor)).toEqual(['محمود ومحمود', 'في الجامعة']);

    undo(editor);
    expect(shape(editor)).toEqual(['محمود ومحمود', 'في الم*درسة*']);
    undo(editor);
    expect(shape(editor)).toEqual(before);
    unregister.forEach((stop) => stop());
  });
});
