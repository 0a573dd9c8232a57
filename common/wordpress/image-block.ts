// The image block: a figure with the image, its alt text and an optional caption, and the
// `wp-image-ID` class by which WordPress finds the attachment (for srcset and sizes).
import { coreBlock, type BlockAttributes } from './block-comment.ts';
import { escapeHtmlAttribute, escapeHtmlText } from './html-escape.ts';
import { stringField, type SerializedNode } from './lexical-json.ts';
import { safeEmbeddedImageUrl, safeImageUrl } from './safe-url.ts';

/**
 * An image as the article holds it: Midad's image node names its file in the draft by
 * `hash` (no `src`); the caller's resolver gives the address (the upload on publish, a
 * data: URL in the HTML export). `src` as stored is kept for bodies that carry one.
 */
export interface ArticleImage {
  src: string;
  /** The SHA-256 of the image file in the draft's media folder. */
  hash?: string;
  /** The attachment id on the site; absent before upload (export, preview). */
  id?: number;
  alt: string;
  /** Plain text; empty for none. */
  caption: string;
}

/** Lets publishing point an image of the draft at its uploaded copy; null leaves it out. */
export type ImageResolver = (image: ArticleImage) => ArticleImage | null;

export function articleImageOf(node: SerializedNode): ArticleImage {
  const id =
    typeof node.id === 'number' && Number.isSafeInteger(node.id) && node.id > 0
      ? node.id
      : undefined;
  const hash =
    typeof node.hash === 'string' && /^[0-9a-f]{64}$/.test(node.hash) ? node.hash : undefined;
  return {
    src: stringField(node.src),
    ...(hash === undefined ? {} : { hash }),
    ...(id === undefined ? {} : { id }),
    alt: stringField(node.alt),
    caption: stringField(node.caption),
  };
}

/**
 * The block, or '' when the image has no http(s) address to show. `embedded` also lets
 * a base64 data: image through, for a standalone HTML file (never for the site).
 */
export function imageBlock(image: ArticleImage, embedded = false): string {
  const src = safeImageUrl(image.src) ?? (embedded ? safeEmbeddedImageUrl(image.src) : null);
  if (src === null) return '';
  const hasId = image.id !== undefined && Number.isSafeInteger(image.id) && image.id > 0;
  const attributes: BlockAttributes = hasId ? { id: image.id! } : {};
  const idClass = hasId ? ` class="wp-image-${image.id}"` : '';
  const img = `<img src="${escapeHtmlAttribute(src)}" alt="${escapeHtmlAttribute(image.alt)}"${idClass}/>`;
  const caption =
    image.caption.trim() === ''
      ? ''
      : `<figcaption class="wp-element-caption">${escapeHtmlText(image.caption)}</figcaption>`;
  return coreBlock('image', attributes, `<figure class="wp-block-image">${img}${caption}</figure>`);
}

/** The `id` of an image block's opening comment (`<!-- wp:image {"id":5,…} -->`), or null. */
export function imageBlockAttachmentId(source: string): number | null {
  const match = /^\s*<!--\s+wp:image\s+(\{[^\n]*?\})\s+\/?-->/.exec(source);
  if (!match) return null;
  try {
    const id: unknown = (JSON.parse(match[1]!) as Record<string, unknown>).id;
    return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? id : null;
  } catch {
    return null;
  }
}
