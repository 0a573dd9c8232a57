// The post step: the one write that makes or changes the post. A create carries the
// job's marker and is recorded as started before it goes, so a retry first looks for the
// post by marker and adopts it (a draft is one post per site); an update and an
// unpublish go to the post this copy knows.
import type { RemotePost } from '../../../../contract/index.ts';
import { markContent } from '../../wordpress/post-marker.ts';
import type { PostFields, WordPressPost } from '../../wordpress/wordpress-types.ts';
import { checkpoint, enterStep, type JobRun } from './job-run.ts';

export async function unpublish(run: JobRun, remote: RemotePost): Promise<WordPressPost> {
  enterStep(run, 'post');
  const post = await run.client.setPostStatus(remote.postId, 'draft');
  await recordPost(run, post, remote, remote.media, false);
  return post;
}

/** The update of a post the check step found unchanged on the site (or agreed to overwrite). */
export async function updatePost(
  run: JobRun,
  remote: RemotePost,
  change: Partial<PostFields> & { content: string },
  media: RemotePost['media'],
): Promise<WordPressPost> {
  enterStep(run, 'post');
  const post = await run.client.updatePost(remote.postId, change);
  await run.seen.write(run.job.siteId, run.job.draftId, post);
  await recordPost(run, post, remote, media, true);
  return post;
}

/** The create, as a draft with the marker in its content; what an earlier attempt made is adopted. */
export async function createPost(
  run: JobRun,
  remote: RemotePost | null,
  fields: PostFields,
  content: string,
  media: RemotePost['media'],
): Promise<RemotePost> {
  const { job, client, site } = run;
  enterStep(run, 'post');
  const marker = job.marker!;
  let post: WordPressPost | undefined;
  if (job.progress.createStarted)
    post = (await client.findPostsByMarker(marker, { authorId: site.account.id }))[0];
  if (!post) {
    await run.set({ progress: { ...job.progress, createStarted: true } });
    post = await client.createPost({
      ...fields,
      content: markContent(content, marker),
      status: 'draft',
    });
  }
  const recorded = await recordPost(run, post, remote, media, false);
  checkpoint(run, 'post');
  return recorded;
}

/**
 * Records the post on disk (job, then draft) after a write Midad made. `sent` says the
 * job's text is now on the site (not yet so after a create, whose marker is still in it).
 */
export async function recordPost(
  run: Pick<JobRun, 'job' | 'outbox' | 'set'>,
  post: WordPressPost,
  remote: RemotePost | null,
  media: RemotePost['media'],
  sent: boolean,
): Promise<RemotePost> {
  const { job } = run;
  const now = run.outbox.clock.now().toISOString();
  await run.set({
    progress: {
      ...job.progress,
      post: {
        postId: post.id,
        link: post.link,
        status: post.status,
        modifiedGmt: post.modified_gmt,
      },
    },
  });
  const next: RemotePost = {
    siteId: job.siteId,
    postId: post.id,
    status: post.status,
    link: post.link,
    authorId: post.author,
    modifiedGmt: post.modified_gmt,
    sentUpdatedAt: sent ? job.draft.updatedAt : (remote?.sentUpdatedAt ?? job.draft.updatedAt),
    sentAt: sent ? now : (remote?.sentAt ?? now),
    media: { ...remote?.media, ...media },
  };
  await (await run.outbox.drafts()).setRemote(job.draftId, job.siteId, next);
  return next;
}
