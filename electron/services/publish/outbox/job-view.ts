// A job as the screens see it (the contract's PublishJob): its state from disk, and while it
// runs, what lives only in memory — the step in progress, the files being uploaded, the
// pictures this attempt leaves on this machine, each file's name and size.
import type { PublishAction, PublishJob, PublishStep } from '../../../contract/index.ts';
import type { FileSystem } from '../../files/file-system.ts';
import type { JobFile } from './job-file.ts';
import type { DraftMediaFile } from './outbox-options.ts';
import { imagesOf } from './post-plan.ts';

type RunningState = Extract<PublishJob['state'], { state: 'running' }>;

const STEP_ORDER: PublishStep[] = ['terms', 'media', 'check', 'post', 'finalize'];

/** What the outbox knows of its running jobs beyond their files on disk. */
export class LiveProgress {
  readonly #step = new Map<string, PublishStep>();
  /** Per job: the files being uploaded right now. */
  readonly #uploading = new Map<string, Set<string>>();
  /** Per job: the pictures this attempt leaves on this machine (not shown as pending uploads). */
  readonly #leftHere = new Map<string, Set<string>>();
  readonly #fileNames = new Map<string, string>();
  readonly #fileSizes = new Map<string, number>();

  enterStep(jobId: string, step: PublishStep): void {
    this.#step.set(jobId, step);
  }

  leaveStep(jobId: string): void {
    this.#step.delete(jobId);
  }

  /** A fresh set of the job's uploads in flight, shown until `endUploads`. */
  startUploads(jobId: string): Set<string> {
    const uploading = new Set<string>();
    this.#uploading.set(jobId, uploading);
    return uploading;
  }

  endUploads(jobId: string): void {
    this.#uploading.delete(jobId);
  }

  /** The job stopped running, however it ended. */
  forget(jobId: string): void {
    this.leaveStep(jobId);
    this.endUploads(jobId);
  }

  setLeftHere(jobId: string, hashes: Iterable<string>): void {
    this.#leftHere.set(jobId, new Set(hashes));
  }

  /** Each file's size in bytes, by hash (a file that cannot be read counts 0: its upload says so). */
  async measure(files: DraftMediaFile[], fs: FileSystem): Promise<Map<string, number>> {
    for (const file of files) {
      this.#fileNames.set(file.hash, file.fileName);
      if (!this.#fileSizes.has(file.hash))
        this.#fileSizes.set(file.hash, (await fs.stat(file.path).catch(() => ({ size: 0 }))).size);
    }
    return new Map(files.map((file) => [file.hash, this.#fileSizes.get(file.hash) ?? 0]));
  }

  view(job: JobFile): PublishJob {
    return jobView(job, this);
  }

  running(job: JobFile): RunningState {
    const step = this.#step.get(job.id) ?? 'terms';
    const uploading = this.#uploading.get(job.id) ?? new Set<string>();
    const leftHere = this.#leftHere.get(job.id) ?? new Set<string>();
    const hashes = imagesOf(job.draft.body)
      .map((image) => image.hash)
      .filter((hash) => !leftHere.has(hash));
    const files = hashes.map((hash) => {
      const entry = job.progress.media[hash];
      const state =
        entry && 'mediaId' in entry
          ? ('done' as const)
          : uploading.has(hash)
            ? ('uploading' as const)
            : ('pending' as const);
      return {
        hash,
        fileName: this.#fileNames.get(hash) ?? hash.slice(0, 12),
        bytes: this.#fileSizes.get(hash) ?? 0,
        state,
      };
    });
    return { state: 'running', step, files, overall: overallShare(step, files) };
  }
}

/** How far the whole job is, 0 to 1: the uploads are most of it. */
export function overallShare(step: PublishStep, files: { state: string }[]): number {
  const mediaShare =
    files.length === 0 ? 0 : files.filter((file) => file.state === 'done').length / files.length;
  const stepIndex = STEP_ORDER.indexOf(step);
  const overall =
    step === 'media'
      ? 0.1 + 0.7 * mediaShare
      : Math.min(1, stepIndex < 1 ? 0.05 : 0.8 + 0.1 * (stepIndex - 2));
  return Math.max(0, Math.min(1, overall));
}

export function jobView(job: JobFile, live: LiveProgress): PublishJob {
  return {
    id: job.id,
    draftId: job.draftId,
    siteId: job.siteId,
    action: job.options.action as PublishAction,
    headline: job.draft.meta.headline,
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
    state: jobState(job, live),
  };
}

function jobState(job: JobFile, live: LiveProgress): PublishJob['state'] {
  switch (job.state) {
    case 'queued':
      return { state: 'queued' };
    case 'cancelled':
      return { state: 'cancelled' };
    case 'waiting_offline':
      return {
        state: 'waiting_offline',
        code: job.error?.code ?? 'wordpress.unreachable',
        attempts: job.attempts,
        nextAttemptAt: job.nextAttemptAt ?? job.updatedAt,
      };
    case 'failed':
      return {
        state: 'failed',
        code: job.error?.code ?? 'host.internal',
        suggestion: job.error?.suggestion ?? null,
        canPublishAsNew: job.error?.canPublishAsNew ?? false,
      };
    case 'conflict': {
      const { remoteModifiedGmt, diff, kind } = job.conflict!;
      return { state: 'conflict', remoteModifiedGmt, diff, ...(kind ? { kind } : {}) };
    }
    case 'done':
      return { state: 'done', ...job.result! };
    case 'running':
      return live.running(job);
  }
}
