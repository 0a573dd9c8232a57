// Which address a post is opened at: a live post its permalink, any other its preview.
import { describe, expect, it } from 'vitest';
import { postLinkToOpen } from '../../../../common/wordpress/post-link.ts';

describe('postLinkToOpen', () => {
  it('opens a published post at its permalink', () => {
    expect(postLinkToOpen('https://news.example/2026/12/06/budget/', 'publish')).toEqual({
      href: 'https://news.example/2026/12/06/budget/',
      preview: false,
    });
  });

  it('opens a pending or draft post at its preview, as WordPress links it', () => {
    expect(postLinkToOpen('https://news.example/?p=6', 'pending')).toEqual({
      href: 'https://news.example/?p=6&preview=true',
      preview: true,
    });
    expect(postLinkToOpen('https://news.example/?p=6', 'draft').href).toBe(
      'https://news.example/?p=6&preview=true',
    );
  });

  it('opens a scheduled post at the preview of its future permalink', () => {
    expect(postLinkToOpen('https://news.example/2026/12/31/year/', 'future').href).toBe(
      'https://news.example/2026/12/31/year/?preview=true',
    );
  });

  it('keeps an address it cannot read as it is', () => {
    expect(postLinkToOpen('not a url', 'pending')).toEqual({ href: 'not a url', preview: false });
  });
});
