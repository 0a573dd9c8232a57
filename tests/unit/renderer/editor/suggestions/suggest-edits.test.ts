import { $getRoot, $getSelection, $isRangeSelection, $isTextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $suggestDeletion } from '../../../../../renderer/editor/suggestions/suggest-deletion.ts';
import { $suggestFormat } from '../../../../../renderer/editor/suggestions/suggest-format.ts';
import { $suggestInsertion } from '../../../../../renderer/editor/suggestions/suggest-insertion.ts';
import {
  $caretAt,
  $textsOf,
  edit,
  reviewer,
  shape,
  suggestionEditor,
} from './suggestion-editor.ts';

const huda = reviewer('هدى');
const sami = reviewer('سامي');

function type(editor: ReturnType<typeof suggestionEditor>, text: string, who = huda): void {
  for (const character of text) edit(editor, () => $suggestInsertion(character, who));
}

function backspace(editor: ReturnType<typeof suggestionEditor>, times = 1, who = huda): void {
  for (let i = 0; i < times; i++) edit(editor, () => $suggestDeletion(true, 'character', who));
}

describe('suggesting mode', () => {
  it('marks typed text as one insertion by the reviewer, however many keys they press', () => {
    const editor = suggestionEditor(['قال الوزير']);
    edit(editor, () => $caretAt(3));
    type(editor, ' أمس');
    expect(shape(editor, true)).toEqual(['قال[+ أمس|هدى] الوزير']);
  });

  it('keeps deleted text in the paragraph, marked as a deletion, and moves the caret before it', () => {
    const editor = suggestionEditor(['قال الوزير']);
    edit(editor, () => $caretAt(10));
    backspace(editor, 6);
    expect(shape(editor)).toEqual(['قال [-الوزير]']);
    type(editor, 'المدير');
    expect(shape(editor)).toEqual(['قال [+المدير][-الوزير]']);
  });

  it('deletes forward with the Delete key the same way', () => {
    const editor = suggestionEditor(['قال الوزير']);
    edit(editor, () => $caretAt(0));
    for (let i = 0; i < 4; i++) edit(editor, () => $suggestDeletion(false, 'character', huda));
    expect(shape(editor)).toEqual(['[-قال ]الوزير']);
  });

  it('really removes text the reviewer inserted themselves and never marked', () => {
    const editor = suggestionEditor(['قال الوزير']);
    edit(editor, () => $caretAt(3));
    type(editor, ' أمسس');
    backspace(editor);
    expect(shape(editor)).toEqual(['قال[+ أمس] الوزير']);
    backspace(editor, 4);
    expect(shape(editor)).toEqual(['قال الوزير']);
  });

  it("marks another reviewer's insertion as deleted inside it rather than removing it", () => {
    const editor = suggestionEditor(['قال الوزير']);
    edit(editor, () => $caretAt(3));
    type(editor, ' أمس', sami);
    backspace(editor, 3, huda);
    expect(shape(editor, true)).toEqual(['قال[+ [-أمس|هدى]|سامي] الوزير']);
  });

  it('replaces a selection with a deletion and an insertion that share one suggestion', () => {
    const editor = suggestionEditor(['قال الوزير']);
    edit(editor, () => $textsOf()[0]!.select(4, 10));
    type(editor, 'المدير');
    expect(shape(editor)).toEqual(['قال [-الوزير][+المدير]']);
    const ids = editor.getEditorState().read(() =>
      $getRoot()
        .getAllTextNodes()
        .map(
          (text) =>
            (text.getParent() as unknown as { getMeta?: () => { id: string } }).getMeta?.().id,
        ),
    );
    expect(ids[1]).toBe(ids[2]);
  });

  it('deletes a whole selection across two paragraphs without joining them', () => {
    const editor = suggestionEditor(['الأولى', 'الثانية']);
    edit(editor, () => {
      const first = $textsOf(0)[0]!;
      const second = $textsOf(1)[0]!;
      const selection = first.select(2, 2);
      selection.focus.set(second.getKey(), 3, 'text');
    });
    edit(editor, () => $suggestDeletion(true, 'character', huda));
    expect(shape(editor)).toEqual(['ال[-أولى]', '[-الث]انية']);
  });

  it("takes a letter's harakat with it, never leaving a lone combining mark", () => {
    const editor = suggestionEditor(['كَتَبَ الصَّحَفِيُّ']);
    edit(editor, () => $caretAt('كَتَبَ'.length));
    backspace(editor);
    expect(shape(editor)).toEqual(['كَتَ[-بَ] الصَّحَفِيُّ']);
    const editor2 = suggestionEditor(['كَتَبَ الصَّحَفِيُّ']);
    edit(editor2, () => $caretAt('كَتَبَ الصَّحَفِيُّ'.length));
    backspace(editor2);
    // يُّ: the yaa with shadda and damma goes as one.
    expect(shape(editor2)).toEqual(['كَتَبَ الصَّحَفِ[-يُّ]']);
  });

  it('joins adjacent deletions by the same reviewer into one', () => {
    const editor = suggestionEditor(['قال الوزير']);
    edit(editor, () => $caretAt(3));
    backspace(editor, 2);
    edit(editor, () => {
      const texts = $textsOf();
      const last = texts.at(-1)!;
      last.select(0, 0);
    });
    edit(editor, () => $suggestDeletion(false, 'character', huda));
    expect(shape(editor)).toEqual(['ق[-ال ]الوزير']);
  });

  it('suggests bold over a selection and keeps the format it had before', () => {
    const editor = suggestionEditor(['قال الوزير']);
    edit(editor, () => $textsOf()[0]!.select(4, 10));
    edit(editor, () => $suggestFormat('bold', huda));
    expect(shape(editor)).toEqual(['قال [~*الوزير*]']);
    const before = editor.getEditorState().toJSON().root.children[0] as unknown as {
      children: { type: string; before?: number }[];
    };
    expect(before.children[1]).toMatchObject({ type: 'suggestion-format', before: 0 });
  });

  it('withdraws a format suggestion that is toggled back', () => {
    const editor = suggestionEditor(['قال الوزير']);
    edit(editor, () => $textsOf()[0]!.select(4, 10));
    edit(editor, () => $suggestFormat('bold', huda));
    edit(editor, () => {
      const text = $textsOf()[1]!;
      text.select(0, text.getTextContentSize());
    });
    edit(editor, () => $suggestFormat('bold', huda));
    expect(shape(editor)).toEqual(['قال الوزير']);
  });

  it('types after a deletion, never into the deleted text', () => {
    const editor = suggestionEditor(['قال الوزير']);
    edit(editor, () => $caretAt(10));
    backspace(editor, 6);
    edit(editor, () => {
      const deleted = $textsOf().at(-1)!;
      deleted.select(3, 3);
    });
    type(editor, 'X');
    expect(shape(editor)).toEqual(['قال [-الوزير][+X]']);
    editor.getEditorState().read(() => {
      const selection = $getSelection();
      expect($isRangeSelection(selection) && $isTextNode(selection.anchor.getNode())).toBe(true);
    });
  });
});
