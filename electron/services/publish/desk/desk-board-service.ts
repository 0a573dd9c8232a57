// The desk chief's board for one site: the stories with the desk (pending,
// split by Midad's own stages copy-edited and approved where this machine knows them from
// the draft linked to the post), the scheduled ones, and those published today. The rows
// are the desk queue's; the column comes from common/newsroom/desk-board.ts. Plain Node.
import type { DeskBoardStory } from '../../../contract/index.ts';
import { boardColumnOf, siteToday } from '../../../../common/newsroom/desk-board.ts';
import type { WordPressPost } from '../wordpress/wordpress-types.ts';
import { deskQueueOf } from './desk-queue.ts';
import { draftIdsOf, linkedDrafts, type DeskWorld } from './desk-open.ts';
import { ServiceError } from '../../service-error.ts';

export async function deskBoard(
  world: DeskWorld,
  siteId: string,
  now: Date = new Date(),
): Promise<DeskBoardStory[]> {
  const site = (await world.sites.list()).find((candidate) => candidate.id === siteId);
  if (!site) throw new ServiceError('sites.not_found');
  const client = await world.sites.clientFor(site);
  const [pending, scheduled, published] = await Promise.all([
    client.listPosts('pending', { orderby: 'modified', order: 'asc' }),
    client.listPosts('future', { orderby: 'date', order: 'asc' }),
    // The newest page is enough for "today" on any newsroom's site.
    client.listPosts('publish', { orderby: 'date', order: 'desc' }),
  ]);
  const posts = [...pending, ...scheduled, ...published];
  const [userNames, categories, drafts] = await Promise.all([
    client.userNames([...new Set(posts.map((post) => post.author))]),
    client.listTerms('categories'),
    linkedDrafts(world, siteId),
  ]);
  const byId = new Map(posts.map((post) => [post.id, post]));
  const rows = deskQueueOf({
    posts,
    userNames,
    categoryNames: new Map(categories.map((term) => [term.id, term.name])),
    draftIdsByPostId: draftIdsOf(drafts),
  });
  return rows.flatMap((row) => {
    const post = byId.get(row.postId)!;
    const stage = drafts.get(row.postId)?.status ?? null;
    const column = boardColumnOf(
      { siteStatus: post.status, siteDate: post.date, stage },
      todayAt(post, now),
    );
    return column === null ? [] : [{ ...row, column, stage }];
  });
}

/**
 * Today where the site is. WordPress gives each post its date both in the site's time and
 * in GMT: their difference is the site's offset, with no extra request for the REST index.
 */
function todayAt(post: WordPressPost, now: Date): string {
  if (post.date === null || post.date_gmt === null)
    return siteToday(now, { timezoneString: '', gmtOffset: 0 });
  const offsetHours = (Date.parse(`${post.date}Z`) - Date.parse(`${post.date_gmt}Z`)) / 3_600_000;
  return siteToday(now, {
    timezoneString: '',
    gmtOffset: Number.isFinite(offsetHours) ? offsetHours : 0,
  });
}
