// The terms step: the section's category (created only with manage_categories) and the
// tags, created on the fly where the account may; their ids are kept with the job.
import type { Site } from '../../../../contract/index.ts';
import { ServiceError } from '../../../service-error.ts';
import type { WordPressClient } from '../../wordpress/wordpress-client.ts';
import { categoryKey, matchSection } from '../post-plan.ts';
import { checkpoint, enterStep, type JobRun } from './job-run.ts';

export async function runTermsStep(run: JobRun): Promise<void> {
  const { job, client, site } = run;
  enterStep(run, 'terms');
  const categoryIds =
    job.options.categoryIds ??
    (await sectionCategories(client, site, job.draft.meta.section, run.outbox));
  const tagIds: number[] = [];
  for (const name of job.options.tags ?? job.draft.meta.tags) {
    const id = await tagId(client, name);
    if (id !== null) tagIds.push(id);
  }
  await run.set({ progress: { ...job.progress, terms: { categoryIds, tagIds } } });
  checkpoint(run, 'terms');
}

/** The tag's id, created if need be; an account that may not create tags gets the existing one or none. */
export async function tagId(client: WordPressClient, name: string): Promise<number | null> {
  try {
    return (await client.ensureTerm('tags', name)).term.id;
  } catch (error) {
    if (!(error instanceof ServiceError) || error.code !== 'wordpress.forbidden') throw error;
    const found = await client.listTerms('tags', { search: name });
    return found.find((tag) => categoryKey(tag.name) === categoryKey(name))?.id ?? null;
  }
}

/** The section's category as the site has it now, created if the account may; none otherwise. */
export async function sectionCategories(
  client: WordPressClient,
  site: Site,
  section: string,
  outbox: Pick<JobRun['outbox'], 'sites' | 'logError'>,
): Promise<number[]> {
  if (section.trim() === '') return [];
  const fresh = await client.listTerms('categories');
  const known = fresh.map(({ id, name, parent }) => ({ id, name, parent }));
  const found = matchSection(section, known);
  if (found) return [found.id];
  if (!site.capabilities.includes('manage_categories')) return [];
  const created = (await client.ensureTerm('categories', section.trim())).term;
  const categories = known.some((category) => category.id === created.id)
    ? known
    : [...known, { id: created.id, name: created.name, parent: created.parent }];
  // Only what the publish panel shows: the post goes out whether or not this is kept.
  await outbox.sites
    .rememberCategories?.(site.id, categories)
    .catch((error: unknown) => outbox.logError?.(error));
  return [created.id];
}
