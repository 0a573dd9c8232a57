import { describe, expect, it } from 'vitest';
import { deskQueueOf } from '../../../../../../electron/services/publish/desk/desk-queue.ts';
import type { WordPressPost } from '../../../../../../electron/services/publish/wordpress/wordpress-types.ts';
import * as blocks from '../../../../../fixtures/wordpress/editor-blocks.ts';

function pendingPost(id: number, patch: Partial<WordPressPost> = {}): WordPressPost {
  return {
    id,
    status: 'pending',
    link: `https://news.example/?p=${id}`,
    slug: '',
    date: null,
    date_gmt: null,
    modified_gmt: '2030-01-01T10:00:00',
    author: 7,
    title: { raw: `خبر ${id}` },
    content: { raw: blocks.paragraph },
    excerpt: { raw: '' },
    categories: [],
    tags: [],
    featured_media: 0,
    ...patch,
  } as WordPressPost;
}

const world = {
  userNames: new Map([[7, 'سارة المراسلة']]),
  categoryNames: new Map([
    [3, 'اقتصاد'],
    [4, 'محليات'],
  ]),
  draftIdsByPostId: new Map<number, string>(),
};

describe("the desk's queue", () => {
  it('shows each pending story with its reporter, sections, time sent and Arabic word count', () => {
    const [item] = deskQueueOf({ ...world, posts: [pendingPost(12, { categories: [4, 3] })] });
    expect(item).toEqual({
      postId: 12,
      title: 'خبر 12',
      reporter: 'سارة المراسلة',
      sections: ['محليات', 'اقتصاد'],
      sentAtGmt: '2030-01-01T10:00:00Z',
      words: 6,
      openAsDraftId: null,
    });
  });

  it('puts the story that has waited longest first', () => {
    const queue = deskQueueOf({
      ...world,
      posts: [
        pendingPost(1, { modified_gmt: '2030-01-01T12:00:00' }),
        pendingPost(2, { modified_gmt: '2030-01-01T09:00:00' }),
      ],
    });
    expect(queue.map((item) => item.postId)).toEqual([2, 1]);
  });

  it('says which stories are already open in a Midad draft on this machine', () => {
    const queue = deskQueueOf({
      ...world,
      draftIdsByPostId: new Map([[5, 'draft-5']]),
      posts: [pendingPost(5), pendingPost(6)],
    });
    expect(queue.map((item) => item.openAsDraftId)).toEqual(['draft-5', null]);
  });

  it("leaves the reporter blank rather than guessing when the account may not see the author's name", () => {
    const [item] = deskQueueOf({ ...world, posts: [pendingPost(8, { author: 99 })] });
    expect(item!.reporter).toBeNull();
  });

  it('counts only the words a reader sees, not the block comments and tags of a gallery or table', () => {
    const [item] = deskQueueOf({
      ...world,
      posts: [pendingPost(9, { content: { raw: `${blocks.paragraph}\n\n${blocks.customHtml}` } })],
    });
    expect(item!.words).toBe(6);
  });
});
