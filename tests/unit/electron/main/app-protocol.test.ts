import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appRequestPath } from '../../../../electron/main/app-request.ts';
import { parseMediaPath } from '../../../../electron/host/media-files.ts';
import {
  CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
} from '../../../../electron/host/content-security-policy.ts';

describe('the app:// protocol', () => {
  it('serves the entry page for the bare origin and files by their path', () => {
    expect(appRequestPath('GET', 'app://midad/')).toBe('/index.html');
    expect(appRequestPath('GET', 'app://midad/assets/index-abc.js')).toBe('/assets/index-abc.js');
    expect(appRequestPath('HEAD', 'app://midad/index.html')).toBe('/index.html');
  });

  it('answers only reads for its own host', () => {
    expect(appRequestPath('POST', 'app://midad/index.html')).toBeUndefined();
    expect(appRequestPath('GET', 'app://other/index.html')).toBeUndefined();
    expect(appRequestPath('GET', 'https://midad/index.html')).toBeUndefined();
    expect(appRequestPath('GET', 'not a url')).toBeUndefined();
  });

  it('resolves dot segments before the file lookup, so `..` cannot climb out', () => {
    expect(appRequestPath('GET', 'app://midad/../../etc/passwd')).toBe('/etc/passwd');
    expect(appRequestPath('GET', 'app://midad/assets/%2e%2e/%2e%2e/secret')).toBe('/secret');
  });

  it("names a draft's image only by an exact media/<draftId>/<hash> path", () => {
    const hash = 'a'.repeat(64);
    expect(parseMediaPath(appRequestPath('GET', `app://midad/media/draft_1234/${hash}`)!)).toEqual({
      draftId: 'draft_1234',
      hash,
    });
    for (const url of [
      `app://midad/media/draft_1234/${hash}.png`,
      `app://midad/media/draft_1234/${'A'.repeat(64)}`,
      `app://midad/media/short/${hash}`,
      `app://midad/media/draft_1234/x/${hash}`,
      `app://midad/media/%2e%2e/${hash}`,
      `app://midad/media/draft%2f1234/${hash}`,
    ]) {
      expect(parseMediaPath(appRequestPath('GET', url)!), url).toBeUndefined();
    }
  });

  it("sends renderer/index.html's Content-Security-Policy, plus frame-ancestors", () => {
    const html = readFileSync(new URL('../../../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(META_CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toBe(`${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
  });

  it('allows no inline script, no eval and no remote origin', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|'unsafe-eval'|https?:|\*/);
  });
});
