// The desk's side (tests/wordpress/desk-queue.test.ts): the queue of a site's pending stories, and opening
// one as a local draft linked to its post, so the copy editor's update goes through the
// outbox's conflict check (what this copy last saw of the post). Opening the same post again
// opens the draft already linked to it, never a second copy, brought up to the version the
// site holds now (outbox/site-version.ts): the desk always works on the latest version sent.
// Blocks Midad does not write
// itself arrive as protected blocks (common/wordpress/block-import.ts) and go back as
// their exact bytes; with the midad-bridge plugin the whole document (suggestions, comments)
// comes instead. The story's pictures come with it (review/site-pictures.ts), so the
// desk's editor shows them. Plain Node: the draft library, the sites, fetch and the clock are given.
import type {
  DeskOpened,
  Draft,
  DraftContent,
  DraftSaveResult,
  DraftSummary,
  PictureNotBrought,
  RemotePost,
  Site,
} from '../../../contract/index.ts';
import type { SiteSeenStore } from '../outbox/site-seen.ts';
import { syncWithSite, type SiteSync } from '../outbox/site-version.ts';
import { plainTextFromSite } from '../../../../common/wordpress/plain-field.ts';
import { articleMeta } from '../../../../common/document/article-content.ts';
import { documentOrImport } from '../review/document-or-import.ts';
import {
  bringSitePictures,
  type DraftMediaShelf,
  type SitePicturesWorld,
} from '../review/site-pictures.ts';
import { ServiceError } from '../../service-error.ts';
import type { WordPressClient } from '../wordpress/wordpress-client.ts';
import { deskQueueOf, type DeskQueueItem } from './desk-queue.ts';

export interface DeskWorld extends Pick<SitePicturesWorld, 'fetch' | 'clock'> {
  drafts: DraftMediaShelf & {
    list(): DraftSummary[];
    open(draftId: string): Promise<Draft>;
    create(content: DraftContent): Promise<Draft>;
    replaceContent(draftId: string, content: DraftContent): Promise<DraftSaveResult>;
    setRemote(draftId: string, siteId: string, post: RemotePost | null): Promise<Draft>;
  };
  sites: { list(): Promise<Site[]>; clientFor(site: Site): Promise<WordPressClient> };
  /** What each copy last saw of its post (kept beside the outbox's jobs). */
  seen: SiteSeenStore;
}

export async function deskQueue(world: DeskWorld, siteId: string): Promise<DeskQueueItem[]> {
  const client = await clientOf(world, siteId);
  const posts = await client.listPendingPosts();
  const authors = [...new Set(posts.map((post) => post.author))];
  const [userNames, categories, draftsByPostId] = await Promise.all([
    client.userNames(authors),
    client.listTerms('categories'),
    linkedDrafts(world, siteId),
  ]);
  const categoryNames = new Map(categories.map((term) => [term.id, term.name]));
  return deskQueueOf({
    posts,
    userNames,
    categoryNames,
    draftIdsByPostId: draftIdsOf(draftsByPostId),
  });
}

/**
 * The post as a local draft linked to it: the one already linked, brought up to what the
 * site holds now, or a new one made from the site's copy.
 */
export async function openFromDesk(
  world: DeskWorld,
  siteId: string,
  postId: number,
): Promise<DeskOpened> {
  const existing = (await linkedDrafts(world, siteId)).get(postId);
  const site = await siteOf(world, siteId);
  const client = await world.sites.clientFor(site);
  const post = await client.getPost(postId);
  if (existing !== undefined) {
    const { draft, sync } = await syncWithSite(
      world,
      await world.drafts.open(existing.id),
      site,
      post,
    );
    // Also the pictures a copy opened before they were brought along still lacks.
    const picturesNotBrought = await bringSitePictures(world, draft.id, site, client);
    return {
      ...(await world.drafts.open(draft.id)),
      fromSite: syncResultOf(sync),
      ...notBroughtOf(picturesNotBrought),
    };
  }
  const [categories, userNames] = await Promise.all([
    client.listTerms('categories'),
    client.userNames([post.author]),
  ]);
  const section = categories.find((term) => post.categories.includes(term.id))?.name ?? '';
  const meta = articleMeta({
    headline: plainTextFromSite(post.title.raw ?? ''),
    section,
    byline: userNames.get(post.author) ?? '',
    excerpt: plainTextFromSite(post.excerpt.raw ?? ''),
  });
  // With the midad-bridge plugin the reporter's whole document came along (marks, comments);
  // without it, or for a post written in wp-admin, the text is imported from its markup.
  const { content } = documentOrImport(post, site.reviewBridge, meta);
  const draft = await world.drafts.create(content);
  const now = new Date().toISOString();
  // What this copy saw of the site: the base of its conflict check and of later merges.
  await world.seen.write(siteId, draft.id, post);
  // Sent as of this very draft: nothing unsent yet, and the site's modified time is the one to check.
  await world.drafts.setRemote(draft.id, siteId, {
    siteId,
    postId,
    status: post.status,
    link: post.link,
    authorId: post.author,
    modifiedGmt: post.modified_gmt,
    sentUpdatedAt: draft.updatedAt,
    sentAt: now,
    media: {},
  });
  const picturesNotBrought = await bringSitePictures(world, draft.id, site, client);
  return { ...(await world.drafts.open(draft.id)), ...notBroughtOf(picturesNotBrought) };
}

/** Named only when some picture stayed behind, so an answer without the field means all came. */
export function notBroughtOf(pictures: PictureNotBrought[]): {
  picturesNotBrought?: PictureNotBrought[];
} {
  return pictures.length > 0 ? { picturesNotBrought: pictures } : {};
}

function syncResultOf(sync: SiteSync): DeskOpened['fromSite'] {
  if (sync.outcome !== 'conflict') return { outcome: sync.outcome };
  return { outcome: 'conflict', conflict: { kind: sync.conflict.kind, diff: sync.conflict.diff } };
}

async function siteOf(world: DeskWorld, siteId: string): Promise<Site> {
  const site = (await world.sites.list()).find((candidate) => candidate.id === siteId);
  if (!site) throw new ServiceError('sites.not_found');
  return site;
}

async function clientOf(world: DeskWorld, siteId: string): Promise<WordPressClient> {
  return world.sites.clientFor(await siteOf(world, siteId));
}

/**
 * The local drafts linked to the site's posts, by post id. Summaries do not carry the
 * link, so each draft is opened: a newsroom machine holds tens of drafts, not thousands.
 */
export async function linkedDrafts(
  world: DeskWorld,
  siteId: string,
): Promise<Map<number, DraftSummary>> {
  const linked = new Map<number, DraftSummary>();
  for (const summary of world.drafts.list()) {
    const remote = (await world.drafts.open(summary.id)).remote?.[siteId];
    if (remote) linked.set(remote.postId, summary);
  }
  return linked;
}

export function draftIdsOf(drafts: ReadonlyMap<number, DraftSummary>): Map<number, string> {
  return new Map([...drafts].map(([postId, summary]) => [postId, summary.id]));
}
