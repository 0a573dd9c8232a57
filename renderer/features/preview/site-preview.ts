// The article as the site will read it: the same block markup the publish step sends
// (common/wordpress), with the draft's images pointing at their local copies.
import type { Draft } from '../../../electron/contract/index.ts';
import { toWordPressBlocks } from '../../../common/wordpress/block-markup.ts';

/**
 * Block markup of the draft's body; `pageUrl` resolves `media/<draft>/<hash>` addresses. The
 * preview sits in Midad's own page, so a protected block shows as a card of its text.
 */
export function sitePreviewMarkup(draft: Pick<Draft, 'id' | 'body'>, pageUrl: string): string {
  return toWordPressBlocks(draft.body, {
    protectedBlocksAs: 'card',
    resolveImage: (image) =>
      image.hash
        ? { ...image, src: new URL(`media/${draft.id}/${image.hash}`, pageUrl).href }
        : image,
  });
}
