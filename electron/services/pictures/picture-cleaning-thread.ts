// Where pictures are cleaned: on a worker thread when the host gives the worker's file (the
// built app and browser mode do), so the Electron window and browser mode's server go on
// answering while a photo is decoded; on the calling thread otherwise (tests), or if the
// worker cannot start or dies (a picture is never sent uncleaned for want of a thread).
import { Worker } from 'node:worker_threads';
import type { ErrorCode } from '../../contract/index.ts';
import { ServiceError } from '../service-error.ts';
import type { PictureBytes, PictureRules } from './picture-cleaner.ts';
import { sha256Hex } from '../drafts/media/media-store.ts';

export interface PictureCleaner {
  clean(picture: PictureBytes, rules?: PictureRules): Promise<PictureBytes>;
  close(): Promise<void>;
}

export interface CleanRequest {
  id: number;
  picture: PictureBytes;
  rules: PictureRules | undefined;
}

export type CleanReply =
  { id: number; ok: true; picture: PictureBytes } | { id: number; ok: false; code: ErrorCode };

/** The codecs load at the first picture, not with the host: most starts send none. */
export const inThreadCleaner: PictureCleaner = {
  clean: async (picture, rules) =>
    (await import('./picture-cleaner.ts')).cleanPicture(picture, rules),
  close: async () => undefined,
};

/**
 * A stored picture's bytes cleaned, and whether cleaning changed them (then it is another
 * file, with another hash): what the outbox sends instead of the file itself.
 */
export async function cleanPictureBytes(
  original: Uint8Array,
  mimeType: string,
  rules?: PictureRules,
  cleaner: PictureCleaner = inThreadCleaner,
): Promise<{ bytes: Uint8Array; changed: boolean }> {
  const originalHash = sha256Hex(original);
  const { bytes } = await cleaner.clean({ bytes: original, mimeType }, rules);
  return { bytes, changed: sha256Hex(bytes) !== originalHash };
}

interface Pending {
  resolve(picture: PictureBytes): void;
  reject(error: unknown): void;
  /** The caller's own copy, for cleaning here if the worker dies (the worker's copy was handed over). */
  picture: PictureBytes;
  rules: PictureRules | undefined;
}

/** How long an idle worker is kept: a decoded photo leaves hundreds of MB in its heap, given back when it goes. */
const IDLE_WORKER_MS = 30_000;

/**
 * One worker, started at the first picture, kept while pictures come (unref'd: it never keeps
 * the process alive) and stopped when idle; the next picture starts another.
 */
export function workerCleaner(
  workerFile: string,
  onWorkerFailed?: (error: unknown) => void,
  idleMs = IDLE_WORKER_MS,
): PictureCleaner {
  let worker: Worker | null = null;
  let idleTimer: NodeJS.Timeout | undefined;
  let broken = false;
  let closed = false;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  // Told once: a worker that fails to start reports 'error' and then 'exit'.
  const fallBack = (error: unknown) => {
    if (closed || broken) return;
    broken = true;
    worker = null;
    onWorkerFailed?.(error);
    // The worker's pictures are cleaned here instead, one by one.
    for (const [id, each] of pending) {
      pending.delete(id);
      inThreadCleaner.clean(each.picture, each.rules).then(each.resolve, each.reject);
    }
  };

  const started = (): Worker | null => {
    if (broken || closed) return null;
    if (worker) return worker;
    let thread: Worker;
    try {
      thread = new Worker(workerFile);
    } catch (error) {
      fallBack(error);
      return null;
    }
    worker = thread;
    thread.unref();
    thread.on('message', (reply: CleanReply) => {
      const each = pending.get(reply.id);
      if (!each) return;
      pending.delete(reply.id);
      if (reply.ok) each.resolve(reply.picture);
      else each.reject(new ServiceError(reply.code));
      if (pending.size === 0) idleTimer = setTimeout(retire, idleMs).unref();
    });
    // Only the current worker's end matters: one retired when idle, or closed, was meant to go.
    thread.on('error', (error) => {
      if (thread === worker) fallBack(error);
    });
    thread.on('exit', (code) => {
      if (thread === worker) fallBack(new Error(`picture worker exited with ${code}`));
    });
    return thread;
  };

  const retire = () => {
    const retiring = worker;
    worker = null;
    void retiring?.terminate();
  };

  return {
    clean: (picture, rules) => {
      clearTimeout(idleTimer);
      const thread = started();
      if (!thread) return inThreadCleaner.clean(picture, rules);
      // A copy the worker may own: a Buffer from readFile can share its memory with others.
      const request: CleanRequest = {
        id: nextId++,
        picture: { ...picture, bytes: new Uint8Array(picture.bytes) },
        rules,
      };
      return new Promise<PictureBytes>((resolve, reject) => {
        pending.set(request.id, { resolve, reject, picture, rules });
        thread.postMessage(request, [request.picture.bytes.buffer as ArrayBuffer]);
      });
    },
    close: async () => {
      closed = true;
      clearTimeout(idleTimer);
      const closing = worker;
      worker = null;
      await closing?.terminate();
    },
  };
}
