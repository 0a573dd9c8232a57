// The current WordPress block validator: @wordpress/blocks and @wordpress/block-library from
// npm, installed in ./current-validator (its own React 18, apart from the app's React 19)
// and loaded with require, as their CommonJS builds expect, with a jsdom window as the
// browser globals.
import { createRequire } from 'node:module';
import { JSDOM, VirtualConsole } from 'jsdom';
import { matchMediaStub, type LoadedWordPress, type WordPressBlocks } from './block-api.ts';

export const CURRENT_VALIDATOR_DIR = new URL('../current-validator/', import.meta.url).pathname;

export function loadCurrentWordPress(): LoadedWordPress {
  const log: string[] = [];
  const virtualConsole = new VirtualConsole();
  for (const level of ['log', 'info', 'warn', 'error'] as const) {
    virtualConsole.on(level, (...args: unknown[]) => log.push(args.map(String).join(' ')));
  }
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
    url: 'http://127.0.0.1/wp-admin/post-new.php',
    pretendToBeVisual: true,
    virtualConsole,
  });
  installBrowserGlobals(dom.window as unknown as Record<string, unknown>);
  const quietly = <T>(run: () => T): T => withConsoleTo(log, run);
  const require = createRequire(new URL('package.json', `file://${CURRENT_VALIDATOR_DIR}`));
  const blocks = quietly(() => {
    const api = require('@wordpress/blocks') as WordPressBlocks;
    (require('@wordpress/block-library') as { registerCoreBlocks(): void }).registerCoreBlocks();
    return api;
  });
  const version = (require('@wordpress/block-library/package.json') as { version: string }).version;
  return {
    version: `@wordpress/block-library ${version}`,
    blocks: {
      parse: (html) => quietly(() => blocks.parse(html)),
      serialize: (parsed) => quietly(() => blocks.serialize(parsed)),
      getBlockType: (name) => blocks.getBlockType(name),
      validateBlock: (block, blockType) => quietly(() => blocks.validateBlock(block, blockType)),
    },
    drainLog: () => log.splice(0),
  };
}

/** The packages log through Node's console (block upgrades, deprecations): into `log` instead. */
function withConsoleTo<T>(log: string[], run: () => T): T {
  const original = { ...console };
  for (const level of ['log', 'info', 'warn', 'error'] as const) {
    console[level] = (...args: unknown[]) => log.push(args.map(String).join(' '));
  }
  try {
    return run();
  } finally {
    Object.assign(console, original);
  }
}

/** Node's globals get the window's DOM: window, document, HTMLElement, Node, navigator… */
function installBrowserGlobals(window: Record<string, unknown>): void {
  window.matchMedia = matchMediaStub();
  const globals = globalThis as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(window)) {
    if (key in globals) continue;
    globals[key] = window[key];
  }
  globals.window = window;
  globals.document = window.document;
}
