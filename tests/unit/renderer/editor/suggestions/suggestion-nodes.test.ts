import { $createParagraphNode, $getRoot, createEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { SUGGESTION_NODES } from '../../../../../renderer/editor/nodes/SuggestionNodes.ts';
import { $listSuggestions } from '../../../../../renderer/editor/suggestions/list-suggestions.ts';
import { $publishedTextContent } from '../../../../../renderer/editor/suggestions/published-text.ts';
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

describe('suggestion marks in the saved body', () => {
  it('come back from the saved JSON with their kind, author, time and earlier format', () => {
    const editor = suggestionEditor(['كتب الصحفي الخبر']);
    edit(editor, () => $caretAt(3));
    edit(editor, () => $suggestInsertion('ت', huda));
    edit(editor, () => $textsOf().at(-1)!.select(1, 7));
    edit(editor, () => $suggestFormat('italic', huda));
    edit(editor, () => $textsOf().at(-1)!.select(1, 6));
    edit(editor, () => $suggestDeletion(true, 'character', huda));
    const saved = JSON.parse(JSON.stringify(editor.getEditorState().toJSON())) as unknown;

    const reopened = createEditor({
      nodes: SUGGESTION_NODES,
      onError: (error) => {
        throw error;
      },
    });
    reopened.setEditorState(reopened.parseEditorState(saved as never));
    expect(shape(reopened, true)).toEqual(shape(editor, true));
    expect(reopened.getEditorState().read($listSuggestions)).toEqual(
      editor.getEditorState().read($listSuggestions),
    );
    expect(JSON.stringify(reopened.getEditorState().toJSON())).toContain('"before":0');
  });
});

describe('more suggesting edits', () => {
  it('typing into an empty paragraph makes an insertion', () => {
    const editor = suggestionEditor(['نص']);
    edit(editor, () => {
      const empty = $createParagraphNode();
      $getRoot().append(empty);
      empty.select();
    });
    edit(editor, () => $suggestInsertion('جديد', huda));
    expect(shape(editor)).toEqual(['نص', '[+جديد]']);
  });

  it('Ctrl+Backspace marks the whole word before the caret, and the space before it', () => {
    const editor = suggestionEditor(['قال الوزير اليوم']);
    edit(editor, () => $caretAt('قال الوزير '.length));
    edit(editor, () => $suggestDeletion(true, 'word', huda));
    expect(shape(editor)).toEqual(['قال [-الوزير ]اليوم']);
  });

  it('Backspace at the start of a paragraph does not join it to the one before', () => {
    const editor = suggestionEditor(['الأولى', 'الثانية']);
    edit(editor, () => $caretAt(0, 1));
    edit(editor, () => $suggestDeletion(true, 'character', huda));
    expect(shape(editor)).toEqual(['الأولى', 'الثانية']);
  });

  it('Backspace steps over text already marked deleted to the letter before it', () => {
    const editor = suggestionEditor(['قال الوزير']);
    edit(editor, () => $caretAt(10));
    for (let i = 0; i < 7; i++) edit(editor, () => $suggestDeletion(true, 'character', huda));
    expect(shape(editor)).toEqual(['قال[- الوزير]']);
  });

  it('the live count reads a paragraph as published: no suggested insertion, deletions still there', () => {
    const editor = suggestionEditor(['قال الوزير']);
    edit(editor, () => $caretAt(3));
    edit(editor, () => $suggestInsertion(' أمس', huda));
    edit(editor, () => $textsOf().at(-1)!.select(1, 7));
    edit(editor, () => $suggestDeletion(true, 'character', huda));
    expect(shape(editor)).toEqual(['قال[+ أمس] [-الوزير]']);
    expect(
      editor.getEditorState().read(() => $publishedTextContent($getRoot().getFirstChildOrThrow())),
    ).toBe('قال الوزير');
  });
});
