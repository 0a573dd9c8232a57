// The site's version of a linked draft's post, against what this copy last saw of it: the
// conflict an update stops at (named a resubmission when the reporter sent the story
// again), taking the site's version into the local draft, and bringing a newer version in
// when the desk opens the story again (merged by paragraph with unsent local work).
import type {
  Draft,
  DraftContent,
  DraftSaveResult,
  RemotePost,
  Site,
  SiteChangeKind,
} from '../../../contract/index.ts';
import { compareWords } from '../../../../common/arabic/word-comparison.ts';
import { siteBlockSources } from '../../../../common/wordpress/block-import.ts';
import { plainTextForSite } from '../../../../common/wordpress/plain-field.ts';
import { toWordPressBlocks } from '../../../../common/wordpress/block-markup.ts';
import { blockMarkupText } from '../../../../common/wordpress/block-text.ts';
import type { ArticleImage } from '../../../../common/wordpress/image-block.ts';
import { mergeContent } from '../review/content-merge.ts';
import { DOCUMENT_META_KEY, documentOfPost } from '../review/document-envelope.ts';
import { documentOrImport, type PostAsContent } from '../review/document-or-import.ts';
import type { WordPressPost } from '../wordpress/wordpress-types.ts';
import { fingerprintOf, holdsWhatWasSeen, type SiteSeen, type SiteSeenStore } from './site-seen.ts';

export interface SiteConflict {
  remoteModifiedGmt: string;
  /** The post as it stood: an overwrite the user agrees to covers this version and no later one. */
  remoteFingerprint: string;
  kind: SiteChangeKind;
  /** The site's text against what this copy last saw (delete = gone there, insert = added there). */
  diff: {
    pieces: { type: 'equal' | 'insert' | 'delete'; text: string }[];
    wordsInserted: number;
    wordsDeleted: number;
  };
}

export interface SiteVersionWorld {
  drafts: {
    open(draftId: string): Promise<Draft>;
    replaceContent(draftId: string, content: DraftContent): Promise<DraftSaveResult>;
    setRemote(draftId: string, siteId: string, post: RemotePost | null): Promise<Draft>;
  };
  seen: SiteSeenStore;
}

/** Whether the site changed the post since this copy last saw it (time, text, headline, document). */
export function changedSinceSeen(
  post: WordPressPost,
  remote: RemotePost,
  seen: SiteSeen | null,
): boolean {
  return (
    post.modified_gmt !== remote.modifiedGmt || (seen !== null && !holdsWhatWasSeen(post, seen))
  );
}

/**
 * The reporter's new version, not an unknown edit: a post waiting at the desk again (this
 * copy last saw it elsewhere) written by another account, or carrying a Midad document
 * written after this copy last sent. An edit in wp-admin to a post that stayed pending is
 * neither: it rewrites no document and the post never left the queue.
 */
export function changeKindOf(post: WordPressPost, site: Site, remote: RemotePost): SiteChangeKind {
  if (post.status !== 'pending') return 'edited';
  const document = documentOfPost(post);
  const writtenLater = document.ok && document.envelope.writtenAt > remote.sentAt;
  const backInQueue = remote.status !== 'pending' && post.author !== site.account.id;
  return backInQueue || writtenLater ? 'resubmitted' : 'edited';
}

/** The conflict to show: the site's text against what this copy last saw, or else against `ours` (never against nothing). */
export function siteConflictOf(
  post: WordPressPost,
  site: Site,
  remote: RemotePost,
  seen: SiteSeen | null,
  ours: string,
): SiteConflict {
  const base = seen?.content ?? ours;
  const { pieces, wordsInserted, wordsDeleted } = compareWords(
    blockMarkupText(base),
    blockMarkupText(post.content.raw ?? ''),
  );
  return {
    remoteModifiedGmt: post.modified_gmt,
    remoteFingerprint: fingerprintOf(post),
    kind: changeKindOf(post, site, remote),
    diff: { pieces, wordsInserted, wordsDeleted },
  };
}

/**
 * The post as a draft's content: its document with the plugin, its markup without. A post
 * edited outside Midad after the document was written (wp-admin, the REST API) no longer
 * says what its document says: its text is imported then, the document's notes kept.
 */
export function siteContentOf(post: WordPressPost, site: Site, meta: Draft['meta']): PostAsContent {
  const version = documentOrImport(post, site.reviewBridge, meta);
  if (version.from !== 'document' || post.content.raw === undefined) return version;
  const siteBlocks = siteBlockSources(post.content.raw);
  if (
    blockMarkupText(
      toWordPressBlocks(version.content.body, { resolveImage: withAnyAddress, siteBlocks }),
    ) === blockMarkupText(post.content.raw)
  )
    return version;
  const imported = documentOrImport(post, null, version.content.meta);
  return { content: { ...imported.content, review: version.content.review }, from: 'markup' };
}

