// WordPress 6.1.9's own editor scripts, from Debian's `wordpress` package, evaluated in a
// jsdom window in the order WordPress enqueues them (wp-includes/assets/
// script-loader-packages.php for the packages, script-loader.php for the vendor scripts):
// the exact block parser and validator of the site Midad publishes to.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { matchMediaStub, type LoadedWordPress, type WordPressBlocks } from './block-api.ts';

export const WORDPRESS_DIR = '/usr/share/wordpress';
const DIST = path.join(WORDPRESS_DIR, 'wp-includes/js/dist');
const PACKAGES = path.join(WORDPRESS_DIR, 'wp-includes/assets/script-loader-packages.php');

// wp_default_packages_vendor() in wp-includes/script-loader.php (6.1).
const VENDOR_DEPENDENCIES: Record<string, string[]> = {
  react: ['wp-polyfill'],
  'react-dom': ['react'],
  'regenerator-runtime': [],
  moment: [],
  lodash: [],
  'wp-polyfill': ['regenerator-runtime'],
};
// Inline scripts WordPress prints after a handle (script-loader.php).
const INLINE_AFTER: Record<string, string> = { lodash: 'window.lodash = _.noConflict();' };

export function wordpressInstalled(): boolean {
  return existsSync(PACKAGES);
}

export function loadWordPress61(): LoadedWordPress {
  const log: string[] = [];
  const virtualConsole = new VirtualConsole();
  for (const level of ['log', 'info', 'warn', 'error'] as const) {
    virtualConsole.on(level, (...args: unknown[]) => log.push(args.map(String).join(' ')));
  }
  virtualConsole.on('jsdomError', (error) => log.push(String(error)));
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
    url: 'http://127.0.0.1/wp-admin/post-new.php',
    runScripts: 'outside-only',
    pretendToBeVisual: true,
    virtualConsole,
  });
  const window = dom.window as unknown as Record<string, unknown> & { eval(code: string): unknown };
  window.matchMedia = matchMediaStub();
  window.eval('window.wp = { oldEditor: {} };');
  for (const handle of scriptOrder('wp-block-library')) {
    window.eval(readFileSync(scriptFile(handle), 'utf8'));
    if (INLINE_AFTER[handle]) window.eval(INLINE_AFTER[handle]);
  }
  const wp = window.wp as { blocks: WordPressBlocks; blockLibrary: { registerCoreBlocks(): void } };
  wp.blockLibrary.registerCoreBlocks();
  const version = /\$wp_version = '([^']+)'/.exec(
    readFileSync(path.join(WORDPRESS_DIR, 'wp-includes/version.php'), 'utf8'),
  )?.[1];
  return { version: version ?? 'unknown', blocks: wp.blocks, drainLog: () => log.splice(0) };
}

/** The handle and everything it depends on, dependencies first. */
function scriptOrder(handle: string): string[] {
  const dependencies = packageDependencies();
  const order: string[] = [];
  const visit = (name: string) => {
    if (order.includes(name)) return;
    const needs = dependencies.get(name) ?? VENDOR_DEPENDENCIES[name];
    if (!needs)
      throw new Error(
        `WordPress script ${name} is in neither script-loader-packages.php nor the vendor list`,
      );
    needs.forEach(visit);
    order.push(name);
  };
  visit(handle);
  return order;
}

/** 'wp-blocks' → its dependencies, read from the PHP array WordPress itself loads. */
function packageDependencies(): Map<string, string[]> {
  const php = readFileSync(PACKAGES, 'utf8');
  const dependencies = new Map<string, string[]>();
  for (const match of php.matchAll(
    /'([\w-]+)\.js' => array\('dependencies' => array\(([^)]*)\)/g,
  )) {
    dependencies.set(
      `wp-${match[1]}`,
      [...match[2]!.matchAll(/'([^']+)'/g)].map((name) => name[1]!),
    );
  }
  return dependencies;
}

function scriptFile(handle: string): string {
  if (handle in VENDOR_DEPENDENCIES) return path.join(DIST, 'vendor', `${handle}.min.js`);
  return path.join(DIST, `${handle.slice('wp-'.length)}.min.js`);
}
