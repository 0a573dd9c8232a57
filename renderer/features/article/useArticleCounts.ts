// Live counters kept off the keystroke path: a change only marks the counts stale; they
// are recounted when the writer pauses and the browser is idle, block by block, so a
// keystroke in a 20,000-word article re-segments one paragraph, not the whole text.
import { $getRoot, type EditorState } from 'lexical';
import { useCallback, useEffect, useRef, useState } from 'react';
import { BlockCounter, type TextCounts } from '../../../common/arabic/word-count.ts';
import { PauseTimer } from '../../../common/timing/pause-timer.ts';
import { $publishedTextContent } from '../../editor/suggestions/published-text.ts';

const PAUSE_MS = 300;

/** Counted as published: a suggested insertion is not in the count until it is accepted. */
function $blockTexts(): string[] {
  return $getRoot().getChildren().map($publishedTextContent);
}

/** `counts` is null until the first count. */
export function useArticleCounts(): {
  counts: TextCounts | null;
  recount: (editorState: EditorState) => void;
} {
  const [counts, setCounts] = useState<TextCounts | null>(null);
  const counter = useRef(new BlockCounter());
  const latest = useRef<EditorState | null>(null);
  const idle = useRef<number | undefined>(undefined);

  const countNow = useCallback(() => {
    idle.current = undefined;
    const editorState = latest.current;
    if (!editorState) return;
    const next = counter.current.count(editorState.read($blockTexts));
    setCounts((previous) =>
      previous?.words === next.words && previous.characters === next.characters ? previous : next,
    );
  }, []);

  const [pause] = useState(
    () =>
      new PauseTimer(() => {
        if (idle.current === undefined)
          idle.current = requestIdleCallback(countNow, { timeout: 1_000 });
      }),
  );

  const recount = useCallback(
    (editorState: EditorState) => {
      latest.current = editorState;
      pause.restart(PAUSE_MS);
    },
    [pause],
  );

  useEffect(
    () => () => {
      pause.cancel();
      if (idle.current !== undefined) cancelIdleCallback(idle.current);
    },
    [pause],
  );

  return { counts, recount };
}
