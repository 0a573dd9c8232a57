// A draft's revisions on a site, against a fake site: newest first whatever order they
// come in, the create step's marked copy left out, who saved each (the account's own name
// known, the others looked up once, an id where the site hides the name), and the codes
// for a draft never sent there or a site not kept.
import { describe, expect, it } from 'vitest';
import type { Draft, Site } from '../../../../../../electron/contract/index.ts';
import { listSiteRevisions } from '../../../../../../electron/services/publish/revisions/site-revisions.ts';
import { WordPressClient } from '../../../../../../electron/services/publish/wordpress/wordpress-client.ts';
import { ServiceError } from '../../../../../../electron/services/service-error.ts';
import { fakeFetch, manualClock, type FakeAnswer } from '../wordpress/fake-site.ts';

const ROOT = 'https://news.example/wp-json/';
const REVISIONS_URL = `${ROOT}wp/v2/posts/7/revisions?context=edit&per_page=100&orderby=date&order=desc`;

const site = {
  id: 'site-0001',
  restRoot: ROOT,
  account: { id: 3, name: 'المحرر', roles: ['editor'], locale: 'ar' },
} as Site;

function draft(remote: Draft['remote']): Draft {
  const body = {
    root: {
      type: 'root',
      children: [{ type: 'paragraph', children: [{ type: 'text', text: 'النَّصُّ الآنَ' }] }],
    },
  };
  return { id: 'draft-0001', remote, body } as unknown as Draft;
}

const sentThere = { 'site-0001': { postId: 7 } } as unknown as Draft['remote'];

function paragraph(text: string, attributes = ''): string {
  return `<!-- wp:paragraph ${attributes}-->\n<p>${text}</p>\n<!-- /wp:paragraph -->`;
}

function revision(id: number, author: number, dateGmt: string, content: string) {
  return {
    id,
    author,
    date_gmt: dateGmt,
    modified_gmt: dateGmt,
    parent: 7,
    title: { raw: 'عنوان' },
    content: { raw: content },
  };
}

function world(answers: Record<string, FakeAnswer>, remote: Draft['remote'] = sentThere) {
  const { fetch, seen } = fakeFetch(answers);
  const client = new WordPressClient({
    restRoot: ROOT,
    credentials: { login: 'editor', appPassword: 'x'.repeat(24) },
    fetch,
    clock: manualClock(),
  });
  return {
    seen,
    world: {
      drafts: { open: async () => draft(remote) },
      sites: { list: async () => [site], clientFor: async () => client },
    },
  };
}

describe("a draft's revisions on a site", () => {
  it('lists them newest first with their Arabic text and who saved each, leaving out the marked create copy', async () => {
    const { world: fake } = world({
      [REVISIONS_URL]: {
        json: [
          revision(11, 3, '2026-12-03T10:00:00', paragraph('الأَحَدِ &amp; الإِثْنَيْنِ')),
          revision(13, 9, '2026-12-03T10:05:00', paragraph('نَصُّ المُدَقِّقِ')),
          revision(12, 5, '2026-12-03T10:05:00', paragraph('نَصُّ رَئِيسِ التَّحْرِيرِ')),
          revision(
            10,
            3,
            '2026-12-03T09:59:00',
            paragraph('الأَحَدِ', '{"midadMarker":"midad0123456789abcdef0123"} '),
          ),
        ],
      },
      [`${ROOT}wp/v2/users?include=9%2C5&per_page=100`]: {
        json: [{ id: 5, name: 'رئيس التحرير' }],
      },
    });
    const found = await listSiteRevisions(fake, 'draft-0001', 'site-0001');
    expect(found).toEqual({
      siteId: 'site-0001',
      postId: 7,
      revisions: [
        {
          id: 13,
          authorId: 9,
          authorName: null,
          savedAt: '2026-12-03T10:05:00.000Z',
          text: 'نَصُّ المُدَقِّقِ',
        },
        {
          id: 12,
          authorId: 5,
          authorName: 'رئيس التحرير',
          savedAt: '2026-12-03T10:05:00.000Z',
          text: 'نَصُّ رَئِيسِ التَّحْرِيرِ',
        },
        {
          id: 11,
          authorId: 3,
          authorName: 'المحرر',
          savedAt: '2026-12-03T10:00:00.000Z',
          text: 'الأَحَدِ & الإِثْنَيْنِ',
        },
      ],
      currentText: 'النَّصُّ الآنَ',
    });
  });

  it('still lists them, with ids for names, when the site refuses the users lookup', async () => {
    const { world: fake } = world({
      [REVISIONS_URL]: { json: [revision(12, 5, '2026-12-03T10:05:00', paragraph('نص'))] },
      [`${ROOT}wp/v2/users?include=5&per_page=100`]: {
        status: 403,
        json: { code: 'rest_user_cannot_view' },
      },
    });
    const found = await listSiteRevisions(fake, 'draft-0001', 'site-0001');
    expect(found.revisions).toMatchObject([{ id: 12, authorId: 5, authorName: null }]);
  });

  it('answers publish.not_published for a draft never sent to the site, asking the site nothing', async () => {
    const { world: fake, seen } = world({}, null);
    await expect(listSiteRevisions(fake, 'draft-0001', 'site-0001')).rejects.toMatchObject({
      code: 'publish.not_published',
    });
    expect(seen).toEqual([]);
  });

  it('answers sites.not_found for a site that is not kept', async () => {
    const { world: fake } = world({});
    const failure = await listSiteRevisions(fake, 'draft-0001', 'site-9999').catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(ServiceError);
    expect((failure as ServiceError).code).toBe('sites.not_found');
  });

  it('passes on what the site says when it cannot be read, as every publishing call does', async () => {
    const { world: fake } = world({
      [REVISIONS_URL]: { status: 401, json: { code: 'rest_forbidden_context' } },
    });
    await expect(listSiteRevisions(fake, 'draft-0001', 'site-0001')).rejects.toMatchObject({
      code: 'wordpress.bad_credentials',
    });
  });
});
