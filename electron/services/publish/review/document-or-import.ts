// A post coming back into Midad (the desk's answer, or a pending post the desk opens): its
// whole document when the midad-bridge plugin carried one Midad can read, otherwise the text
// imported from its block markup, with a notice the UI shows the user about review notes.
import {
  draftContentSchema,
  type ArticleMeta,
  type DraftContent,
  type ReviewBridge,
} from '../../../contract/index.ts';
import { checkArticleBody } from '../../../../common/document/article-document-check.ts';
import { importWordPressBlocks } from '../../../../common/wordpress/block-import.ts';
import { plainTextFromSite } from '../../../../common/wordpress/plain-field.ts';
import type { WordPressPost } from '../wordpress/wordpress-types.ts';
import { documentOfPost, type DocumentEnvelope } from './document-envelope.ts';

/**
 * review_stayed_behind: the site has no plugin, so suggestions and comments stayed on the
 * machine that made them. document_unreadable: the site's document could not be read (too
 * new, damaged); the text was taken from the post.
 */
export type ReviewNotice = 'review_stayed_behind' | 'document_unreadable';

export interface PostAsContent {
  content: DraftContent;
  from: 'document' | 'markup';
  /** When the document was written, for 'document': tells the desk's from the reporter's own. */
  writtenAt?: string;
  notice?: ReviewNotice;
}

/** The envelope's content as a draft's, or null when it is not one (a newer, damaged or hostile document). */
export function contentOfEnvelope(envelope: DocumentEnvelope): DraftContent | null {
  const parsed = draftContentSchema.safeParse(envelope.content);
  // A body the article schema refuses is read as a damaged document: the text comes from the post's markup instead.
  return parsed.success && checkArticleBody(parsed.data.body).ok ? parsed.data : null;
}

/**
 * The post as a draft's content. `meta` is what the headline and excerpt are laid over when
 * the text comes from markup (the post carries no section, byline or language of Midad's).
 */
export function documentOrImport(
  post: WordPressPost,
  reviewBridge: ReviewBridge | null,
  meta: ArticleMeta,
): PostAsContent {
  if (reviewBridge) {
    const parsed = documentOfPost(post);
    const content = parsed.ok ? contentOfEnvelope(parsed.envelope) : null;
    if (parsed.ok && content)
      return { content, from: 'document', writtenAt: parsed.envelope.writtenAt };
    const imported = fromMarkup(post, meta);
    // Absent is not a fault: a post written in wp-admin never had a document.
    return !parsed.ok && parsed.reason === 'absent'
      ? imported
      : { ...imported, notice: 'document_unreadable' };
  }
  return { ...fromMarkup(post, meta), notice: 'review_stayed_behind' };
}

function fromMarkup(post: WordPressPost, meta: ArticleMeta): PostAsContent {
  const { body } = importWordPressBlocks(post.content.raw ?? '');
  const headline = post.title.raw === undefined ? meta.headline : plainTextFromSite(post.title.raw);
  const excerpt =
    post.excerpt.raw === undefined ? meta.excerpt : plainTextFromSite(post.excerpt.raw);
  return {
    content: { meta: { ...meta, headline, excerpt }, body: body as DraftContent['body'] },
    from: 'markup',
  };
}
