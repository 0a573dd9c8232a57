// A publish job as the queue shows it: what it is doing, how far along, and which buttons
// it offers. Pure, so the rules (what may be retried, cancelled, suggested) are tested.
import { postLinkToOpen } from '../../../common/wordpress/post-link.ts';
import type {
  PictureNotBrought,
  PublishAction,
  PublishJob,
  PublishStep,
  RevisionComparison,
  SiteChangeKind,
} from '../../../electron/contract/index.ts';

type FileState = 'pending' | 'uploading' | 'done' | 'reused';

export interface JobFileView {
  hash: string;
  fileName: string;
  state: FileState;
  /** 0..1, or null while uploading (the host does not count bytes within a file). */
  progress: number | null;
}

export type JobView =
  | { kind: 'queued' }
  | { kind: 'waiting_offline'; code: string; nextAttemptAt: string; attempts: number }
  | { kind: 'running'; step: PublishStep; overall: number; files: JobFileView[] }
  /** `link` is where to open the post: its preview while it is not live (common/wordpress/post-link.ts). */
  | {
      kind: 'done';
      link: string;
      preview: boolean;
      status: string;
      picturesLeftHere: { hash: string; fileName: string }[];
      picturesNotBrought: PictureNotBrought[];
    }
  | { kind: 'failed'; code: string; suggestion: PublishAction | null; asNew: PublishAction | null }
  | {
      kind: 'conflict';
      change: SiteChangeKind;
      diff: RevisionComparison;
      theirs: string;
      ours: string;
    }
  | { kind: 'cancelled' };

export interface JobButtons {
  cancel: boolean;
  retry: boolean;
}

const ACTIVE = new Set<PublishJob['state']['state']>(['queued', 'running', 'waiting_offline']);

export function isActiveJob(job: PublishJob): boolean {
  return ACTIVE.has(job.state.state);
}

/**
 * The list with a job as the host just told it: put in its place, newest first. A message
 * older than the one shown (a late answer after an event) leaves the newer one.
 */
export function withJob(jobs: readonly PublishJob[], job: PublishJob): PublishJob[] {
  const shown = jobs.find((each) => each.id === job.id);
  if (shown && shown.updatedAt > job.updatedAt) return [...jobs];
  return [job, ...jobs.filter((each) => each.id !== job.id)].sort((a, b) =>
    b.createdAt.localeCompare(a.createdAt),
  );
}

export function jobView(job: PublishJob): JobView {
  const state = job.state;
  switch (state.state) {
    case 'queued':
    case 'cancelled':
      return { kind: state.state };
    case 'waiting_offline':
      return {
        kind: 'waiting_offline',
        code: state.code,
        nextAttemptAt: state.nextAttemptAt,
        attempts: state.attempts,
      };
    case 'running':
      return {
        kind: 'running',
        step: state.step,
        overall: state.overall,
        files: state.files.map((file) => ({
          hash: file.hash,
          fileName: file.fileName,
          state: file.state,
          progress: file.state === 'uploading' ? null : file.state === 'pending' ? 0 : 1,
        })),
      };
    case 'done': {
      const { href, preview } = postLinkToOpen(state.link, state.status);
      return {
        kind: 'done',
        link: href,
        preview,
        status: state.status,
        picturesLeftHere: state.picturesLeftHere ?? [],
        picturesNotBrought: state.picturesNotBrought ?? [],
      };
    }
    case 'failed':
      return {
        kind: 'failed',
        code: state.code,
        suggestion: state.suggestion,
        // A post deleted on the site: the same intent, as a new post.
        asNew: state.canPublishAsNew
          ? job.action === 'update' || job.action === 'unpublish'
            ? 'publish'
            : job.action
          : null,
      };
    case 'conflict':
      return {
        kind: 'conflict',
        change: state.kind ?? 'edited',
        diff: state.diff,
        ...sidesOf(state.diff.pieces),
      };
  }
}

export function jobButtons(job: PublishJob): JobButtons {
  const kind = job.state.state;
  return { cancel: ACTIVE.has(kind), retry: kind === 'failed' || kind === 'cancelled' };
}

/** The two texts behind a word diff: deletions are gone on the site (ours), insertions were added there (theirs). */
export function sidesOf(pieces: RevisionComparison['pieces']): { theirs: string; ours: string } {
  let theirs = '';
  let ours = '';
  for (const piece of pieces) {
    if (piece.type !== 'insert') ours += piece.text;
    if (piece.type !== 'delete') theirs += piece.text;
  }
  return { theirs, ours };
}

/** Only an http(s) link becomes a link; anything else from the site stays text. */
export function safeLink(link: string): string | null {
  try {
    const url = new URL(link);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
