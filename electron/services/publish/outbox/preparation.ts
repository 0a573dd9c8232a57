// What the publish panel shows before a job is queued: the actions this account may take,
// the categories and the one the section matches, the pictures and whether each can go,
// the site's time zone, and notes on what will happen (offline, a section to create,
// pictures that stay here, a document too large for the site).
import type { PublishPreparation, Site } from '../../../contract/index.ts';
import { slugFromHeadline } from '../../../../common/wordpress/slug.ts';
import type { FileSystem } from '../../files/file-system.ts';
import { buildDocument } from '../review/document-envelope.ts';
import { readIndex } from '../wordpress/discovery.ts';
import { WordPressHttp } from '../wordpress/wordpress-http.ts';
import type { LiveProgress } from './job-view.ts';
import type { OutboxOptions } from './outbox-options.ts';
import { pictureRouteFor, pictureStayReason } from './picture-route.ts';
import { allowedActions, imagesOf, matchSection } from './post-plan.ts';
import { livePictureRoute } from './steps/media.ts';

export interface PreparationInput {
  outbox: OutboxOptions;
  fs: FileSystem;
  live: LiveProgress;
  site: Site;
  draftId: string;
  /** The unfinished job of this draft on this site, if there is one (asked last: a job may be queued meanwhile). */
  activeJobId: () => string | null;
}

export async function preparePublish(input: PreparationInput): Promise<PublishPreparation> {
  const { outbox, site, draftId } = input;
  const siteId = site.id;
  const draft = await (await outbox.drafts()).open(draftId);
  const remote = draft.remote?.[siteId] ?? null;
  const notes: PublishPreparation['notes'] = [];
  if (draft.meta.byline.trim() !== '') notes.push('byline_not_sent');
  if (
    site.reviewBridge &&
    !buildDocument(
      { meta: draft.meta, body: draft.body },
      outbox.clock.now().toISOString(),
      site.reviewBridge.maxDocumentBytes,
    ).ok
  ) {
    notes.push('document_too_large');
  }
  const http = new WordPressHttp({ fetch: outbox.fetch, clock: outbox.clock, timeoutMs: 5_000 });
  const index = await readIndex(site.restRoot, http).catch(() => null);
  if (!index) notes.push('site_offline');
  const section = matchSection(draft.meta.section, site.categories);
  if (!section && draft.meta.section.trim() !== '') {
    notes.push(
      site.capabilities.includes('manage_categories')
        ? 'section_will_be_created'
        : 'section_uncategorized',
    );
  }
  if (remote && remote.sentUpdatedAt !== draft.updatedAt) notes.push('unsent_changes');
  const files = await outbox.media.list(draftId);
  const sizes = await input.live.measure(files, input.fs);
  // Offline, the plugin as the site's last check found it.
  const route = index
    ? await livePictureRoute(site, outbox).catch(() => pictureRouteFor(site))
    : pictureRouteFor(site);
  const media = imagesOf(draft.body).map((image) => {
    const uploaded = remote?.media[image.hash] !== undefined;
    const staysHere = uploaded ? null : pictureStayReason(route, sizes.get(image.hash) ?? 0);
    return {
      hash: image.hash,
      fileName: files.find((file) => file.hash === image.hash)?.fileName ?? '',
      alt: image.alt,
      caption: image.caption,
      uploaded,
      ...(staysHere ? { staysHere } : {}),
    };
  });
  if (media.some((image) => image.staysHere)) notes.push('pictures_stay_here');
  return {
    draftId,
    siteId,
    allowedActions: allowedActions(site.capabilities, remote),
    categories: site.categories,
    suggestedCategoryIds: section ? [section.id] : [],
    suggestedSlug: slugFromHeadline(draft.meta.headline),
    tags: draft.meta.tags,
    timeZone: index ? { timezoneString: index.timezone, gmtOffset: index.gmtOffset } : null,
    media,
    remote,
    activeJobId: input.activeJobId(),
    notes,
  };
}
