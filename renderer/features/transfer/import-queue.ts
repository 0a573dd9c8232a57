// Imports one file at a time, whoever asks (the .midad and .docx buttons, a drop on the
// library): what runs, how far the batch is ("2 of 3"), and each file's outcome. One queue
// for the whole window, outside React, so a batch goes on when the library is left and
// is shown again on return; files added while it runs wait their turn. The window's
// queue is made in useImportQueue.ts with the importers of file-importers.ts.
import type { DocxImportReport, ImportResult } from '../../../electron/contract/index.ts';

/** The two ways a file becomes a draft (file-importers.ts). */
export type ImportKind = 'midad' | 'docx';

/** The way a file comes in, by its name's ending; null for a file Midad does not import. */
export function importKindOf(fileName: string): ImportKind | null {
  const name = fileName.trim().toLowerCase();
  if (name.endsWith('.midad')) return 'midad';
  if (name.endsWith('.docx')) return 'docx';
  return null;
}

export type ImportOutcome = { kind: ImportKind; fileName: string } & (
  | {
      ok: true;
      result: ImportResult | null;
      draftId: string;
      /** A Word document's: what its import changed or left out. */
      report?: DocxImportReport;
    }
  | { ok: false; error: unknown }
);

export interface ImportQueueState {
  busy: boolean;
  /** 1-based: the file being imported now, of `total` in this batch. */
  current: number;
  total: number;
  running: { kind: ImportKind; fileName: string } | null;
  /** This batch's outcomes so far, in order. */
  outcomes: readonly ImportOutcome[];
  /** Each way's latest outcome, for its button; cleared while a file of that way runs. */
  latest: { readonly [K in ImportKind]: ImportOutcome | null };
}

export interface ImportRequest {
  file: File;
  kind: ImportKind;
}

interface Waiting {
  request: ImportRequest;
  done: (outcome: ImportOutcome) => void;
}

const IDLE: ImportQueueState = {
  busy: false,
  current: 0,
  total: 0,
  running: null,
  outcomes: [],
  latest: { midad: null, docx: null },
};

export class ImportQueue {
  readonly #run: (request: ImportRequest) => Promise<ImportOutcome>;
  #state: ImportQueueState = IDLE;
  readonly #listeners = new Set<() => void>();
  readonly #waiting: Waiting[] = [];

  /** `run` imports one file and answers with its outcome, never throwing. */
  constructor(run: (request: ImportRequest) => Promise<ImportOutcome>) {
    this.#run = run;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => void this.#listeners.delete(listener);
  };

  readonly getState = (): ImportQueueState => this.#state;

  /**
   * Puts the files in line and answers with their outcomes once all of them are through.
   * While a batch runs they join it (its total grows); otherwise they start a new one.
   */
  add(requests: readonly ImportRequest[]): Promise<ImportOutcome[]> {
    if (requests.length === 0) return Promise.resolve([]);
    const outcomes = Promise.all(
      requests.map(
        (request) => new Promise<ImportOutcome>((done) => this.#waiting.push({ request, done })),
      ),
    );
    if (this.#state.busy) {
      this.#set({ total: this.#state.total + requests.length });
    } else {
      this.#set({ ...IDLE, latest: this.#state.latest, busy: true, total: requests.length });
      void this.#drain();
    }
    return outcomes;
  }

  async #drain(): Promise<void> {
    for (let next = this.#waiting.shift(); next; next = this.#waiting.shift()) {
      const { kind, file } = next.request;
      this.#set({
        current: this.#state.current + 1,
        running: { kind, fileName: file.name },
        latest: { ...this.#state.latest, [kind]: null },
      });
      const outcome = await this.#run(next.request);
      this.#set({
        outcomes: [...this.#state.outcomes, outcome],
        latest: { ...this.#state.latest, [kind]: outcome },
      });
      next.done(outcome);
    }
    this.#set({ busy: false, running: null });
  }

  #set(change: Partial<ImportQueueState>): void {
    this.#state = { ...this.#state, ...change };
    for (const listener of [...this.#listeners]) listener();
  }
}
