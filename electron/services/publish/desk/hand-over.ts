// The reporter's side of sending a story to the desk (tests/wordpress/send-to-desk.test.ts). The outbox's
// `pending` job hands the story over and the copy here goes read-only; this takes it back
// while it waits untouched at the desk, or learns that the desk has answered (sent it back
// to draft, scheduled or published it) and lets the copy be edited again.
// Plain Node: the draft library and the sites (with their secret store and fetch) are given.
import type {
  DeskAnswer,
  Draft,
  DraftContent,
  DraftWorkflow,
  RemotePost,
  WithDesk,
} from '../../../contract/index.ts';
import { compareWords } from '../../../../common/arabic/word-comparison.ts';
import { siteBlockSources } from '../../../../common/wordpress/block-import.ts';
import { plainTextForSite } from '../../../../common/wordpress/plain-field.ts';
import { toWordPressBlocks } from '../../../../common/wordpress/block-markup.ts';
import { blockMarkupText } from '../../../../common/wordpress/block-text.ts';
import { ServiceError } from '../../service-error.ts';
import type { WordPressPost } from '../wordpress/wordpress-types.ts';
import { documentOrImport } from '../review/document-or-import.ts';
import type { OutboxDrafts, OutboxSites } from '../outbox/outbox-options.ts';
import type { SiteSeenStore } from '../outbox/site-seen.ts';
import {
  bringSitePictures,
  type DraftMediaShelf,
  type SitePicturesWorld,
} from '../review/site-pictures.ts';
import { notBroughtOf } from './desk-open.ts';

export interface HandOverWorld extends Pick<SitePicturesWorld, 'fetch' | 'clock'> {
  drafts: DraftMediaShelf &
    Pick<OutboxDrafts, 'setWorkflow'> & {
      save(draftId: string, content: DraftContent): Promise<unknown>;
    };
  sites: Pick<OutboxSites, 'list' | 'clientFor'>;
  /** What each copy last saw of its post: the desk's answer is the version the reporter's next send goes over. */
  seen: SiteSeenStore;
}

/** Where the story stands once the desk has had it: null while it still waits there. */
export function workflowFromDesk(post: Pick<WordPressPost, 'status'>): DraftWorkflow | null {
  switch (post.status) {
    case 'pending':
      return null;
    case 'publish':
    case 'private':
      return { status: 'published' };
    case 'future':
      return { status: 'scheduled' };
    default:
      // Back to draft (the desk sent it back) or trashed: the copy here is the reporter's again.
      return { status: 'draft' };
  }
}

/**
 * Takes the story back from the desk: only while the post is still pending and nobody
 * has changed it since it was sent (WordPress moves `modified_gmt` on any save, the desk's
 * included). It goes back to draft on the site, and the copy here can be edited again.
 */
export async function takeBackFromDesk(world: HandOverWorld, draftId: string): Promise<Draft> {
  const { draft, withDesk, remote, site, client } = await handedOver(world, draftId);
  const post = await client.getPost(withDesk.postId);
  if (!untouchedSinceSent(post, draft, remote)) throw new ServiceError('desk.already_opened');
  const back = await client.setPostStatus(withDesk.postId, 'draft');
  await world.seen.write(withDesk.siteId, draft.id, back);
  await world.drafts.setRemote(draft.id, withDesk.siteId, {
    ...remote,
    status: back.status,
    link: back.link,
    modifiedGmt: back.modified_gmt,
  });
  await world.drafts.setWorkflow(draft.id, () => ({ status: 'draft' }), site.account.name);
  return world.drafts.open(draft.id);
}

/**
 * Asks the site whether the desk has answered. A story sent back to draft brings the desk's
 * version into the copy here: its whole document (suggestions, comments) when the site's
 * plugin carries one the desk wrote, otherwise its text from the post's markup when that
 * changed. The reporter's text is kept first as the status change's revision. A story the
 * desk published or scheduled keeps the copy's text, and the answer carries the text it
 * went out with against it: never "unchanged" when the desk changed it.
 */
