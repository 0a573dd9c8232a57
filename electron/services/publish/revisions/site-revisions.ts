// The revisions a WordPress site keeps of a draft's post (tests/wordpress/site-revisions.test.ts), as texts the
// history compares word by word: with each other, or with the draft as it is now. Plain
// Node: the draft library and the sites (with their secret store and fetch) are given.
import type { Draft, Site, SiteRevision, SiteRevisions } from '../../../contract/index.ts';
import { toWordPressBlocks } from '../../../../common/wordpress/block-markup.ts';
import { blockMarkupText } from '../../../../common/wordpress/block-text.ts';
import { ServiceError } from '../../service-error.ts';
import type { WordPressClient } from '../wordpress/wordpress-client.ts';
import { WordPressError } from '../wordpress/wordpress-error.ts';
import type { WordPressRevision } from '../wordpress/wordpress-types.ts';

export interface SiteRevisionsWorld {
  drafts: { open(draftId: string): Promise<Draft> };
  sites: { list(): Promise<Site[]>; clientFor(site: Site): Promise<WordPressClient> };
}

// A create step's content still carries its post marker (post-marker.ts): Midad's
// bookkeeping, not a version anyone wrote. WordPress 6.1 keeps no revision of it; later
// versions save one on insert.
const MARKED_CONTENT = /"midadMarker":"midad[a-z0-9]+"/;

export async function listSiteRevisions(
  world: SiteRevisionsWorld,
  draftId: string,
  siteId: string,
): Promise<SiteRevisions> {
  const draft = await world.drafts.open(draftId);
  const site = (await world.sites.list()).find((each) => each.id === siteId);
  if (!site) throw new ServiceError('sites.not_found');
  const remote = draft.remote?.[siteId];
  if (!remote) throw new ServiceError('publish.not_published');
  const client = await world.sites.clientFor(site);
  const revisions = (await client.listRevisions(remote.postId))
    .filter((revision) => !MARKED_CONTENT.test(revision.content.raw ?? ''))
    .sort((a, b) => b.date_gmt.localeCompare(a.date_gmt) || b.id - a.id);
  const names = await authorNames(client, site, revisions);
  return {
    siteId,
    postId: remote.postId,
    revisions: revisions.map((revision) => siteRevision(revision, names)),
    currentText: blockMarkupText(toWordPressBlocks(draft.body)),
  };
}

function siteRevision(revision: WordPressRevision, names: Map<number, string>): SiteRevision {
  return {
    id: revision.id,
    authorId: revision.author,
    authorName: names.get(revision.author) ?? null,
    savedAt: utcTime(revision.date_gmt),
    text: blockMarkupText(revision.content.raw ?? ''),
  };
}

/** The signed-in account's name is known; the others cost one lookup, and a name is only a nicety. */
async function authorNames(
  client: WordPressClient,
  site: Site,
  revisions: readonly WordPressRevision[],
): Promise<Map<number, string>> {
  const others = [...new Set(revisions.map((revision) => revision.author))].filter(
    (id) => id !== site.account.id && id > 0,
  );
  const names = await client.userNames(others).catch((error: unknown) => {
    // Offline or refused: the ids are shown instead. Only a WordPress failure is forgiven.
    if (error instanceof WordPressError) return new Map<number, string>();
    throw error;
  });
  names.set(site.account.id, site.account.name);
  return names;
}

/** WordPress's `date_gmt` (`2026-12-03T11:40:00`, no zone) as an ISO instant. */
function utcTime(dateGmt: string): string {
  const time = Date.parse(`${dateGmt}Z`);
  if (!Number.isFinite(time)) throw new WordPressError('wordpress.unexpected_answer', 200, null);
  return new Date(time).toISOString();
}
