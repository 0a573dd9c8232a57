// Where the open draft stands: whose story it is, the user's role on its site, the name the
// review notes are signed with, and whether suggesting mode starts on.
import { describe, expect, it } from 'vitest';
import type { Draft, Settings, Site } from '../../../../../electron/contract/index.ts';
import { DEFAULT_SETTINGS } from '../../../../../electron/default-settings.ts';
import {
  draftNewsroom,
  othersStoryPost,
  suggestsByDefault,
} from '../../../../../renderer/features/drafts/draft-newsroom.ts';

const EDITOR_CAPABILITIES = ['read', 'edit_posts', 'edit_others_posts', 'publish_posts'];
const CONTRIBUTOR_CAPABILITIES = ['read', 'edit_posts'];

function site(id: string, accountId: number, name: string, capabilities: string[]): Site {
  const now = '2026-12-01T09:00:00.000Z';
  return {
    id,
    url: `https://${id}.example`,
    restRoot: `https://${id}.example/wp-json/`,
    name: id,
    login: name,
    account: { id: accountId, name, roles: [], locale: 'ar' },
    capabilities,
    categories: [],
    reviewBridge: null,
    addedAt: now,
    checkedAt: now,
  };
}

function linkedTo(siteId: string, authorId: number | undefined): Pick<Draft, 'remote'> {
  const post = {
    siteId,
    postId: 6,
    status: 'pending',
    link: '',
    modifiedGmt: '',
    sentUpdatedAt: '2026-12-01T09:00:00.000Z',
    sentAt: '2026-12-01T09:00:00.000Z',
    media: {},
  };
  return { remote: { [siteId]: authorId === undefined ? post : { ...post, authorId } } };
}

const unlinked: Pick<Draft, 'remote'> = { remote: null };
const desk = site('news', 2, 'هدى المحررة', EDITOR_CAPABILITIES);
const settings = (newsroom: Partial<Settings['newsroom']> = {}) => ({
  newsroom: { ...DEFAULT_SETTINGS.newsroom, ...newsroom },
});

describe('draftNewsroom', () => {
  it("calls a story opened from the desk, whose post a reporter wrote, someone else's", () => {
    const place = draftNewsroom(linkedTo('news', 9), [desk], settings());
    expect(place).toMatchObject({ role: 'desk-chief', othersStory: true });
    expect(place.site?.id).toBe('news');
  });

  it("calls a story this account wrote, or one linked before authors were kept, one's own", () => {
    expect(draftNewsroom(linkedTo('news', 2), [desk], settings()).othersStory).toBe(false);
    expect(draftNewsroom(linkedTo('news', undefined), [desk], settings()).othersStory).toBe(false);
    expect(draftNewsroom(unlinked, [desk], settings()).othersStory).toBe(false);
  });

  it('signs review notes with the site account’s name unless Settings holds one, and with nothing without either', () => {
    expect(draftNewsroom(unlinked, [desk], settings()).reviewerName).toBe('هدى المحررة');
    expect(draftNewsroom(unlinked, [desk], settings({ reviewerName: 'ليلى' })).reviewerName).toBe(
      'ليلى',
    );
    expect(draftNewsroom(unlinked, [], settings()).reviewerName).toBe('');
  });

  it('takes the role on the linked site, and on an unlinked draft the furthest the user reaches', () => {
    const reporterSite = site('blog', 5, 'سارة', CONTRIBUTOR_CAPABILITIES);
    expect(draftNewsroom(linkedTo('blog', 5), [desk, reporterSite], settings()).role).toBe(
      'reporter',
    );
    expect(draftNewsroom(unlinked, [reporterSite, desk], settings()).role).toBe('desk-chief');
    expect(draftNewsroom(unlinked, [], settings()).role).toBe('reporter');
  });
});

describe('suggestsByDefault', () => {
  it("turns suggesting on for the desk on someone else's story, unless the setting is off", () => {
    expect(
      suggestsByDefault(draftNewsroom(linkedTo('news', 9), [desk], settings()), settings()),
    ).toBe(true);
    const off = settings({ suggestOnOthersStories: false });
    expect(suggestsByDefault(draftNewsroom(linkedTo('news', 9), [desk], off), off)).toBe(false);
  });

  it('leaves a reporter, and anyone on their own story, in normal editing', () => {
    const reporterSite = site('news', 5, 'سارة', CONTRIBUTOR_CAPABILITIES);
    expect(
      suggestsByDefault(draftNewsroom(linkedTo('news', 9), [reporterSite], settings()), settings()),
    ).toBe(false);
    expect(
      suggestsByDefault(draftNewsroom(linkedTo('news', 2), [desk], settings()), settings()),
    ).toBe(false);
  });
});

describe('othersStoryPost', () => {
  it('names the post of a desk copy of a reporter’s story, so opening it from the library checks the site', () => {
    expect(othersStoryPost(linkedTo('news', 7), [desk])).toEqual({ siteId: 'news', postId: 6 });
  });

  it('is null for the user’s own story, an unlinked draft and a link made before the author was kept', () => {
    expect(othersStoryPost(linkedTo('news', 2), [desk])).toBeNull();
    expect(othersStoryPost(unlinked, [desk])).toBeNull();
    expect(othersStoryPost(linkedTo('news', undefined), [desk])).toBeNull();
  });
});
