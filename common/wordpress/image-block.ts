// The image block: a figure with the image, its alt text and an optional caption, and the
// `wp-image-ID` class by which WordPress finds the attachment (for srcset and sizes).
import { coreBlock, type BlockAttributes } from './block-comment.ts';
import { escapeHtmlAttribute, escapeHtmlText } from './html-escape.ts';
import { stringField, type SerializedNode } from './lexical-json.ts';
import { safeImageUrl } from './safe-url.ts';

/** An image as the article holds it: where it is, and its WordPress media id once uploaded. */
export interface ArticleImage {
  src: string;
  /** The attachment id on the site; absent before upload (export, preview). */
  id?: number;
  alt: string;
  /** Plain text; empty for none. */
  caption: string;
}

/** Lets publishing point an image of the draft at its uploaded copy; null leaves it out. */
export type ImageResolver = (image: ArticleImage) => ArticleImage | null;

export function articleImageOf(node: SerializedNode): ArticleImage {
  const id = typeof node.id === 'number' && Number.isSafeInteger(node.id) && node.id > 0 ? node.id : undefined;
  return { src: stringField(node.src), ...(id === undefined ? {} : { id }), alt: stringField(node.alt), caption: stringField(node.caption) };
}

/** The block, or '' when the image has no http(s) address to show. */
export function imageBlock(image: ArticleImage): string {
  const src = safeImageUrl(image.src);
  if (src === null) return '';
  const hasId = image.id !== undefined && Number.isSafeInteger(image.id) && image.id > 0;
  const attributes: BlockAttributes = hasId ? { id: image.id! } : {};
  const idClass = hasId ? ` class="wp-image-${image.id}"` : '';
  const img = `<img src="${escapeHtmlAttribute(src)}" alt="${escapeHtmlAttribute(image.alt)}"${idClass}/>`;
  const caption = image.caption.trim() === '' ? '' : `<figcaption class="wp-element-caption">${escapeHtmlText(image.caption)}</figcaption>`;
  return coreBlock('image', attributes, `<figure class="wp-block-image">${img}${caption}</figure>`);
}