/**
 * The document's pictures written as the post holds them (an address, so the block and its
 * caption are written): which address does not matter, only the words are compared.
 */
const withAnyAddress = (image: ArticleImage): ArticleImage => ({
  ...image,
  src: image.src.startsWith('http') ? image.src : 'https://picture.invalid/',
});

/** The site's version becomes the local draft (siteContentOf); the replaced text is kept as a revision. */
export async function takeSiteVersion(
  world: SiteVersionWorld,
  draft: Draft,
  site: Site,
  post: WordPressPost,
): Promise<Draft> {
  const remote = draft.remote?.[site.id];
  const { content } = siteContentOf(post, site, draft.meta);
  const saved = await world.drafts.replaceContent(draft.id, content);
  await world.seen.write(site.id, draft.id, post);
  if (!remote) return world.drafts.open(draft.id);
  // Nothing unsent any more: the local copy is what the site holds.
  return world.drafts.setRemote(draft.id, site.id, {
    ...remote,
    status: post.status,
    link: post.link,
    modifiedGmt: post.modified_gmt,
    sentUpdatedAt: saved.updatedAt,
  });
}

export type SiteSync =
  | { outcome: 'unchanged' | 'took_site' | 'merged' }
  | { outcome: 'conflict'; conflict: SiteConflict };

/**
 * Brings the site's newer version into a linked draft. Without unsent local work the site's
 * version simply becomes the copy; with it, a change to other paragraphs merges, and a
 * change to the same ones is a conflict left for the user (the local copy stays untouched,
 * and its next update stops at the same conflict with the word diff).
 */
export async function syncWithSite(
  world: SiteVersionWorld,
  draft: Draft,
  site: Site,
  post: WordPressPost,
): Promise<{ draft: Draft; sync: SiteSync }> {
  const remote = draft.remote?.[site.id];
  if (!remote || post.content.raw === undefined) return { draft, sync: { outcome: 'unchanged' } };
  const seen = await world.seen.read(site.id, draft.id);
  if (!changedSinceSeen(post, remote, seen)) return { draft, sync: { outcome: 'unchanged' } };
  if (seen !== null && holdsWhatWasSeen(post, seen)) {
    // Only the time moved (a status change): nothing to bring in.
    const moved = await world.drafts.setRemote(draft.id, site.id, {
      ...remote,
      status: post.status,
      link: post.link,
      modifiedGmt: post.modified_gmt,
    });
    return { draft: moved, sync: { outcome: 'unchanged' } };
  }
  if (draft.updatedAt === remote.sentUpdatedAt)
    return {
      draft: await takeSiteVersion(world, draft, site, post),
      sync: { outcome: 'took_site' },
    };

  const conflict = (): { draft: Draft; sync: SiteSync } => ({
    draft,
    sync: {
      outcome: 'conflict',
      conflict: siteConflictOf(post, site, remote, seen, toWordPressBlocks(draft.body)),
    },
  });
  if (seen === null) return conflict();
  const theirs = siteContentOf(post, site, draft.meta);
  const base = baseOf(seen, site, draft);
  const keys = theirs.from === 'document' && base.from === 'document' ? 'json' : 'text';
  const merged = mergeContent(
    base.content,
    { meta: draft.meta, body: draft.body, review: draft.review },
    theirs.content,
    keys,
  );
  if (!merged.ok) return conflict();
  await world.drafts.replaceContent(draft.id, merged.content);
  await world.seen.write(site.id, draft.id, post);
  // The merge is local work not yet sent: `sentUpdatedAt` stays behind the draft's time.
  const next = await world.drafts.setRemote(draft.id, site.id, {
    ...remote,
    status: post.status,
    link: post.link,
    modifiedGmt: post.modified_gmt,
  });
  return { draft: next, sync: { outcome: 'merged' } };
}

/** What this copy last saw, as a draft's content: the document it held, or its markup imported. */
function baseOf(seen: SiteSeen, site: Site, draft: Draft) {
  const asPost = {
    content: { raw: seen.content },
    title: { raw: seen.title ?? plainTextForSite(draft.meta.headline) },
    excerpt: { raw: draft.meta.excerpt },
    meta: seen.document ? { [DOCUMENT_META_KEY]: seen.document } : {},
  } as unknown as WordPressPost;
  return documentOrImport(asPost, site.reviewBridge, draft.meta);
}
