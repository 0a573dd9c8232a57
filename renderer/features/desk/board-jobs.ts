// What the desk chief's board says about the jobs it starts (publish now, send back) and
// the jobs of the stories it shows. Pure, so the rule "sent back only once the job is done"
// is tested.
import type { ErrorCode, PublishJob } from '../../../electron/contract/index.ts';

export type BoardJobKind = 'publish' | 'send-back';

/** A key under desk.board.job, or the failure to put in words. */
export type BoardJobMessage =
  | { key: 'publishing' | 'sendingBack' | 'published' | 'sentBack' | 'conflict' | 'cancelled' }
  | { key: 'failed'; error: { code: ErrorCode } };

export function boardJobMessage(kind: BoardJobKind, job: PublishJob): BoardJobMessage {
  switch (job.state.state) {
    case 'queued':
    case 'running':
    case 'waiting_offline':
      return { key: kind === 'send-back' ? 'sendingBack' : 'publishing' };
    case 'done':
      return { key: kind === 'send-back' ? 'sentBack' : 'published' };
    case 'conflict':
      return { key: 'conflict' };
    case 'cancelled':
      return { key: 'cancelled' };
    case 'failed':
      return { key: 'failed', error: { code: job.state.code } };
  }
}

/** The newest job of a draft on a site: what the story's card tells about. */
export function latestJobOf(
  jobs: readonly PublishJob[],
  draftId: string,
  siteId: string,
): PublishJob | undefined {
  return jobs
    .filter((job) => job.draftId === draftId && job.siteId === siteId)
    .reduce<PublishJob | undefined>(
      (newest, job) => (newest === undefined || job.createdAt > newest.createdAt ? job : newest),
      undefined,
    );
}
