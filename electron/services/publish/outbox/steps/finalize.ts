// The finalize step: the content without its marker, with every picture uploaded, and the
// status asked for; then the draft moves along the workflow as the site answered.
import type { RemotePost } from '../../../../contract/index.ts';
import type { PostFields, WordPressPost } from '../../wordpress/wordpress-types.ts';
import { workflowAfterPublish } from '../workflow-after-publish.ts';
import { enterStep, type JobRun } from './job-run.ts';
import { recordPost } from './post.ts';
import type { PostContent } from './post-content.ts';

export async function finalizePost(
  run: JobRun,
  remote: RemotePost | null,
  /** Composed once the step begins: the pictures are all on the site by then. */
  compose: () => PostContent & Pick<PostFields, 'meta'>,
  status: PostFields['status'] | null,
  schedule: Pick<PostFields, 'date_gmt'>,
): Promise<WordPressPost> {
  const { job } = run;
  enterStep(run, 'finalize');
  const final = compose();
  const post = await run.client.updatePost(job.progress.post!.postId, {
    content: final.content,
    status: status ?? 'draft',
    ...final.featuredMedia,
    ...schedule,
    ...(final.meta ? { meta: final.meta } : {}),
  });
  await run.seen.write(job.siteId, job.draftId, post);
  await recordPost(run, post, remote, final.media, true);
  await run.set({ progress: { ...job.progress, finalized: true } });
  return post;
}

/** The draft's workflow after the post is written, by the site's account. */
export async function moveWorkflow(run: JobRun, post: WordPressPost): Promise<void> {
  const { job } = run;
  // The post is written: a site removed meanwhile only loses the name on the revision.
  const site = (await run.outbox.sites.list()).find((each) => each.id === job.siteId);
  const at = run.outbox.clock.now().toISOString();
  const published = { siteId: job.siteId, postId: post.id, status: post.status };
  await (
    await run.outbox.drafts()
  ).setWorkflow(
    job.draftId,
    (current) => workflowAfterPublish(current, job.options.action, published, at),
    site?.account.name ?? null,
  );
}
