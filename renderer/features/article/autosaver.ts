// Autosave without losing a word: a save starts once the writer has paused (600 ms),
// never two at once, nothing is sent when nothing changed, and a failed save keeps the
// text in memory and retries with growing pauses until one succeeds.
import type { ArticleDocument, SavedDocument } from '../../../electron/contract.ts';

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; savedAt: string }
  | { state: 'failed'; code: string };

export interface AutosaverOptions {
  save: (document: ArticleDocument) => Promise<SavedDocument>;
  /** The article as it stands now; called only when a save is due. */
  snapshot: () => ArticleDocument | null;
  onStatus: (status: SaveStatus) => void;
  pauseMs?: number;
  retryDelaysMs?: readonly number[];
}

const DEFAULT_RETRY_DELAYS_MS = [2_000, 5_000, 10_000, 30_000];

export class Autosaver {
  private readonly options: Required<AutosaverOptions>;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private saving = false;
  private saveAgain = false;
  private lastSavedJson: string | null = null;
  private failures = 0;

  constructor(options: AutosaverOptions) {
    this.options = { pauseMs: 600, retryDelaysMs: DEFAULT_RETRY_DELAYS_MS, ...options };
  }

  /** The document as loaded from disk: saving it unchanged again is pointless. */
  setBaseline(document: ArticleDocument): void {
    this.lastSavedJson = JSON.stringify(document);
  }

  /** Something changed: save once the writer pauses. */
  schedule(): void {
    this.setTimer(this.options.pauseMs);
  }

  /** Save now if anything changed (window blur, page hidden). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.saving) {
      this.saveAgain = true;
      return;
    }
    const document = this.options.snapshot();
    if (!document) return;
    const json = JSON.stringify(document);
    if (json === this.lastSavedJson) return;
    this.saving = true;
    this.options.onStatus({ state: 'saving' });
    try {
      const saved = await this.options.save(document);
      this.lastSavedJson = json;
      this.failures = 0;
      this.options.onStatus({ state: 'saved', savedAt: saved.savedAt });
    } catch (error) {
      const delays = this.options.retryDelaysMs;
      this.options.onStatus({ state: 'failed', code: errorCode(error) });
      this.setTimer(delays[Math.min(this.failures, delays.length - 1)] ?? 30_000);
      this.failures += 1;
    } finally {
      this.saving = false;
    }
    if (this.saveAgain) {
      this.saveAgain = false;
      await this.flush();
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private setTimer(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), delayMs);
  }
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : 'unknown';
}
