import { describe, expect, it } from 'vitest';
import {
  hasMarker,
  isPostMarker,
  markContent,
  newPostMarker,
  unmarkContent,
} from '../../../../../../electron/services/publish/wordpress/post-marker.ts';

const marker = 'midad0123456789abcdef0123456789';

describe('the marker a retry finds a lost create by', () => {
  it('is one search term: letters and digits after "midad"', () => {
    const fresh = newPostMarker();
    expect(isPostMarker(fresh)).toBe(true);
    expect(fresh).toMatch(/^midad[0-9a-f]{30}$/);
    expect(newPostMarker()).not.toBe(fresh);
  });

  it('goes into the first block comment, the rest of the content unchanged', () => {
    const content =
      '<!-- wp:paragraph -->\n<p>نص</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:paragraph {"direction":"ltr"} -->\n<p dir="ltr">x</p>\n<!-- /wp:paragraph -->';
    const marked = markContent(content, marker);
    expect(marked).toBe(
      `<!-- wp:paragraph {"midadMarker":"${marker}"} -->\n<p>نص</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:paragraph {"direction":"ltr"} -->\n<p dir="ltr">x</p>\n<!-- /wp:paragraph -->`,
    );
    expect(hasMarker(marked, marker)).toBe(true);
    expect(unmarkContent(marked, marker)).toBe(content);
  });

  it('joins attributes the first block already has, and void blocks', () => {
    const withAttributes =
      '<!-- wp:heading {"level":3,"nested":{"a":1}} -->\n<h3>ع</h3>\n<!-- /wp:heading -->';
    expect(markContent(withAttributes, marker)).toBe(
      `<!-- wp:heading {"midadMarker":"${marker}","level":3,"nested":{"a":1}} -->\n<h3>ع</h3>\n<!-- /wp:heading -->`,
    );
    expect(unmarkContent(markContent(withAttributes, marker), marker)).toBe(withAttributes);
    expect(markContent('<!-- wp:separator /-->', marker)).toBe(
      `<!-- wp:separator {"midadMarker":"${marker}"} /-->`,
    );
    expect(markContent('<!-- wp:core/image {"id":5} -->x', marker)).toBe(
      `<!-- wp:core/image {"midadMarker":"${marker}","id":5} -->x`,
    );
  });

  it('marks an empty text with an empty paragraph, as a text whose every part was refused', () => {
    expect(markContent('', marker)).toBe(`<!-- wp:paragraph {"midadMarker":"${marker}"} /-->`);
    expect(hasMarker(markContent('', marker), marker)).toBe(true);
  });

  it('another marker is not this one', () => {
    expect(
      hasMarker(markContent('<!-- wp:separator /-->', marker), 'midad9999999999abcdef0123456789'),
    ).toBe(false);
  });

  it('refuses content that does not start with a block, and strings that are not markers', () => {
    expect(() => markContent('<p>classic</p>', marker)).toThrow();
    expect(() => markContent('<!-- wp:separator /-->', '-midad x')).toThrow();
  });
});
