import { describe, expect, it } from 'vitest';
import { normalizeLinkUrl } from '../../../../renderer/editor/link-url.ts';

describe('link addresses', () => {
  it('accepts http, https and mailto links as written', () => {
    expect(normalizeLinkUrl('https://example.com/news?id=1')).toBe('https://example.com/news?id=1');
    expect(normalizeLinkUrl('http://example.com')).toBe('http://example.com');
    expect(normalizeLinkUrl('mailto:desk@example.com')).toBe('mailto:desk@example.com');
  });

  it('reads a bare domain as https and a bare e-mail address as mailto', () => {
    expect(normalizeLinkUrl(' example.com/a ')).toBe('https://example.com/a');
    expect(normalizeLinkUrl('desk@example.com')).toBe('mailto:desk@example.com');
  });

  it('refuses javascript:, data:, file: and empty addresses', () => {
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      '',
      '   ',
    ]) {
      expect(normalizeLinkUrl(url), url).toBeNull();
    }
  });
});
