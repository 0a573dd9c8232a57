// A protected block goes back verbatim only to the site it came from; from a .midad, a paste
// or another site it is untrusted markup, and Midad's own pages show it as a card of its text.
import { describe, expect, it } from 'vitest';
import { articleBody } from '../../../../common/document/article-content.ts';
import { siteBlockSources } from '../../../../common/wordpress/block-import.ts';
import { toWordPressBlocks } from '../../../../common/wordpress/block-markup.ts';
import {
  hostileMarkupReasons,
  isHostileMarkup,
  markupText,
} from '../../../../common/wordpress/untrusted-markup.ts';
import { XSS_PAYLOADS } from '../../../fixtures/hostile-midad/hostile-documents.ts';

const HOSTILE =
  '<!-- wp:html -->\n<script>window.__xss=1</script><img src=x onerror="window.__xss=1"><a href="java&#x09;script:alert(1)">اضغط</a>' +
  '<iframe src="data:text/html,<script>alert(1)</script>"></iframe>\n<!-- /wp:html -->';
const GALLERY =
  '<!-- wp:gallery -->\n<figure class="wp-block-gallery"><img src="https://example.com/a.jpg" alt="مرفأ"/></figure>\n<!-- /wp:gallery -->';

function bodyWith(...sources: string[]) {
  const children = sources.map((source) => ({
    type: 'protected-block',
    version: 1,
    blockName: 'core/html',
    source,
  }));
  return articleBody(children);
}

describe('a protected block from a .midad file', () => {
  it('reaches a post, the HTML export and the proof without its script, handlers, frame or javascript: link', () => {
    const markup = toWordPressBlocks(bodyWith(HOSTILE));
    expect(markup).not.toMatch(/<script|<iframe|onerror|javascript|data:text/iu);
    expect(markup).toContain('اضغط');
  });

  it('shows in the preview and the proof as a labelled card of its text, never as its markup', () => {
    const card = toWordPressBlocks(bodyWith(HOSTILE, GALLERY), { protectedBlocksAs: 'card' });
    expect(card).not.toMatch(/<script|<iframe|<img|onerror|href=/iu);
    expect(card).toContain('<p class="midad-protected-block__name">core/html</p>');
  });

  it('keeps markup that can run nothing, such as a gallery', () => {
    expect(toWordPressBlocks(bodyWith(GALLERY))).toBe(GALLERY);
  });

  it('turns classic markup that can run nothing into a Custom HTML block, so a post starts with a block', () => {
    expect(toWordPressBlocks(bodyWith('<p>نص <em>قديم</em></p>'))).toBe(
      '<!-- wp:html -->\n<p>نص <em>قديم</em></p>\n<!-- /wp:html -->',
    );
  });
});

describe('a protected block the site answered with', () => {
  it('goes back verbatim to that site', () => {
    const site = siteBlockSources(`${HOSTILE}\n\n${GALLERY}`);
    expect(toWordPressBlocks(bodyWith(HOSTILE, GALLERY), { siteBlocks: site })).toBe(
      `${HOSTILE}\n\n${GALLERY}`,
    );
  });

  it('is untrusted markup for another site, or once its source changed', () => {
    const otherSite = siteBlockSources(GALLERY);
    expect(toWordPressBlocks(bodyWith(HOSTILE), { siteBlocks: otherSite })).not.toContain(
      '<script',
    );
    const site = siteBlockSources(HOSTILE);
    const changed = HOSTILE.replace('اضغط', 'اضغط هنا');
    expect(toWordPressBlocks(bodyWith(changed), { siteBlocks: site })).not.toContain('<script');
  });
});

describe('untrusted markup', () => {
  it.each(XSS_PAYLOADS)('finds %s hostile', (payload) => {
    expect(isHostileMarkup(payload)).toBe(true);
  });

  it('sees through case, entities, tabs and newlines inside a scheme', () => {
    for (const href of [
      'JaVaScRiPt:x',
      'java&#x09;script:x',
      'java\nscript:x',
      '&#106;avascript:x',
      'javascript&colon;x',
      ' &#14; javascript:x',
      'VBScript:x',
      'DATA:text/html,x',
    ]) {
      expect(hostileMarkupReasons(`<a href="${href}">x</a>`)).toEqual(['dangerous_url']);
    }
  });

  it('finds nothing in plain WordPress blocks', () => {
    expect(isHostileMarkup(GALLERY)).toBe(false);
    expect(
      isHostileMarkup(
        '<!-- wp:table --><figure class="wp-block-table"><table><tr><td>١</td></tr></table></figure><!-- /wp:table -->',
      ),
    ).toBe(false);
  });

  it('reads as the words a reader sees, without the script', () => {
    expect(markupText(HOSTILE)).toBe('اضغط');
  });
});
