// The check step of an update: the post is written only over what this copy last saw of
// it, never over somebody else's edit. A change on the site since then is a conflict the
// user settles (keep theirs, or overwrite that very version); our own write whose answer
// was lost is not one.
import type { RemotePost } from '../../../../contract/index.ts';
import { plainTextForSite } from '../../../../../common/wordpress/plain-field.ts';
import type { JobFile } from '../job-file.ts';
import { fingerprintOf } from '../site-seen.ts';
import { changedSinceSeen, siteConflictOf } from '../site-version.ts';
import { checkpoint, enterStep, type JobRun } from './job-run.ts';

/** The conflict to record, or null when the update may go ahead. */
export async function conflictBeforeUpdate(
  run: JobRun,
  remote: RemotePost,
  content: string,
): Promise<NonNullable<JobFile['conflict']> | null> {
  const { job, client, site } = run;
  enterStep(run, 'check');
  const current = await client.getPost(remote.postId);
  const seen = await run.seen.read(job.siteId, job.draftId);
  const changed =
    changedSinceSeen(current, remote, seen) && fingerprintOf(current) !== job.overwrite;
  // Our own write whose answer was lost left exactly what we send: not a conflict.
  const ours =
    current.content.raw === content &&
    current.title.raw === plainTextForSite(job.draft.meta.headline);
  if (changed && !ours) {
    const { remoteModifiedGmt, remoteFingerprint, kind, diff } = siteConflictOf(
      current,
      site,
      remote,
      seen,
      content,
    );
    return { remoteModifiedGmt, remoteFingerprint, kind, diff };
  }
  checkpoint(run, 'check');
  return null;
}
