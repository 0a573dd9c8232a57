// Where a story stands once the site has answered a job (tests/unit/electron/services/publish/workflow-after-publish.test.ts): the site's
// status carries the newsroom's workflow, and the local copy follows it. Sending to the desk
// from here hands the story over (the copy goes read-only); updating a story someone else
// sent keeps it where it is, so the desk's own copy never locks.
import type { DraftWorkflow, PublishAction } from '../../../contract/index.ts';

export interface PublishedPost {
  siteId: string;
  postId: number;
  /** WordPress's status after the write: draft, pending, publish, future, private. */
  status: string;
}

export function workflowAfterPublish(
  current: DraftWorkflow,
  action: PublishAction,
  post: PublishedPost,
  at: string,
): DraftWorkflow {
  if (post.status === 'publish' || post.status === 'private') return { status: 'published' };
  if (post.status === 'future') return { status: 'scheduled' };
  if (action === 'pending')
    return {
      status: 'sent_to_desk',
      withDesk: { siteId: post.siteId, postId: post.postId, sentAt: at },
    };
  if (action === 'unpublish') return { status: 'draft' };
  return current;
}
