// The terms step's rules: the section's category as the site has it (created only by an
// account that may), and tags created on the fly or, where the account may not, found.
import { describe, expect, it } from 'vitest';
import type { Site } from '../../../../../../../electron/contract/index.ts';
import {
  sectionCategories,
  tagId,
} from '../../../../../../../electron/services/publish/outbox/steps/terms.ts';
import type { WordPressClient } from '../../../../../../../electron/services/publish/wordpress/wordpress-client.ts';
import { WordPressError } from '../../../../../../../electron/services/publish/wordpress/wordpress-error.ts';

const term = (id: number, name: string) => ({ id, name, slug: '', parent: 0, count: 0 });

function client(terms: ReturnType<typeof term>[], mayCreate = true) {
  const created: string[] = [];
  const fake = {
    listTerms: async (_taxonomy: string, options: { search?: string } = {}) =>
      terms.filter((each) => !options.search || each.name.includes(options.search)),
    ensureTerm: async (_taxonomy: string, name: string) => {
      if (!mayCreate) throw new WordPressError('wordpress.forbidden', 403, 'rest_cannot_create');
      created.push(name);
      return { term: term(99, name), created: true };
    },
  } as unknown as WordPressClient;
  return { fake, created };
}

const site = (capabilities: string[]) => ({ id: 'site-1', capabilities }) as unknown as Site;

describe('the terms step', () => {
  it('finds the section among the categories as the site has them now, Arabic letters folded', async () => {
    const { fake, created } = client([term(5, 'اقتصاد'), term(7, 'رياضة')]);
    expect(
      await sectionCategories(fake, site(['manage_categories']), ' إقتصاد ', {
        sites: {} as never,
      }),
    ).toEqual([5]);
    expect(created).toEqual([]);
  });

  it('creates a missing section only with manage_categories, and keeps the list for the panel', async () => {
    const remembered: unknown[] = [];
    const outbox = {
      sites: { rememberCategories: async (_id: string, list: unknown) => remembered.push(list) },
    } as never;
    const { fake, created } = client([term(5, 'اقتصاد')]);
    expect(await sectionCategories(fake, site(['manage_categories']), 'ثقافة', outbox)).toEqual([
      99,
    ]);
    expect(created).toEqual(['ثقافة']);
    expect(remembered).toEqual([
      [
        { id: 5, name: 'اقتصاد', parent: 0 },
        { id: 99, name: 'ثقافة', parent: 0 },
      ],
    ]);
    expect(await sectionCategories(fake, site([]), 'فنون', outbox)).toEqual([]);
    expect(await sectionCategories(fake, site([]), '  ', outbox)).toEqual([]);
  });

  it('a tag is created, or for an account that may not, the existing one is found, or none', async () => {
    expect(await tagId(client([]).fake, 'انتخابات')).toBe(99);
    const refused = client([term(12, 'انتخابات'), term(13, 'انتخابات بلدية')], false).fake;
    expect(await tagId(refused, 'انتخابات')).toBe(12);
    expect(await tagId(refused, 'طقس')).toBeNull();
  });

  it('lets any other refusal through', async () => {
    const broken = {
      ensureTerm: async () => {
        throw new WordPressError('wordpress.server_error', 500, null);
      },
    } as unknown as WordPressClient;
    await expect(tagId(broken, 'x')).rejects.toMatchObject({ code: 'wordpress.server_error' });
  });
});
