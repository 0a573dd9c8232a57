// Builds everything the app and the tests run: the renderer with Vite into
// dist/renderer, Electron's main and preload, and the browser-mode web host with esbuild;
// and the installers' icons into dist/icons (scripts/icons.mjs).
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { listMethods } from '../electron/contract/index.ts';
import { writeInstallerIcons } from './icons.mjs';

// Whitespace and syntax only: Node parses less at every start (web host to its URL, 249 ->
// 216 ms; docs/cold-start-findings.md), while names stay readable in stack traces.
const compactNodeBundle = { minifyWhitespace: true, minifySyntax: true };

// What a host imports only when asked (the docx library, for a Word export) goes into a
// chunk of its own, so it is not parsed at every start.
const lazyChunks = { splitting: true, chunkNames: 'chunks/[name]-[hash]' };

const nodeEsmBanner = {
  // Bundled CommonJS dependencies still call require(); give ESM output one.
  js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
};

/** conf's JSON-schema validator, which Midad never asks for, left out (lib/conf-without-json-schema.mjs). */
const confWithoutJsonSchema = {
  name: 'conf-without-json-schema',
  setup(build) {
    const stub = new URL('./lib/conf-without-json-schema.mjs', import.meta.url).pathname;
    build.onResolve({ filter: /^(ajv\/dist\/2020\.js|ajv-formats)$/ }, () => ({ path: stub }));
  },
};

// The Node bundles' lazy chunks have hashed names: start from empty folders, or old ones pile up.
await Promise.all(
  ['dist/electron', 'dist/web-host'].map((folder) => rm(folder, { recursive: true, force: true })),
);
await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });

await Promise.all([
  esbuild({
    // The workers beside each host's bundle: a 12 MP decode must not hold up the host's thread,
    // and a first start reads its many drafts on a few reading workers.
    entryPoints: {
      main: 'electron/main/main.ts',
      'picture-worker': 'electron/services/pictures/picture-worker.ts',
      'reading-worker': 'electron/services/drafts/reading/reading-worker.ts',
    },
    outdir: 'dist/electron',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    ...lazyChunks,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    external: ['electron'],
    banner: nodeEsmBanner,
    ...compactNodeBundle,
    logLevel: 'warning',
  }),
  esbuild({
    // A sandboxed preload is one CommonJS file that may require only 'electron'.
    entryPoints: { preload: 'electron/preload/preload.ts' },
    outdir: 'dist/electron',
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron'],
    define: { MIDAD_CONTRACT_METHODS: JSON.stringify(listMethods().map(({ name }) => name)) },
    logLevel: 'warning',
  }),
  esbuild({
    entryPoints: {
      host: 'electron/web-host/main.ts',
      'picture-worker': 'electron/services/pictures/picture-worker.ts',
      'reading-worker': 'electron/services/drafts/reading/reading-worker.ts',
    },
    outdir: 'dist/web-host',
    plugins: [confWithoutJsonSchema],
    outExtension: { '.js': '.mjs' },
    bundle: true,
    ...lazyChunks,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    banner: nodeEsmBanner,
    ...compactNodeBundle,
    logLevel: 'warning',
  }),
  writeInstallerIcons(),
]);
// server.mjs, what `npm run web` and the tests start, is the launcher that loads host.mjs.
await mkdir('dist/web-host', { recursive: true });
await copyFile('electron/web-host/launcher.mjs', 'dist/web-host/server.mjs');
console.log('Midad built into dist/');
