// The page the build ships (dist/renderer/index.html, built before the unit tests by
// `npm test`): its Content-Security-Policy parsed directive by directive, and nothing in
// the page that the policy would have to allow inline.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { META_CONTENT_SECURITY_POLICY } from '../../../electron/host/content-security-policy.ts';
import { REPO_ROOT } from '../../support/web-host-process.ts';

const html = readFileSync(path.join(REPO_ROOT, 'dist', 'renderer', 'index.html'), 'utf8');
const document = new JSDOM(html).window.document;
const metas = [...document.querySelectorAll('meta[http-equiv="Content-Security-Policy" i]')];
const policy = metas[0]?.getAttribute('content') ?? '';
const directives = new Map(
  policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .filter((words) => words[0])
    .map(([name, ...sources]) => [name!.toLowerCase(), sources] as const),
);

/** Sources beyond 'self' that a directive may name, and why. */
const EXTRA_SOURCES: Record<string, string[]> = {
  // Pasted images arrive as data: URLs and the picker previews files as blob: URLs.
  'img-src': ['data:', 'blob:'],
  // The spelling worker compiles Hunspell's WebAssembly; JavaScript eval stays forbidden.
  'script-src': ["'wasm-unsafe-eval'"],
};

describe('the built page', () => {
  it('carries one Content-Security-Policy, the one the hosts also send as a header', () => {
    expect(metas).toHaveLength(1);
    expect(policy).toBe(META_CONTENT_SECURITY_POLICY);
  });

  it("falls back to 'none' and forbids <base> and form submissions", () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });

  it("allows no inline code, no eval and no origin but 'self'", () => {
    for (const [name, sources] of directives) {
      for (const source of sources) {
        const allowed =
          source === "'self'" ||
          source === "'none'" ||
          (EXTRA_SOURCES[name] ?? []).includes(source);
        expect(allowed, `${name} ${source}`).toBe(true);
      }
    }
    expect(policy.replace("'wasm-unsafe-eval'", '')).not.toMatch(
      /unsafe-|strict-dynamic|nonce-|sha\d+-|\*|https?:|wss?:/i,
    );
  });

  it('has no inline script, event handler or style for the policy to allow', () => {
    for (const script of document.querySelectorAll('script')) {
      expect(script.getAttribute('src'), script.outerHTML).toMatch(/^\.\/assets\/[\w.-]+\.js$/);
      expect(script.textContent?.trim()).toBe('');
    }
    expect(document.querySelectorAll('style, [style]')).toHaveLength(0);
    const handlers = [...document.querySelectorAll('*')].flatMap((element) =>
      element.getAttributeNames().filter((name) => name.startsWith('on')),
    );
    expect(handlers).toEqual([]);
  });

  it('loads every script, style and font from its own assets', () => {
    for (const link of document.querySelectorAll('link[href]')) {
      const href = link.getAttribute('href')!;
      if (link.getAttribute('rel') === 'icon') expect(href).toBe('data:,');
      else expect(href, link.outerHTML).toMatch(/^\.\/assets\/[\w.-]+$/);
    }
  });
});
