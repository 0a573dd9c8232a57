// `npm run dist` needs the internet; this checks its configuration where there is none.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  createPackagers,
  extraResourceFolders,
  installerFileNames,
  packedAppFiles,
} from './electron-builder-packagers.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const require = createRequire(import.meta.url);

interface BuilderConfig {
  directories: { buildResources: string };
  files: unknown;
  electronFuses: Record<string, boolean>;
  fileAssociations: { ext: string; icon: string }[];
  publish: unknown;
  linux: { icon: string; target: string[] };
  win: { icon: string; target: string[] };
  mac: { icon: string; target: string[] };
  electronLanguages?: string[];
}

/**
 * Every module a bundle imports, re-exports or imports lazily, minified or not. (A `require`
 * of a package cannot survive bundling: esbuild resolves it or fails; ajv's code generator
 * also writes `require("…")` into strings it never runs.)
 */
function modulesLoadedBy(bundle: string): string[] {
  // Not after a quote either: the word as a string ("export", a menu's name) loads nothing.
  const statements =
    /(?<![\w$."'`])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?(["'])([^"'\n]+)\1/g;
  const calls = /(?<![\w$.])import\s*\(\s*(["'`])([^"'`\n]+)\1\s*\)/g;
  return [...bundle.matchAll(statements), ...bundle.matchAll(calls)]
    .sort((first, second) => first.index - second.index)
    .map((match) => match[2]!);
}

/** A module that would have to come from node_modules: not Node's own, not Electron, not a file of the bundle. */
function isPackage(name: string): boolean {
  return !isBuiltin(name) && name !== 'electron' && !name.startsWith('.');
}

async function loadConfig(): Promise<BuilderConfig> {
  const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js');
  const { DebugLogger } = require('builder-util');
  const config = await getConfig(root, null, null);
  await validateConfiguration(config, new DebugLogger(false));
  return config as BuilderConfig;
}

describe('the electron-builder configuration', () => {
  it("is valid for the installed electron-builder's schema", async () => {
    await expect(loadConfig()).resolves.toBeDefined();
  });

  it('builds a deb (first) and an AppImage, an NSIS installer and a dmg', async () => {
    const config = await loadConfig();
    expect(config.linux.target).toEqual(['deb', 'AppImage']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('switches off the fuses an attacker could use and checks the app archive', async () => {
    const { electronFuses } = await loadConfig();
    expect(electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeCliInspectArguments: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it("ships every Chromium locale pack: the menus' direction needs Arabic's and US English's", async () => {
    // electron/main/menu-locale.ts starts Chromium in `ar` or `en-US`; without its pack a
    // locale falls back to en-US, and Arabic menus would read left to right.
    expect((await loadConfig()).electronLanguages).toBeUndefined();
  });

  it('opens .midad files and never updates itself without a feed', async () => {
    const config = await loadConfig();
    expect(config.fileAssociations.map((association) => association.ext)).toContain('midad');
    expect(config.publish).toBeNull();
  });

  it('packs no node_modules: everything the app runs is bundled into dist/', () => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    // electron-builder copies the production dependencies into the app; there are none.
    expect(manifest.dependencies ?? {}).toEqual({});
    for (const file of readdirSync(path.join(root, 'dist', 'electron'), {
      recursive: true,
      encoding: 'utf8',
    })) {
      if (!/\.[cm]js$/.test(file)) continue;
      const bundle = readFileSync(path.join(root, 'dist', 'electron', file), 'utf8');
      expect(modulesLoadedBy(bundle).filter(isPackage), file).toEqual([]);
    }
  });

  it('sees every way a minified bundle loads a module', () => {
    // What esbuild writes with minifyWhitespace: no space after `import`, statements on one line.
    const minified =
      'import{app as e}from"electron";import*as t from"conf";import"side-effect";export*from"re-exported";' +
      'export{a as b}from\'named\';const n=await import("lazy"),p=await import("node:fs");' +
      'import{x}from"./chunks/chunk-1.mjs";const q={import:1},text="import nothing",m={menu:"export"},n="x";';
    expect(modulesLoadedBy(minified).filter(isPackage)).toEqual([
      'conf',
      'side-effect',
      're-exported',
      'named',
      'lazy',
    ]);
  });

  it('packs the entry that package.json names and the workers beside it, which the build writes', async () => {
    const { main } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      main: string;
    };
    expect(main).toBe('dist/electron/main.mjs');
    // Compared with the whitespace folded, so the formatter's line breaks do not matter.
    const build = readFileSync(path.join(root, 'scripts', 'build.mjs'), 'utf8')
      .replace(/\s+/g, ' ')
      .replace(/,\s*}/g, ' }');
    expect(build).toContain(
      "entryPoints: { main: 'electron/main/main.ts', 'picture-worker': 'electron/services/pictures/picture-worker.ts', 'reading-worker': 'electron/services/drafts/reading/reading-worker.ts' }",
    );
    expect(build).toContain("outExtension: { '.js': '.mjs' }");
    const { files } = await loadConfig();
    expect(JSON.stringify(files)).toContain('dist/electron/**');
    // Written by `npm run build`, which `npm test` runs before the unit tests.
    // The workers ride in dist/electron/** beside main.mjs, which starts them by those paths.
    for (const built of [
      main,
      'dist/electron/preload.cjs',
      'dist/electron/picture-worker.mjs',
      'dist/electron/reading-worker.mjs',
      'dist/renderer/index.html',
    ]) {
      expect(existsSync(path.join(root, built)), `${built} (run \`npm run build\`)`).toBe(true);
    }
  });

  it('packs into the app archive exactly what the build writes for the desktop app, at the paths main.mjs loads it from', async () => {
    const { linux, win, mac } = await createPackagers();
    const packed = await packedAppFiles(linux);
    // The same `files` on every platform.
    expect(await packedAppFiles(win)).toEqual(packed);
    expect(await packedAppFiles(mac)).toEqual(packed);
    const built = ['dist/electron', 'dist/renderer'].flatMap((folder) =>
      readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name))),
    );
    expect(new Set(packed)).toEqual(new Set(['package.json', ...built]));
    // main.mjs finds its preload and workers beside it and the renderer one folder up.
    const main = readFileSync(path.join(root, 'electron', 'main', 'main.ts'), 'utf8');
    expect(main).toContain("path.join(here, 'preload.cjs')");
    expect(main).toContain("const PICTURE_WORKER_FILE = 'picture-worker.mjs'");
    expect(main).toContain("const READING_WORKER_FILE = 'reading-worker.mjs'");
    expect(main).toContain("path.join(here, '..', 'renderer')");
    expect(packed).toEqual(
      expect.arrayContaining([
        'dist/electron/main.mjs',
        'dist/electron/preload.cjs',
        'dist/electron/picture-worker.mjs',
        'dist/electron/reading-worker.mjs',
        'dist/renderer/index.html',
      ]),
    );
    // Every file a packed bundle loads by a relative path (its lazy chunks) is packed too.
    for (const file of packed.filter((name) => name.endsWith('.mjs'))) {
      for (const loaded of modulesLoadedBy(readFileSync(path.join(root, file), 'utf8')).filter(
        (name) => name.startsWith('.'),
      )) {
        expect(packed, `${loaded}, loaded by ${file}`).toContain(
          path.join(path.dirname(file), loaded),
        );
      }
    }
  });

  it("README's install section names the files the installers are written as", async () => {
    const names = installerFileNames(await createPackagers());
    expect(names).toHaveLength(5);
    const install = readFileSync(path.join(root, 'README.md'), 'utf8')
      .split('## Installing Midad')[1]!
      .split('\n## ')[0]!;
    // The table names the Intel dmg by what differs from the Apple silicon one.
    const named = install.replace(
      /`(Midad-[^`]+-mac-)arm64\.dmg` \(Apple silicon\) or `-mac-x64\.dmg`/,
      '`$1arm64.dmg` `$1x64.dmg`',
    );
    for (const name of names) expect(named).toContain(`\`${name}\``);
  });

  // A folder listed must exist, or the build would fail on a user's machine.
  it('takes the extra resources from folders that exist', async () => {
    const { linux } = await createPackagers();
    for (const { from } of extraResourceFolders(linux))
      expect(existsSync(path.join(root, from)), from).toBe(true);
  });

  it('ships the spelling dictionaries in the renderer and their licences beside the app', async () => {
    const { linux } = await createPackagers();
    expect(extraResourceFolders(linux)).toContainEqual({
      from: 'resources/dictionaries',
      to: 'dictionaries',
      patterns: ['README.md', 'LICENSE-*', 'COPYRIGHT-*'],
    });
    for (const licence of ['README.md', 'LICENSE-ar-MPL-1.1.txt', 'LICENSE-en_US.txt'])
      expect(existsSync(path.join(root, 'resources', 'dictionaries', licence)), licence).toBe(true);
    // Written by `npm run build`; the app archive packs all of dist/renderer (checked above).
    const assets = readdirSync(path.join(root, 'dist', 'renderer', 'assets'));
    for (const file of [
      /^ar-.+\.aff$/,
      /^ar-.+\.dic$/,
      /^en_US-.+\.aff$/,
      /^en_US-.+\.dic$/,
      /\.wasm$/,
    ])
      expect(
        assets.some((name) => file.test(name)),
        String(file),
      ).toBe(true);
  });
});