export async function answerFromDesk(world: HandOverWorld, draftId: string): Promise<DeskAnswer> {
  const { draft, withDesk, remote, site, client } = await handedOver(world, draftId);
  const post = await client.getPostAsReader(withDesk.postId);
  const answer = workflowFromDesk(post);
  if (!answer) return { draft, took: null };
  await world.drafts.setRemote(draft.id, withDesk.siteId, {
    ...remote,
    status: post.status,
    link: post.link,
    modifiedGmt: post.modified_gmt,
  });
  // The desk's answer is what this copy has now seen of the site (a reader's view without raw text is skipped).
  await world.seen.write(withDesk.siteId, draft.id, post);
  // The desk made this change on the site; WordPress does not say who in the post. This
  // status change keeps a revision of the reporter's copy before anything replaces it.
  await world.drafts.setWorkflow(draft.id, () => answer, null);
  if (answer.status === 'published' || answer.status === 'scheduled') {
    return {
      draft: await world.drafts.open(draft.id),
      took: null,
      published: publishedAgainst(draft, post, answer.status),
    };
  }
  if (answer.status !== 'draft' || post.content.raw === undefined)
    return { draft: await world.drafts.open(draft.id), took: null };

  const desk = documentOrImport(post, site.reviewBridge, draft.meta);
  // The document the reporter sent comes back unchanged when the desk edited only in wp-admin:
  // it is not the desk's, so the text is compared instead.
  const desksDocument = desk.from === 'document' && (desk.writtenAt ?? '') > withDesk.sentAt;
  const textChanged =
    blockMarkupText(post.content.raw) !==
    blockMarkupText(
      toWordPressBlocks(draft.body, { siteBlocks: siteBlockSources(post.content.raw) }),
    );
  let took: DeskAnswer['took'] = null;
  if (desksDocument) {
    await world.drafts.save(draft.id, desk.content);
    took = 'document';
  } else if (textChanged) {
    const imported = desk.from === 'markup' ? desk : documentOrImport(post, null, draft.meta);
    await world.drafts.save(draft.id, imported.content);
    took = 'markup';
  }
  // The desk may have added pictures: their files come from the site too.
  const picturesNotBrought =
    took === null ? [] : await bringSitePictures(world, draft.id, site, client);
  const result: DeskAnswer = {
    draft: await world.drafts.open(draft.id),
    took,
    ...notBroughtOf(picturesNotBrought),
  };
  return desk.notice ? { ...result, notice: desk.notice } : result;
}

/**
 * The text the story went out with against the copy here. A contributor may no longer
 * read a published post's markup, so its rendered text is read the same way then.
 */
function publishedAgainst(
  draft: Draft,
  post: WordPressPost,
  status: 'published' | 'scheduled',
): NonNullable<DeskAnswer['published']> {
  const published = blockMarkupText(post.content.raw ?? post.content.rendered ?? '');
  const mine = blockMarkupText(
    toWordPressBlocks(draft.body, { siteBlocks: siteBlockSources(post.content.raw) }),
  );
  const diff = compareWords(mine, published);
  return { status, differs: diff.pieces.some((piece) => piece.type !== 'equal'), diff };
}

/**
 * Still exactly as sent. `modified_gmt` has whole seconds, so an edit made within the
 * second of sending keeps it: the headline and the text are compared as well.
 */
function untouchedSinceSent(post: WordPressPost, draft: Draft, remote: RemotePost): boolean {
  return (
    post.status === 'pending' &&
    post.modified_gmt === remote.modifiedGmt &&
    post.title.raw === plainTextForSite(draft.meta.headline) &&
    blockMarkupText(post.content.raw ?? '') ===
      blockMarkupText(
        toWordPressBlocks(draft.body, { siteBlocks: siteBlockSources(post.content.raw) }),
      )
  );
}

async function handedOver(world: HandOverWorld, draftId: string) {
  const draft = await world.drafts.open(draftId);
  const withDesk: WithDesk | undefined = draft.workflow.withDesk;
  const remote = withDesk ? draft.remote?.[withDesk.siteId] : undefined;
  if (!withDesk || !remote || remote.postId !== withDesk.postId)
    throw new ServiceError('desk.not_with_desk');
  const site = (await world.sites.list()).find((each) => each.id === withDesk.siteId);
  if (!site) throw new ServiceError('sites.not_found');
  return { draft, withDesk, remote, site, client: await world.sites.clientFor(site) };
}
