// A job's steps in order, each skipped when the job's file says it already finished:
// terms, media, the conflict check of an update, the post, the final status. A contributor's
// pictures go between the create and the final update, attached to the post just made.
import type { PictureLeftHere } from '../../../../contract/index.ts';
import { ServiceError } from '../../../service-error.ts';
import type { WordPressPost } from '../../wordpress/wordpress-types.ts';
import type { JobFile } from '../job-file.ts';
import { dateGmtOf, statusFor } from '../post-plan.ts';
import { conflictBeforeUpdate } from './conflict-check.ts';
import { finalizePost, moveWorkflow } from './finalize.ts';
import type { JobRun } from './job-run.ts';
import { JobMedia } from './media.ts';
import { createPost, unpublish, updatePost } from './post.ts';
import { composeContent, documentMeta, postFields, siteBlocksOf } from './post-content.ts';
import { runTermsStep } from './terms.ts';

export type StepsOutcome =
  | { kind: 'done'; post: WordPressPost; picturesLeftHere: PictureLeftHere[] }
  | { kind: 'conflict'; conflict: NonNullable<JobFile['conflict']> };

export async function runSteps(run: JobRun): Promise<StepsOutcome> {
  const { job } = run;
  const draft = await (await run.outbox.drafts()).open(job.draftId);
  let remote = draft.remote?.[job.siteId] ?? null;
  const action = job.options.action;
  const status = statusFor(action);
  const schedule =
    action === 'schedule' && job.options.scheduleAt
      ? { date_gmt: dateGmtOf(job.options.scheduleAt) }
      : {};

  if (action === 'unpublish') {
    if (!remote) throw new ServiceError('publish.not_published');
    return done(run, await unpublish(run, remote), []);
  }

  if (!job.progress.terms) await runTermsStep(run);

  const media = await JobMedia.gather(run, remote);
  // A contributor's pictures name their post: uploaded once it exists (now, or after the create below).
  const parentPostId = job.progress.post?.postId ?? remote?.postId;
  if (media.route.kind === 'before_post') await media.uploadMissing();
  else if (media.route.kind === 'attached_to_post' && parentPostId !== undefined)
    await media.uploadMissing(parentPostId);

  const siteBlocks = await siteBlocksOf(run, remote);
  const first = composeContent(run, media.onSite(), siteBlocks);
  const firstDocument = documentMeta(run, first.media);
  const fields = postFields(run, first.featuredMedia);

  if (remote && !job.progress.post) {
    const conflict = await conflictBeforeUpdate(run, remote, first.content);
    if (conflict) return { kind: 'conflict', conflict };
    const post = await updatePost(
      run,
      remote,
      {
        ...fields,
        content: first.content,
        ...firstDocument,
        ...(status ? { status } : {}),
        ...schedule,
      },
      first.media,
    );
    return done(run, post, media.leftHere);
  }

  if (!job.progress.post)
    remote = await createPost(run, remote, fields, first.content, first.media);

  // A contributor's pictures, attached to the post just made (a retry adopts them by token).
  if (media.route.kind === 'attached_to_post') await media.uploadMissing(job.progress.post!.postId);

  const post = await finalizePost(
    run,
    remote,
    () => {
      const final = composeContent(run, media.onSite(), siteBlocks);
      // The document again, now that a contributor's pictures are on the site with the hashes they went with.
      return { ...final, ...documentMeta(run, final.media) };
    },
    status,
    schedule,
  );
  return done(run, post, media.leftHere);
}

async function done(
  run: JobRun,
  post: WordPressPost,
  picturesLeftHere: PictureLeftHere[],
): Promise<StepsOutcome> {
  run.live.leaveStep(run.job.id);
  await moveWorkflow(run, post);
  return { kind: 'done', post, picturesLeftHere };
}
