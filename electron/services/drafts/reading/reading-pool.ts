// The worker threads a first start reads its drafts on (reading-worker.ts), started with the
// reading and ended with it. A batch a worker cannot read (the worker did not start, or
// died) comes back as null, and the host reads those drafts itself: none is ever lost or
// skipped for want of a thread.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { WeighedDraftsReader } from '../search/weighed-drafts.ts';
import type { ReadDrafts, ReadReply, ReadRequest } from './draft-reading.ts';

/** More workers than cores only take turns; past a few, the host's own share (filing what they send) is what limits. */
const MAX_READING_WORKERS = 4;

interface ReadingThread {
  thread: Worker;
  /** Batches sent and not answered yet, by number. */
  waiting: Map<number, (read: ReadDrafts | null) => void>;
  /** The worker's terms, as its replies bring them. */
  terms: WeighedDraftsReader;
}

export class ReadingPool {
  readonly #threads: ReadingThread[] = [];
  readonly #onFailed: (error: unknown) => void;
  #nextBatch = 1;
  #closed = false;

  /** Starts the workers now: they load while the host stats the files and reads the newest drafts. */
  constructor(
    workerFile: string,
    onFailed: (error: unknown) => void,
    size = Math.min(MAX_READING_WORKERS, os.availableParallelism()),
  ) {
    this.#onFailed = onFailed;
    for (let count = 0; count < Math.max(1, size); count += 1) this.#start(workerFile);
  }

  /** Workers reading now. */
  get size(): number {
    return this.#threads.length;
  }

  /** The drafts read on the least busy worker; null when no worker can read them. */
  read(drafts: ReadRequest['drafts']): Promise<ReadDrafts | null> {
    const reading = this.#threads.reduce<ReadingThread | undefined>(
      (least, each) => (!least || each.waiting.size < least.waiting.size ? each : least),
      undefined,
    );
    if (!reading || this.#closed) return Promise.resolve(null);
    const request: ReadRequest = { batch: this.#nextBatch++, drafts };
    return new Promise((resolve) => {
      reading.waiting.set(request.batch, resolve);
      reading.thread.postMessage(request);
    });
  }

  /** Ends the workers; batches not answered yet come back as null. */
  async close(): Promise<void> {
    this.#closed = true;
    const threads = this.#threads.splice(0);
    for (const { waiting } of threads) for (const resolve of waiting.values()) resolve(null);
    await Promise.all(threads.map(({ thread }) => thread.terminate()));
  }

  #start(workerFile: string): void {
    let thread: Worker;
    try {
      thread = new Worker(workerFile);
    } catch (error) {
      this.#onFailed(error);
      return;
    }
    const reading: ReadingThread = { thread, waiting: new Map(), terms: new WeighedDraftsReader() };
    this.#threads.push(reading);
    // Never what keeps the process alive: what is not read yet is read at the next start.
    thread.unref();
    thread.on('message', (reply: ReadReply) => {
      // Every reply, in order: a later one may use the terms this one brings.
      const weighed = reading.terms.receive(reply.weighed);
      const resolve = reading.waiting.get(reply.batch);
      reading.waiting.delete(reply.batch);
      resolve?.({ drafts: reply.drafts, weighed });
    });
    // Told once (a worker that fails to start reports 'error' and then 'exit'); its batches go back to the host.
    const failed = (error: unknown) => {
      const at = this.#threads.indexOf(reading);
      if (at < 0) return;
      this.#threads.splice(at, 1);
      for (const resolve of reading.waiting.values()) resolve(null);
      reading.waiting.clear();
      this.#onFailed(error);
    };
    thread.on('error', failed);
    thread.on('exit', (code) => failed(new Error(`reading worker exited with ${code}`)));
  }
}
