import { describe, expect, it } from 'vitest';
import { $getSelection, $isRangeSelection } from 'lexical';
import { $listSuggestions } from '../../../../../renderer/editor/suggestions/list-suggestions.ts';
import { $resolveSuggestions } from '../../../../../renderer/editor/suggestions/resolve-suggestions.ts';
import { $suggestDeletion } from '../../../../../renderer/editor/suggestions/suggest-deletion.ts';
import { $suggestFormat } from '../../../../../renderer/editor/suggestions/suggest-format.ts';
import { $suggestInsertion } from '../../../../../renderer/editor/suggestions/suggest-insertion.ts';
import type { Suggester } from '../../../../../renderer/editor/suggestions/suggestion-author.ts';
import {
  $caretAt,
  $textsOf,
  edit,
  reviewer,
  shape,
  suggestionEditor,
} from './suggestion-editor.ts';

type Editor = ReturnType<typeof suggestionEditor>;

function type(editor: Editor, text: string, who: Suggester): void {
  for (const character of text) edit(editor, () => $suggestInsertion(character, who));
}

/** "كتب الصحفي الخبر" with: سامي inserted " أمس" after كتب, هدى deleted "الخبر", هدى made الصحفي bold. */
function reviewedArticle(): { editor: Editor; ids: () => string[] } {
  const sami = reviewer('سامي');
  const huda = reviewer('هدى');
  const editor = suggestionEditor(['كتب الصحفي الخبر']);
  edit(editor, () => $caretAt(3));
  type(editor, ' أمس', sami);
  edit(editor, () => {
    const last = $textsOf().at(-1)!;
    last.select(last.getTextContentSize() - 5, last.getTextContentSize());
  });
  edit(editor, () => $suggestDeletion(true, 'character', huda));
  edit(editor, () => {
    const middle = $textsOf()[2]!;
    middle.select(1, 7);
  });
  edit(editor, () => $suggestFormat('bold', huda));
  const ids = () => editor.getEditorState().read(() => $listSuggestions().map((entry) => entry.id));
  return { editor, ids };
}

function resolve(
  editor: Editor,
  filter: Parameters<typeof $resolveSuggestions>[0],
  how: 'accept' | 'reject',
): void {
  edit(editor, () => $resolveSuggestions(filter, how));
}

