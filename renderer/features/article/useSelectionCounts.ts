// Words and characters of the text the writer has selected, for the status bar. Counted a
// moment after the selection stops moving, so dragging across a long article stays smooth;
// a caret (no selection) costs one check per update and no counting.
import { $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical';
import { useEffect, useState, type RefObject } from 'react';
import { countText, type TextCounts } from '../../../common/arabic/word-count.ts';

const SETTLE_MS = 120;

function $selectedText(): string {
  const selection = $getSelection();
  if (!selection || ($isRangeSelection(selection) && selection.isCollapsed())) return '';
  return selection.getTextContent();
}

/** The selection's counts, or null when nothing (or only whitespace) is selected. */
export function useSelectionCounts(editorRef: RefObject<LexicalEditor | null>): TextCounts | null {
  const [counts, setCounts] = useState<TextCounts | null>(null);
  useEffect(() => {
    const editor = editorRef.current;
    if (!editor) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastText = '';
    const unregister = editor.registerUpdateListener(({ editorState }) => {
      const text = editorState.read($selectedText);
      if (text === lastText) return;
      lastText = text;
      clearTimeout(timer);
      if (!text.trim()) {
        setCounts(null);
        return;
      }
      timer = setTimeout(() => setCounts(countText(text)), SETTLE_MS);
    });
    return () => {
      clearTimeout(timer);
      unregister();
    };
  }, [editorRef]);
  return counts;
}
