// What a draft becomes on the site, decided offline: statuses, schedule in GMT, the
// section's category, the account's actions, the body's images.
import { describe, expect, it } from 'vitest';
import {
  allowedActions,
  dateGmtOf,
  hashOf,
  imagesOf,
  matchSection,
  statusFor,
} from '../../../../../electron/services/publish/outbox/post-plan.ts';

const HASH = 'c'.repeat(64);

describe('the post plan', () => {
  it('maps each action to WordPress’s status, and a schedule to date_gmt', () => {
    expect(
      ['draft', 'pending', 'publish', 'schedule', 'update', 'unpublish'].map((action) =>
        statusFor(action as never),
      ),
    ).toEqual(['draft', 'pending', 'publish', 'future', null, 'draft']);
    expect(dateGmtOf('2031-03-05T09:30:00+03:00')).toBe('2031-03-05T06:30:00');
    expect(dateGmtOf('2031-03-05T23:30:00-05:30')).toBe('2031-03-06T05:00:00');
  });

  it('finds the section among the categories after Arabic normalization, never by a near miss', () => {
    const categories = [
      { id: 1, name: 'اقتصاد', parent: 0 },
      { id: 2, name: 'الرياضة', parent: 0 },
      { id: 3, name: 'Tech &amp; Science', parent: 0 },
    ];
    expect(matchSection('إقتصاد', categories)?.id).toBe(1);
    expect(matchSection('  الرِّياضة ', categories)?.id).toBe(2);
    expect(matchSection('tech & science', categories)?.id).toBe(3);
    expect(matchSection('رياضة', categories)).toBeNull();
    expect(matchSection('', categories)).toBeNull();
  });

  it('offers only what the account may do', () => {
    const remote = { status: 'publish' } as never;
    expect(allowedActions(['edit_posts'], null)).toEqual(['draft', 'pending']);
    expect(allowedActions(['edit_posts', 'publish_posts'], null)).toEqual([
      'draft',
      'pending',
      'publish',
      'schedule',
    ]);
    expect(
      allowedActions(['edit_posts', 'publish_posts', 'edit_published_posts'], remote),
    ).toContain('unpublish');
    expect(allowedActions(['edit_posts'], remote)).not.toContain('update');
  });

  it('lists the body’s images once each, by hash or by a src that names one', () => {
    const body = {
      root: {
        type: 'root',
        children: [
          { type: 'image', hash: HASH, alt: 'أ', caption: 'ب' },
          {
            type: 'paragraph',
            children: [{ type: 'image', src: `media/draft/${HASH}`, alt: 'again', caption: '' }],
          },
          { type: 'image', src: 'https://example.com/x.png', alt: '', caption: '' },
        ],
      },
    };
    expect(imagesOf(body)).toEqual([{ hash: HASH, alt: 'أ', caption: 'ب' }]);
    expect(hashOf({ src: `midad-media:${HASH}` })).toBe(HASH);
    expect(hashOf({ src: 'https://example.com/a.png' })).toBeNull();
  });
});
