// Keeps the open article's spelling checked without slowing typing: the whole article once
// the dictionaries are loaded, then, after each pause in the writing, only the blocks whose
// text changed. Words are looked up in the worker (spelling-client.ts); an edit only notes
// which nodes changed, and underlines are CSS highlights on the blocks near the screen
// (house-style/highlights.ts), so the document is never changed by a check.
import type { LexicalEditor, NodeKey } from 'lexical';
import type { Finding } from '../../../common/arabic/house-style/options.ts';
import { spellingWords, type SpellingWord } from '../../../common/arabic/spelling/words.ts';
import { PauseTimer } from '../../../common/timing/pause-timer.ts';
import { FindingHighlights, type UnderlineLook } from '../house-style/highlights.ts';
import {
  $applyEdits,
  $blockText,
  $checkedBlockOf,
  $checkedBlocks,
  $segments,
  collectDirtyNodes,
  revealBlockRange,
} from '../house-style/lexical-blocks.ts';
import type { SpellingClient } from './spelling-client.ts';
import type { Misspelling, SpellingStore } from './spelling-store.ts';

/** Longer than the house-style check's pause: a word being typed is not yet a misspelling. */
const PAUSE_MS = 600;
/** Splitting blocks into words gives the thread back after this long: a keystroke waits no longer. */
const SLICE_MS = 8;
const CONTEXT_CHARS = 16;

export const SPELLING_LOOK: UnderlineLook = {
  highlights: { fix: 'spelling', advice: 'spelling-advice' },
  overlay: 'spelling',
  overlayTestId: 'spelling-overlay',
};

interface CheckedText {
  text: string;
  words: SpellingWord[];
}

const nextIdle = () =>
  new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 500 }));

export class SpellingSession {
  readonly #highlights: FindingHighlights;
  /** The blocks as last checked: their text and its words. */
  #checked = new Map<NodeKey, CheckedText>();
  #misspelt = new Map<NodeKey, SpellingWord[]>();
  readonly #dirty = new Set<NodeKey>();
  #redrawAll = true;
  readonly #pause = new PauseTimer(() => void this.#run());
  #running = false;
  #again = false;
  #stopped = false;
  #state: 'loading' | 'ready' | 'failed' = 'loading';

  readonly #editor: LexicalEditor;
  readonly #client: SpellingClient;
  readonly #store: SpellingStore;
  #accepted: ReadonlySet<string>;

  constructor(
    editor: LexicalEditor,
    client: SpellingClient,
    store: SpellingStore,
    accepted: ReadonlySet<string>,
  ) {
    this.#editor = editor;
    this.#client = client;
    this.#store = store;
    this.#accepted = accepted;
    this.#highlights = new FindingHighlights(editor, SPELLING_LOOK);
  }

