// Where the open draft stands in the newsroom: the site it belongs to, this user's role
// there, whether the story is someone else's (opened from the desk), and the name the
// review notes are signed with. The stage menu, suggesting mode's default and the review
// panels read it.
import {
  ROLES_BY_REACH,
  newsroomRole,
  type NewsroomRole,
  type RoleMapping,
} from '../../../common/newsroom/roles.ts';
import type { Draft, Settings, Site } from '../../../electron/contract/index.ts';

export interface DraftNewsroom {
  /** The site the draft is linked to; unlinked, the site where this user reaches furthest; null without sites. */
  site: Site | null;
  role: NewsroomRole;
  /** The post on the site has another author than this site's account: the desk works on a reporter's story. */
  othersStory: boolean;
  /** The name in Settings, else the site account's name; '' when there is neither (the panel asks for one). */
  reviewerName: string;
}

export function draftNewsroom(
  draft: Pick<Draft, 'remote'>,
  sites: readonly Site[],
  settings: Pick<Settings, 'newsroom'>,
): DraftNewsroom {
  const mapping = settings.newsroom.roleMapping;
  const site = linkedSite(draft, sites) ?? furthestReaching(sites, mapping);
  const authorId = site ? draft.remote?.[site.id]?.authorId : undefined;
  return {
    site,
    role: site ? newsroomRole(site.capabilities, mapping) : 'reporter',
    othersStory: site !== null && authorId !== undefined && authorId !== site.account.id,
    reviewerName: settings.newsroom.reviewerName.trim() || (site?.account.name.trim() ?? ''),
  };
}

/** Suggesting mode on by default: a desk role on someone else's story, unless the newsroom turned it off. */
export function suggestsByDefault(
  newsroom: DraftNewsroom,
  settings: Pick<Settings, 'newsroom'>,
): boolean {
  return (
    settings.newsroom.suggestOnOthersStories && newsroom.othersStory && newsroom.role !== 'reporter'
  );
}

/**
 * The post of someone else's story this draft is a desk copy of, if any: opening it again
 * (from the library too) must start from the latest version sent, as opening it from the
 * desk's queue does.
 */
export function othersStoryPost(
  draft: Pick<Draft, 'remote'>,
  sites: readonly Site[],
): { siteId: string; postId: number } | null {
  for (const site of sites) {
    const post = draft.remote?.[site.id];
    if (post?.authorId !== undefined && post.authorId !== site.account.id)
      return { siteId: site.id, postId: post.postId };
  }
  return null;
}

function linkedSite(draft: Pick<Draft, 'remote'>, sites: readonly Site[]): Site | null {
  const linkedIds = Object.keys(draft.remote ?? {});
  return sites.find((site) => linkedIds.includes(site.id)) ?? null;
}

function furthestReaching(sites: readonly Site[], mapping: RoleMapping): Site | null {
  let best: Site | null = null;
  let bestReach = -1;
  for (const site of sites) {
    const reach = ROLES_BY_REACH.indexOf(newsroomRole(site.capabilities, mapping));
    if (reach > bestReach) {
      best = site;
      bestReach = reach;
    }
  }
  return best;
}
