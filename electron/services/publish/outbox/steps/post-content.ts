// What a create or an update sends: the post's fields and its block markup with each
// picture at its address on the site, and for a site with midad-bridge the whole document.
import type { RemotePost } from '../../../../contract/index.ts';
import { siteBlockSources } from '../../../../../common/wordpress/block-import.ts';
import { toWordPressBlocks } from '../../../../../common/wordpress/block-markup.ts';
import { plainTextForSite } from '../../../../../common/wordpress/plain-field.ts';
import { slugFromHeadline } from '../../../../../common/wordpress/slug.ts';
import { buildDocument, DOCUMENT_META_KEY } from '../../review/document-envelope.ts';
import type { PostFields } from '../../wordpress/wordpress-types.ts';
import { withSentPictureHashes } from '../sent-picture-hashes.ts';
import { featuredInText } from '../picture-route.ts';
import { hashOf } from '../post-plan.ts';
import type { JobRun } from './job-run.ts';

type SiteMedia = RemotePost['media'];

export interface PostContent {
  /** The pictures on the site it names, by hash. */
  media: SiteMedia;
  /** The block markup. */
  content: string;
  featuredMedia: Pick<PostFields, 'featured_media'>;
}

/**
 * The text as blocks, each picture on the site at its address there. Only a block this site
 * itself answered with (`siteBlocks`, as this copy last saw the post) goes back verbatim; a
 * protected block from anywhere else is checked as untrusted markup.
 */
export function composeContent(
  run: Pick<JobRun, 'job'>,
  media: SiteMedia,
  siteBlocks: ReadonlySet<string>,
): PostContent {
  const { body } = run.job.draft;
  const content = toWordPressBlocks(body, {
    siteBlocks,
    resolveImage: (image) => {
      const hash = hashOf(image);
      const uploaded = hash ? media[hash] : undefined;
      // A picture not on the site (staying here, or a contributor's before the post exists)
      // keeps its local address, which imageBlock leaves out: the text goes without it.
      return uploaded ? { ...image, src: uploaded.url, id: uploaded.mediaId } : image;
    },
  });
  const featuredHash = featuredInText(run.job.options.featuredImageHash, body);
  const featured = featuredHash ? media[featuredHash]?.mediaId : undefined;
  return { media, content, featuredMedia: featured ? { featured_media: featured } : {} };
}

/** The blocks the site itself sent for this draft on an earlier publish (none for a first one). */
export async function siteBlocksOf(
  run: Pick<JobRun, 'job' | 'seen'>,
  remote: RemotePost | null,
): Promise<ReadonlySet<string>> {
  if (!remote) return new Set<string>();
  return siteBlockSources((await run.seen.read(run.job.siteId, run.job.draftId))?.content);
}

/** The post's fields but its content: headline, excerpt, slug, the terms the terms step found. */
export function postFields(
  run: Pick<JobRun, 'job'>,
  featured: PostContent['featuredMedia'],
): PostFields {
  const { job } = run;
  const { meta } = job.draft;
  const terms = job.progress.terms!;
  return {
    title: plainTextForSite(meta.headline),
    excerpt: plainTextForSite(meta.excerpt),
    slug: job.options.slug?.trim() || slugFromHeadline(meta.headline),
    categories: terms.categoryIds,
    tags: terms.tagIds,
    ...featured,
  };
}

/**
 * The whole document for a site with the midad-bridge plugin; nothing for one without
 * (WordPress drops unregistered meta, so it would be sent for nothing). A document too
 * large for the site is left out: the text still publishes, and the review notes stay
 * on this machine as they would without the plugin.
 */
export function documentMeta(
  run: Pick<JobRun, 'job' | 'site' | 'outbox'>,
  media: SiteMedia,
): Pick<PostFields, 'meta'> {
  const { site, job } = run;
  if (!site.reviewBridge) return {};
  // Everything the job holds of the draft but its timestamp: new content fields travel unseen.
  const content: Record<string, unknown> = {
    ...job.draft,
    body: withSentPictureHashes(job.draft.body, media),
  };
  delete content.updatedAt;
  const built = buildDocument(
    content,
    run.outbox.clock.now().toISOString(),
    site.reviewBridge.maxDocumentBytes,
  );
  if (!built.ok) {
    run.outbox.onStep?.(job.id, 'document-too-large');
    return {};
  }
  return { meta: { [DOCUMENT_META_KEY]: built.json } };
}
