// Keeps the open article checked without slowing typing: an update only notes which nodes
// changed; when the writer pauses and the browser is idle, the checker runs, blocks whose
// text is unchanged come from its cache, and only changed blocks get new underlines.
import type { LexicalEditor, NodeKey } from 'lexical';
import { fixesLastFirst, minimalEdits } from '../../../common/arabic/house-style/apply-fix.ts';
import type {
  ArticleChecker,
  CheckResult,
} from '../../../common/arabic/house-style/article-checker.ts';
import type { Finding, HouseStyleOptions } from '../../../common/arabic/house-style/options.ts';
import { PauseTimer } from '../../../common/timing/pause-timer.ts';
import { FindingHighlights } from './highlights.ts';
import type { ArticleFinding, HouseStyleStore } from './house-style-store.ts';
import {
  $applyEdits,
  $blockText,
  $checkedBlockOf,
  $checkedBlocks,
  $segments,
  collectDirtyNodes,
  revealBlockRange,
  type CheckedBlock,
} from './lexical-blocks.ts';

const PAUSE_MS = 300;
// An idle slice spent checking; a forced callback (no idle time) still gets the least of it.
const SLICE_MS = { least: 4, most: 12 };
const CONTEXT_CHARS = 16;
const LONGEST_SHOWN = 80;

export class HouseStyleSession {
  #checker: ArticleChecker | null = null;
  readonly #highlights: FindingHighlights;
  /** Nodes changed since the last check: their blocks' DOM may be new, so underlines are redrawn. */
  readonly #dirty = new Set<NodeKey>();
  #redrawAll = true;
  /** The next check follows a fix: no pause to wait for. */
  #urgent = false;
  #texts = new Map<NodeKey, string>();
  #findings: ReadonlyMap<NodeKey, readonly Finding[]> = new Map();
  readonly #pause = new PauseTimer(() => this.#whenIdle());
  #idle: number | undefined;
  #stopped = false;

  readonly #editor: LexicalEditor;
  readonly #store: HouseStyleStore;
  #options: HouseStyleOptions;

  constructor(editor: LexicalEditor, store: HouseStyleStore, options: HouseStyleOptions) {
    this.#editor = editor;
    this.#store = store;
    this.#options = options;
    this.#highlights = new FindingHighlights(editor);
  }

  start(): () => void {
    const stopListening = collectDirtyNodes(this.#editor, this.#dirty, () => {
      this.#schedule(this.#urgent ? 0 : PAUSE_MS);
      this.#urgent = false;
    });
    const disconnect = this.#store.connect({
      fix: (item) => this.#fix(item),
      fixAll: (ruleId) => this.#fixAll(ruleId),
      reveal: (item) => this.#reveal(item),
    });
    this.#schedule(0);
    return () => {
      this.#stopped = true;
      stopListening();
      disconnect();
      this.#pause.cancel();
      if (this.#idle !== undefined) cancelIdleCallback(this.#idle);
      this.#highlights.dispose();
    };
  }

  setOptions(options: HouseStyleOptions): void {
    if (options === this.#options) return;
    this.#options = options;
    this.#checker?.setOptions(options);
    this.#redrawAll = true;
    this.#schedule(0);
  }

  #schedule(pauseMs: number): void {
    this.#pause.restart(pauseMs);
  }

  #whenIdle(): void {
    this.#idle ??= requestIdleCallback((deadline) => void this.#run(deadline), { timeout: 1_000 });
  }

  async #run(deadline: IdleDeadline): Promise<void> {
    this.#idle = undefined;
    // The rules load with the first check, not with the app; the check waits for the next idle moment.
    if (!this.#checker) {
      const { ArticleChecker } =
        await import('../../../common/arabic/house-style/article-checker.ts');
      this.#checker ??= new ArticleChecker(this.#options);
      if (!this.#stopped) this.#whenIdle();
      return;
    }
    if (this.#stopped) return;
    const checker = this.#checker;
    const sliceEnd =
      performance.now() +
      Math.min(Math.max(deadline.timeRemaining(), SLICE_MS.least), SLICE_MS.most);
    this.#editor.read(() => {
      const blocks = $checkedBlocks();
      // A long article's first check (or one after new options) takes several slices.
      if (!checker.warm(blocks, () => performance.now() < sliceEnd)) {
        this.#whenIdle();
        return;
      }
      const result = checker.check(blocks);
      const redraw = new Set(this.#redrawAll ? blocks.map((block) => block.key) : result.changed);
      for (const key of this.#dirty) {
        const block = $checkedBlockOf(key);
        if (block) redraw.add(block);
      }
      this.#dirty.clear();
      for (const key of result.removed) this.#highlights.deleteBlock(key);
      for (const key of redraw)
        this.#highlights.showBlock(key, $segments(key), result.findings.get(key) ?? []);
      const listChanged = this.#redrawAll || result.changed.size > 0 || result.removed.length > 0;
      this.#redrawAll = false;
      this.#texts = new Map(blocks.map((block) => [block.key, block.text]));
      this.#findings = result.findings;
      if (listChanged || this.#store.getSnapshot().findings === null)
        this.#store.publish(articleFindings(blocks, result));
    });
  }

  /** Runs `change` on the block only if its text is what the findings were made on. */
  #$ifUnchanged(blockKey: NodeKey, change: (text: string) => void): boolean {
    const text = $blockText(blockKey);
    if (text === null || text !== this.#texts.get(blockKey)) return false;
    change(text);
    return true;
  }

  #fix(item: ArticleFinding): void {
    // editor.update runs the function at once; only a change makes the next check urgent.
    this.#editor.update(() => {
      this.#urgent = this.#$ifUnchanged(item.blockKey, (text) =>
        $applyEdits(item.blockKey, minimalEdits(text, item.finding)),
      );
    });
  }

  #fixAll(ruleId: string): void {
    this.#editor.update(() => {
      for (const [blockKey, findings] of this.#findings) {
        const ofRule = findings.filter((finding) => finding.ruleId === ruleId);
        if (ofRule.length === 0) continue;
        // Last first: each fix leaves the offsets of the ones before it as they were.
        const fixed = this.#$ifUnchanged(blockKey, (text) => {
          for (const finding of fixesLastFirst(ofRule))
            $applyEdits(blockKey, minimalEdits(text, finding));
        });
        this.#urgent ||= fixed;
      }
    });
  }

  #reveal({ blockKey, finding }: ArticleFinding): void {
    revealBlockRange(this.#editor, blockKey, finding.start, finding.end, () =>
      this.#$ifUnchanged(blockKey, () => {}),
    );
  }
}

function articleFindings(blocks: readonly CheckedBlock[], result: CheckResult): ArticleFinding[] {
  return blocks.flatMap(({ key, text }) =>
    (result.findings.get(key) ?? []).map((finding) => {
      const shownEnd = Math.min(finding.end, finding.start + LONGEST_SHOWN);
      return {
        id: `${key}:${finding.ruleId}:${finding.start}:${finding.end}`,
        blockKey: key,
        finding,
        before: text.slice(Math.max(0, finding.start - CONTEXT_CHARS), finding.start),
        flagged: text.slice(finding.start, shownEnd) + (shownEnd < finding.end ? '…' : ''),
        after: shownEnd < finding.end ? '' : text.slice(finding.end, finding.end + CONTEXT_CHARS),
      };
    }),
  );
}
