// `npm run dist` needs the internet; this checks its configuration where there is none.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

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

  it('builds AppImage and deb, an NSIS installer and a dmg, with our own icon', async () => {
    const config = await loadConfig();
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    for (const icon of [config.linux.icon, config.win.icon, config.mac.icon]) {
      expect(existsSync(path.join(root, config.directories.buildResources, icon))).toBe(true);
    }
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

  it('opens .midad files and never updates itself without a feed', async () => {
    const config = await loadConfig();
    expect(config.fileAssociations.map((association) => association.ext)).toContain('midad');
    expect(config.publish).toBeNull();
  });

  it('uses our own square icon, large enough for every platform', async () => {
    const { directories, linux } = await loadConfig();
    const png = readFileSync(path.join(root, directories.buildResources, linux.icon));
    // PNG signature, then the IHDR chunk: width and height as big-endian 32-bit numbers.
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(width).toBe(height);
    expect(width).toBeGreaterThanOrEqual(512);
    expect(readFileSync(path.join(root, 'resources', 'icons', 'icon.svg'), 'utf8')).toContain('<svg');
  });

  it("gives .midad files an icon that exists", async () => {
    const { directories, fileAssociations } = await loadConfig();
    const midad = fileAssociations.find((association) => association.ext === 'midad')!;
    expect(existsSync(path.join(root, directories.buildResources, `${midad.icon}.png`))).toBe(true);
  });

  it('packs no node_modules: everything the app runs is bundled into dist/', () => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    // electron-builder copies the production dependencies into the app; there are none.
    expect(manifest.dependencies ?? {}).toEqual({});
    const bundle = readFileSync(path.join(root, 'dist', 'electron', 'main.mjs'), 'utf8');
    const imported = [...bundle.matchAll(/^import [^'"]*from ["']([^"']+)["']/gm)].map((match) => match[1]);
    expect(imported.filter((name) => !name.startsWith('node:') && name !== 'electron')).toEqual([]);
  });

  it('packs the entry that package.json names and the picture worker beside it, which the build writes', async () => {
    const { main } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string };
    expect(main).toBe('dist/electron/main.mjs');
    const build = readFileSync(path.join(root, 'scripts', 'build.mjs'), 'utf8');
    expect(build).toContain("entryPoints: { main: 'electron/main/main.ts', 'picture-worker': 'electron/services/pictures/picture-worker.ts' }");
    expect(build).toContain("outExtension: { '.js': '.mjs' }");
    const { files } = await loadConfig();
    expect(JSON.stringify(files)).toContain('dist/electron/**');
    // Written by `npm run build`, which `npm test` runs before the unit tests.
    // The picture worker rides in dist/electron/** beside main.mjs, which starts it by that path.
    for (const built of [main, 'dist/electron/preload.cjs', 'dist/electron/picture-worker.mjs', 'dist/renderer/index.html']) {
      expect(existsSync(path.join(root, built)), `${built} (run \`npm run build\`)`).toBe(true);
    }
  });
});
