// A post as WordPress's REST API answers with it (context=edit), for the doubles that stand
// in for a site: a plain draft of post 100 on news.example, with what a test needs changed.
import type { WordPressPost } from '../../../electron/services/publish/wordpress/wordpress-types.ts';

export function wordpressPost(change: Partial<WordPressPost> = {}): WordPressPost {
  return {
    id: 100,
    status: 'draft',
    link: 'https://news.example/?p=100',
    slug: '',
    date: null,
    date_gmt: null,
    modified_gmt: '2026-12-07T10:00:00',
    author: 3,
    title: { raw: '' },
    content: { raw: '' },
    excerpt: { raw: '' },
    categories: [],
    tags: [],
    featured_media: 0,
    ...change,
  } as WordPressPost;
}