describe('accepting and rejecting suggestions', () => {
  it('starts from three suggestions by two reviewers', () => {
    const { editor } = reviewedArticle();
    expect(shape(editor)).toEqual(['كتب[+ أمس] [~*الصحفي*] [-الخبر]']);
    const entries = editor.getEditorState().read($listSuggestions);
    expect(entries.map(({ kind, author, excerpt }) => [kind, author, excerpt])).toEqual([
      ['insert', 'سامي', ' أمس'],
      ['format', 'هدى', 'الصحفي'],
      ['delete', 'هدى', 'الخبر'],
    ]);
  });

  it('accepting an insertion keeps its text as plain text', () => {
    const { editor, ids } = reviewedArticle();
    resolve(editor, { id: ids()[0]! }, 'accept');
    expect(shape(editor)).toEqual(['كتب أمس [~*الصحفي*] [-الخبر]']);
  });

  it('rejecting an insertion removes its text', () => {
    const { editor, ids } = reviewedArticle();
    resolve(editor, { id: ids()[0]! }, 'reject');
    expect(shape(editor)).toEqual(['كتب [~*الصحفي*] [-الخبر]']);
  });

  it('accepting a deletion removes the text, rejecting it keeps the text', () => {
    const accepted = reviewedArticle();
    resolve(accepted.editor, { id: accepted.ids()[2]! }, 'accept');
    expect(shape(accepted.editor)).toEqual(['كتب[+ أمس] [~*الصحفي*] ']);
    const rejected = reviewedArticle();
    resolve(rejected.editor, { id: rejected.ids()[2]! }, 'reject');
    expect(shape(rejected.editor)).toEqual(['كتب[+ أمس] [~*الصحفي*] الخبر']);
  });

  it('rejecting a format change restores the format the text had', () => {
    const { editor, ids } = reviewedArticle();
    resolve(editor, { id: ids()[1]! }, 'reject');
    expect(shape(editor)).toEqual(['كتب[+ أمس] الصحفي [-الخبر]']);
    const accepted = reviewedArticle();
    resolve(accepted.editor, { id: accepted.ids()[1]! }, 'accept');
    expect(shape(accepted.editor)).toEqual(['كتب[+ أمس] *الصحفي* [-الخبر]']);
  });

  it("accepts all of one reviewer's suggestions and leaves the other's open", () => {
    const { editor } = reviewedArticle();
    resolve(editor, { author: 'هدى' }, 'accept');
    expect(shape(editor)).toEqual(['كتب[+ أمس] *الصحفي* ']);
  });

  it('rejects all and gets the original text back', () => {
    const { editor } = reviewedArticle();
    resolve(editor, 'all', 'reject');
    expect(shape(editor)).toEqual(['كتب الصحفي الخبر']);
  });

  it('gives the same text whatever order the suggestions are accepted in', () => {
    const results = [
      [0, 1, 2],
      [2, 1, 0],
      [1, 2, 0],
    ].map((order) => {
      const { editor, ids } = reviewedArticle();
      const all = ids();
      for (const index of order) resolve(editor, { id: all[index]! }, 'accept');
      return shape(editor);
    });
    expect(results).toEqual([['كتب أمس *الصحفي* '], ['كتب أمس *الصحفي* '], ['كتب أمس *الصحفي* ']]);
  });

  it("resolves nested marks in any order: a deletion inside another reviewer's insertion", () => {
    const make = () => {
      const editor = suggestionEditor(['قال الوزير']);
      edit(editor, () => $caretAt(3));
      type(editor, ' أمس', reviewer('سامي'));
      edit(editor, () => $suggestDeletion(true, 'character', reviewer('هدى')));
      return editor;
    };
    expect(shape(make())).toEqual(['قال[+ أم[-س]] الوزير']);
    const acceptOuterFirst = make();
    resolve(acceptOuterFirst, { author: 'سامي' }, 'accept');
    resolve(acceptOuterFirst, { author: 'هدى' }, 'accept');
    const acceptInnerFirst = make();
    resolve(acceptInnerFirst, { author: 'هدى' }, 'accept');
    resolve(acceptInnerFirst, { author: 'سامي' }, 'accept');
    expect(shape(acceptOuterFirst)).toEqual(['قال أم الوزير']);
    expect(shape(acceptInnerFirst)).toEqual(['قال أم الوزير']);
    const rejectOuter = make();
    resolve(rejectOuter, { author: 'سامي' }, 'reject');
    expect(shape(rejectOuter)).toEqual(['قال الوزير']);
  });

  it('lists a replacement as one suggestion, and accepting it swaps the words', () => {
    const editor = suggestionEditor(['قال الوزير']);
    edit(editor, () => $textsOf()[0]!.select(4, 10));
    type(editor, 'المدير', reviewer('هدى'));
    const [entry] = editor.getEditorState().read($listSuggestions);
    expect(entry).toMatchObject({ kind: 'replace', excerpt: 'الوزير', replacement: 'المدير' });
    resolve(editor, { id: entry!.id }, 'accept');
    expect(shape(editor)).toEqual(['قال المدير']);
  });
});

describe('a paragraph split inside a suggestion', () => {
  it('breaks at the caret, keeps both halves as the one suggestion, and accepting or rejecting takes both', () => {
    const huda = reviewer('هدى');
    const split = () => {
      const editor = suggestionEditor(['قال الوزير']);
      edit(editor, () => $caretAt(3));
      for (const character of ' أمس اليوم') edit(editor, () => $suggestInsertion(character, huda));
      edit(editor, () => $textsOf(0)[1]!.select(4, 4));
      edit(editor, () => {
        const selection = $getSelection();
        if ($isRangeSelection(selection)) selection.insertParagraph();
      });
      return editor;
    };
    const editor = split();
    expect(shape(editor, true)).toEqual(['قال[+ أمس|هدى]', '[+ اليوم|هدى] الوزير']);
    expect(editor.getEditorState().read(() => $listSuggestions()).length).toBe(1);

    edit(editor, () => $resolveSuggestions('all', 'accept'));
    expect(shape(editor)).toEqual(['قال أمس', ' اليوم الوزير']);
    const rejected = split();
    edit(rejected, () => $resolveSuggestions('all', 'reject'));
    expect(shape(rejected)).toEqual(['قال', ' الوزير']);
  });
});