  start(): () => void {
    const stopListening = collectDirtyNodes(this.#editor, this.#dirty, () =>
      this.#schedule(PAUSE_MS),
    );
    const disconnect = this.#store.connect({
      suggest: (item) => this.#client.suggest(item.word),
      replace: (item, suggestion) => this.#replace(item, suggestion),
      reveal: ({ blockKey, word }) =>
        revealBlockRange(this.#editor, blockKey, word.start, word.end),
    });
    this.#publish();
    this.#client.ready.then(
      () => {
        this.#state = 'ready';
        this.#schedule(0);
      },
      (error: unknown) => {
        this.#state = 'failed';
        console.error('Spelling dictionaries did not load', error);
        this.#publish();
      },
    );
    return () => {
      this.#stopped = true;
      stopListening();
      disconnect();
      this.#pause.cancel();
      this.#highlights.dispose();
    };
  }

  /** The newsroom's word list changed: verdicts stay, findings are filtered anew. */
  setAccepted(accepted: ReadonlySet<string>): void {
    if (accepted === this.#accepted) return;
    this.#accepted = accepted;
    this.#redrawAll = true;
    this.#schedule(0);
  }

  /** The finding under a right click, as the menu shows it. */
  misspellingAt(x: number, y: number): Misspelling | null {
    const hit = this.#highlights.findingAt(x, y);
    if (!hit) return null;
    const word = this.#misspelt
      .get(hit.blockKey)
      ?.find((candidate) => candidate.start === hit.finding.start);
    return word ? this.#misspelling(hit.blockKey, word) : null;
  }

  #schedule(pauseMs: number): void {
    if (this.#state !== 'ready') return;
    this.#pause.restart(pauseMs);
  }

  async #run(): Promise<void> {
    if (this.#stopped) return;
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.#running = true;
    try {
      await this.#check();
    } finally {
      this.#running = false;
    }
    if (this.#again && !this.#stopped) {
      this.#again = false;
      void this.#run();
    }
  }

  async #check(): Promise<void> {
    const redrawAll = this.#redrawAll;
    this.#redrawAll = false;
    const dirty = [...this.#dirty];
    this.#dirty.clear();
    // What changed since the last check, read in slices so a long article's first check never holds the thread.
    const blocks = this.#editor.read(() => $checkedBlocks());
    const current = new Map<NodeKey, CheckedText>();
    const changed: NodeKey[] = [];
    let sliceEnd = performance.now() + SLICE_MS;
    for (const block of blocks) {
      if (performance.now() > sliceEnd) {
        await nextIdle();
        if (this.#stopped) return;
        sliceEnd = performance.now() + SLICE_MS;
      }
      const before = this.#checked.get(block.key);
      if (before?.text === block.text) current.set(block.key, before);
      else {
        current.set(block.key, { text: block.text, words: spellingWords(block.text) });
        changed.push(block.key);
      }
    }
    // Unchanged blocks' words have their verdicts already.
    await this.#client.check(changed.flatMap((key) => current.get(key)!.words));
    if (this.#stopped) return;
    const redraw = new Set(redrawAll ? current.keys() : changed);
    this.#editor.read(() => {
      for (const key of dirty) {
        const block = $checkedBlockOf(key);
        if (block && current.has(block)) redraw.add(block);
      }
      for (const key of this.#checked.keys())
        if (!current.has(key)) {
          this.#highlights.deleteBlock(key);
          this.#misspelt.delete(key);
        }
      for (const key of redraw) {
        const block = current.get(key)!;
        // Typed into while the worker answered: the next check (already due) draws it.
        if ($blockText(key) !== block.text) continue;
        const words = block.words.filter(
          (word) => !this.#accepted.has(word.key) && this.#client.verdict(word) === false,
        );
        if (words.length > 0) this.#misspelt.set(key, words);
        else this.#misspelt.delete(key);
        this.#highlights.showBlock(key, $segments(key), words.map(asFinding));
      }
    });
    this.#checked = current;
    this.#publish();
  }

  #publish(): void {
    const misspellings: Misspelling[] = [];
    if (this.#state === 'ready')
      for (const key of this.#checked.keys())
        for (const word of this.#misspelt.get(key) ?? [])
          misspellings.push(this.#misspelling(key, word));
    this.#store.publish({ state: this.#state, misspellings });
  }

  #misspelling(blockKey: NodeKey, word: SpellingWord): Misspelling {
    const text = this.#checked.get(blockKey)?.text ?? '';
    return {
      id: `${blockKey}:${word.start}:${word.key}`,
      blockKey,
      word,
      before: text.slice(Math.max(0, word.start - CONTEXT_CHARS), word.start),
      after: text.slice(word.end, word.end + CONTEXT_CHARS),
    };
  }

  /** Puts the suggestion in place of the word, if the block still reads as it did. */
  #replace(item: Misspelling, suggestion: string): void {
    this.#editor.update(() => {
      const text = $blockText(item.blockKey);
      if (text === null || text.slice(item.word.start, item.word.end) !== item.word.text) return;
      $applyEdits(item.blockKey, [
        { start: item.word.start, end: item.word.end, text: suggestion },
      ]);
    });
    this.#schedule(0);
  }
}

function asFinding(word: SpellingWord): Finding {
  return {
    ruleId: 'spelling',
    start: word.start,
    end: word.end,
    messageKey: 'spelling.misspelt',
    fix: word.text,
  };
}
