// The desk's queue for one site: the posts reporters sent (status pending) as the copy
// editor scans them — headline, reporter, section, when it was sent, how long it is, and
// whether someone on this machine already has it open in Midad. WordPress's `_edit_lock`
// is not in REST, so "who is working on it" is the local draft linked to the post: it is
// what Midad itself knows for sure, needs nothing on the site, and is the draft that
// "open" would bring back. Pure: the posts, names and drafts are passed in.
import { countWords } from '../../../../common/arabic/word-count.ts';
import { blockMarkupText } from '../../../../common/wordpress/block-text.ts';
import { plainTextFromSite } from '../../../../common/wordpress/plain-field.ts';
import type { WordPressPost } from '../wordpress/wordpress-types.ts';

export interface DeskQueueItem {
  postId: number;
  title: string;
  /** The author's public name, or null when the account may not see it. */
  reporter: string | null;
  /** The post's category names, in the post's order; ids the site did not name are left out. */
  sections: string[];
  /** When it was last saved on the site (GMT, ISO 8601 with Z): for a pending post, when it was sent. */
  sentAtGmt: string;
  words: number;
  /** The local draft already linked to this post, if there is one: opening it again opens that one. */
  openAsDraftId: string | null;
}

export interface DeskQueueWorld {
  posts: readonly WordPressPost[];
  userNames: ReadonlyMap<number, string>;
  categoryNames: ReadonlyMap<number, string>;
  /** Local drafts linked to this site's posts, by post id. */
  draftIdsByPostId: ReadonlyMap<number, string>;
}

export function deskQueueOf({
  posts,
  userNames,
  categoryNames,
  draftIdsByPostId,
}: DeskQueueWorld): DeskQueueItem[] {
  return posts
    .map((post) => ({
      postId: post.id,
      title:
        post.title.raw === undefined
          ? (post.title.rendered ?? '')
          : plainTextFromSite(post.title.raw),
      reporter: userNames.get(post.author) ?? null,
      sections: post.categories.flatMap((id) => {
        const name = categoryNames.get(id);
        return name === undefined ? [] : [name];
      }),
      sentAtGmt: gmtIso(post.modified_gmt),
      words: countWords(blockMarkupText(post.content.raw ?? '')),
      openAsDraftId: draftIdsByPostId.get(post.id) ?? null,
    }))
    .sort((a, b) => a.sentAtGmt.localeCompare(b.sentAtGmt) || a.postId - b.postId);
}

/** WordPress's `modified_gmt` has no zone ("2030-01-01T10:00:00"); the queue's times say they are UTC. */
function gmtIso(wordpressGmt: string): string {
  return /[zZ]|[+-]\d\d:\d\d$/.test(wordpressGmt) ? wordpressGmt : `${wordpressGmt}Z`;
}
