// The typing benchmark's generated article as WordPress 6.1 block markup: paragraphs and
// subheadings as core/paragraph and core/heading, the quote and the list in the shapes
// 6.1's core/quote and core/list save (one <p> in the blockquote, <li>s in the list).
import type { Block, GeneratedArticle } from '../typing/article.ts';
import { inlineHtml } from '../typing/article-formats.ts';

function blockMarkup(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return `<!-- wp:paragraph -->\n<p>${block.inlines.map(inlineHtml).join('')}</p>\n<!-- /wp:paragraph -->`;
    case 'heading':
      return `<!-- wp:heading -->\n<h2>${block.inlines.map(inlineHtml).join('')}</h2>\n<!-- /wp:heading -->`;
    case 'quote':
      return `<!-- wp:quote -->\n<blockquote class="wp-block-quote"><p>${block.inlines.map(inlineHtml).join('')}</p></blockquote>\n<!-- /wp:quote -->`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const items = block.items.map((item) => `<li>${item.map(inlineHtml).join('')}</li>`).join('');
      return `<!-- wp:list${block.ordered ? ' {"ordered":true}' : ''} -->\n<${tag}>${items}</${tag}>\n<!-- /wp:list -->`;
    }
  }
}

export function toBlockMarkup(article: GeneratedArticle): string {
  return article.blocks.map(blockMarkup).join('\n\n');
}
