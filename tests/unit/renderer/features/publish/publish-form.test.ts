import { describe, expect, it } from 'vitest';
import type { PublishPreparation } from '../../../../../electron/contract/index.ts';
import {
  goesBeforeReaders,
  featuredChoices,
  initialFields,
  orderedActions,
  parseTags,
  publishOptions,
  withOfferedFeatured,
} from '../../../../../renderer/features/publish/publish-form.ts';

const preparation: PublishPreparation = {
  draftId: 'draft-12345678',
  siteId: 'site-12345678',
  allowedActions: ['draft', 'pending'],
  categories: [{ id: 4, name: 'سياسة', parent: 0 }],
  suggestedCategoryIds: [4],
  suggestedSlug: 'عنوان-المقال',
  tags: ['غزة', 'اقتصاد'],
  timeZone: { timezoneString: 'Asia/Riyadh', gmtOffset: 3 },
  media: [],
  remote: null,
  activeJobId: null,
  notes: [],
};

describe('the publish panel\u2019s fields and buttons', () => {
  it('a contributor sees send to desk and save as draft, and no publish', () => {
    expect(orderedActions(['draft', 'pending'])).toEqual(['pending', 'draft']);
    expect(
      orderedActions(['draft', 'pending', 'publish', 'schedule', 'update', 'unpublish']),
    ).toEqual(['update', 'publish', 'schedule', 'pending', 'draft', 'unpublish']);
  });

  it('starts from the section\u2019s category, the draft\u2019s tags and the suggested slug', () => {
    const fields = initialFields(preparation, '2030-03-01T10:00');
    expect(publishOptions('publish', fields)).toEqual({
      action: 'publish',
      categoryIds: [4],
      tags: ['غزة', 'اقتصاد'],
      slug: 'عنوان-المقال',
    });
  });

  it('leaves the category to the section when none is chosen', () => {
    const fields = { ...initialFields(preparation, ''), categoryIds: [] };
    expect(publishOptions('pending', fields)).not.toHaveProperty('categoryIds');
  });

  it('sends a schedule as an instant, and refuses one without a valid time', () => {
    const fields = initialFields(preparation, '2030-03-01T10:00');
    expect(publishOptions('schedule', fields)?.scheduleAt).toBe(
      new Date(2030, 2, 1, 10, 0).toISOString(),
    );
    expect(publishOptions('schedule', { ...fields, scheduleAt: '' })).toBeNull();
  });

  it('offers as featured image only the pictures of the text that will be sent, the first by default', () => {
    const picture = (n: number, staysHere?: 'too_large' | 'uploads_not_allowed') => ({
      hash: String(n).repeat(64),
      fileName: `صورة ${n}.png`,
      alt: '',
      caption: '',
      uploaded: false,
      ...(staysHere ? { staysHere } : {}),
    });
    const withPictures = { ...preparation, media: [picture(1, 'too_large'), picture(2)] };
    expect(featuredChoices(withPictures).map((image) => image.fileName)).toEqual(['صورة 2.png']);
    expect(initialFields(withPictures, '').featuredImageHash).toBe('2'.repeat(64));
    // Chosen earlier, then deleted from the text (or staying here): not sent.
    const stale = { ...initialFields(withPictures, ''), featuredImageHash: '9'.repeat(64) };
    expect(publishOptions('pending', withOfferedFeatured(stale, withPictures))).not.toHaveProperty(
      'featuredImageHash',
    );
    expect(
      publishOptions(
        'pending',
        withOfferedFeatured({ ...stale, featuredImageHash: '1'.repeat(64) }, withPictures),
      ),
    ).not.toHaveProperty('featuredImageHash');
    expect(
      initialFields({ ...withPictures, media: [picture(1, 'uploads_not_allowed')] }, '')
        .featuredImageHash,
    ).toBe('');
  });

  it('keeps the featured image a post already has on the site unless another is picked', () => {
    const picture = { hash: '3'.repeat(64), fileName: '', alt: '', caption: '', uploaded: true };
    const remote = {
      siteId: 's',
      postId: 7,
      status: 'pending',
      link: '',
      modifiedGmt: '',
      sentUpdatedAt: '2030-01-01T00:00:00.000Z',
      sentAt: '2030-01-01T00:00:00.000Z',
      media: {},
    };
    const onSite = { ...preparation, media: [picture], remote };
    expect(publishOptions('update', initialFields(onSite, ''))).not.toHaveProperty(
      'featuredImageHash',
    );
  });

  it('splits tags at Arabic and Latin commas, once each', () => {
    expect(parseTags('غزة، اقتصاد, غزة ,  ')).toEqual(['غزة', 'اقتصاد']);
  });
});

describe('open suggestions and the actions that reach readers', () => {
  it('asks before publishing, scheduling or updating a live post, where the suggestions would be left out', () => {
    expect(goesBeforeReaders('publish', null)).toBe(true);
    expect(goesBeforeReaders('schedule', 'pending')).toBe(true);
    expect(goesBeforeReaders('update', 'publish')).toBe(true);
    expect(goesBeforeReaders('update', 'future')).toBe(true);
  });

  it('does not ask when the story only goes between reporter and desk', () => {
    expect(goesBeforeReaders('draft', 'pending')).toBe(false);
    expect(goesBeforeReaders('pending', 'draft')).toBe(false);
    expect(goesBeforeReaders('update', 'pending')).toBe(false);
    expect(goesBeforeReaders('unpublish', 'publish')).toBe(false);
  });
});
