// The publish panel's fields and what they become: the options of publish.enqueue.
import type {
  PublishAction,
  PublishOptions,
  PublishPreparation,
} from '../../../electron/contract/index.ts';
import { localInputToIso } from './site-time.ts';

export interface PublishFields {
  categoryIds: number[];
  tags: string[];
  slug: string;
  featuredImageHash: string;
  /** datetime-local, in the writer's zone. */
  scheduleAt: string;
}

/** The buttons in the order a desk reads them: the strongest step first. */
const ACTION_ORDER: readonly PublishAction[] = [
  'update',
  'publish',
  'schedule',
  'pending',
  'draft',
  'unpublish',
];

export function orderedActions(allowed: readonly PublishAction[]): PublishAction[] {
  return ACTION_ORDER.filter((action) => allowed.includes(action));
}

/** The pictures a featured image may be: those of the text that will be sent (not those staying here). */
export function featuredChoices(preparation: PublishPreparation): PublishPreparation['media'] {
  return preparation.media.filter((image) => !image.staysHere);
}

/** The fields with a featured image that is no longer offered (deleted from the text, staying here) cleared. */
export function withOfferedFeatured(
  fields: PublishFields,
  preparation: PublishPreparation,
): PublishFields {
  const offered = featuredChoices(preparation).some(
    (image) => image.hash === fields.featuredImageHash,
  );
  return offered ? fields : { ...fields, featuredImageHash: '' };
}

export function initialFields(preparation: PublishPreparation, scheduleAt: string): PublishFields {
  // A post already on the site keeps the featured image it has (chosen by whoever sent it)
  // unless this user picks another; a new post starts with the text's first picture.
  const remoteImage = preparation.remote ? '' : (featuredChoices(preparation)[0]?.hash ?? '');
  return {
    categoryIds: preparation.suggestedCategoryIds,
    tags: preparation.tags,
    slug: preparation.suggestedSlug,
    featuredImageHash: remoteImage,
    scheduleAt,
  };
}

/** "سياسة، اقتصاد, رياضة" → three tags: Arabic and Latin commas both separate. */
/**
 * Whether the action puts the text before readers, where open suggestions would be left
 * out unseen: publishing, scheduling, or updating a live post. Handing the story between
 * reporter and desk (draft, pending) carries the suggestions along instead, so it asks nothing.
 */
export function goesBeforeReaders(action: PublishAction, remoteStatus: string | null): boolean {
  if (action === 'publish' || action === 'schedule') return true;
  return action === 'update' && (remoteStatus === 'publish' || remoteStatus === 'future');
}

export function parseTags(text: string): string[] {
  const tags = text
    .split(/[,،]/)
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
  return [...new Set(tags)];
}

/** The enqueue options for `action`, or null when a schedule is asked for without a valid time. */
export function publishOptions(
  action: PublishAction,
  fields: PublishFields,
): PublishOptions | null {
  const options: PublishOptions = { action, tags: fields.tags };
  // None chosen: the host picks the category from the draft's section.
  const categoryIds = fields.categoryIds.filter((id) => id > 0);
  if (categoryIds.length > 0) options.categoryIds = categoryIds;
  if (fields.slug.trim() !== '') options.slug = fields.slug.trim();
  if (fields.featuredImageHash !== '') options.featuredImageHash = fields.featuredImageHash;
  if (action === 'schedule') {
    const scheduleAt = localInputToIso(fields.scheduleAt);
    if (!scheduleAt) return null;
    options.scheduleAt = scheduleAt;
  }
  return options;
}
