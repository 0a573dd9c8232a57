// What a draft becomes on a WordPress site, decided without the network: the status an
// action asks for, the schedule in GMT, the category a section maps to, the actions an
// account may take and the images of the body.
import type { PublishAction, RemotePost, SiteCategory } from '../../../contract/index.ts';
import { normalizeArabic } from '../../../../common/arabic/normalize.ts';
import { decodeEntities } from '../../../../common/wordpress/block-text.ts';
import type { PostStatus } from '../wordpress/wordpress-types.ts';

/** The status a create or an update sends; null: leave WordPress's as it is ('update'). */
export function statusFor(action: PublishAction): PostStatus | null {
  switch (action) {
    case 'draft':
    case 'unpublish':
      return 'draft';
    case 'pending':
      return 'pending';
    case 'publish':
      return 'publish';
    case 'schedule':
      return 'future';
    case 'update':
      return null;
  }
}

/**
 * WordPress's `date_gmt` for an instant given with its offset: `2030-01-01T07:00:00`. The
 * site turns it into its local `date` with its own time zone; the UI shows both zones.
 */
export function dateGmtOf(instant: string): string {
  return new Date(instant).toISOString().slice(0, 19);
}

/** A name as categories are compared: Arabic-normalized, case and spacing folded. */
export function categoryKey(name: string): string {
  return normalizeArabic(name.normalize('NFKC').trim().replace(/\s+/gu, ' ')).toLowerCase();
}

/** The category the section names, if the site has one. */
export function matchSection(
  section: string,
  categories: readonly SiteCategory[],
): SiteCategory | null {
  const key = categoryKey(section);
  if (key === '') return null;
  return categories.find((category) => categoryKey(decodeEntities(category.name)) === key) ?? null;
}

/** What this account may do with this draft on this site. */
export function allowedActions(
  capabilities: readonly string[],
  remote: RemotePost | null,
): PublishAction[] {
  const canPublish = capabilities.includes('publish_posts');
  const actions: PublishAction[] = ['draft', 'pending'];
  if (canPublish) actions.push('publish', 'schedule');
  if (remote) {
    const live = remote.status === 'publish' || remote.status === 'future';
    if (!live || capabilities.includes('edit_published_posts')) actions.push('update');
    if (live && canPublish) actions.push('unpublish');
  }
  return actions;
}

export interface BodyImage {
  hash: string;
  alt: string;
  caption: string;
}

/** The images of a body that name a file of the draft, once each, in reading order. */
export function imagesOf(body: unknown): BodyImage[] {
  const found = new Map<string, BodyImage>();
  const visit = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    const hash = hashOf(record);
    if (record.type === 'image' && hash && !found.has(hash)) {
      found.set(hash, { hash, alt: text(record.alt), caption: text(record.caption) });
    }
    if (Array.isArray(record.children)) record.children.forEach(visit);
    if (record.root) visit(record.root);
  };
  visit(body);
  return [...found.values()];
}

/** The hash an image node names: its `hash`, or one in its `src` (media/<draft>/<hash>). */
export function hashOf(image: { hash?: unknown; src?: unknown }): string | null {
  if (typeof image.hash === 'string' && /^[0-9a-f]{64}$/.test(image.hash)) return image.hash;
  const match =
    typeof image.src === 'string'
      ? /(?:^|[^0-9a-f])([0-9a-f]{64})(?:[^0-9a-f]|$)/.exec(image.src)
      : null;
  return match?.[1] ?? null;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** A media token for an image on a site: found again by search if an upload's answer is lost. */
export function mediaToken(hash: string): string {
  return `midadmedia${hash.slice(0, 40)}`;
}
