// Renders resources/icons/icon.svg into what the installers want: PNGs for Linux's icon
// theme, an .ico for Windows and an .icns for macOS, all into dist/icons.
import { readFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { icnsFromPngs, icnsTypesBySize, icoFromPngs } from './lib/icon-containers.mjs';

export const iconSource = 'resources/icons/icon.svg';
export const iconsFolder = 'dist/icons';

// The freedesktop icon theme's usual sizes (hicolor), named NxN.png as electron-builder expects.
const linuxSizes = [16, 24, 32, 48, 64, 128, 256, 512];
// Windows picks from these; 256 is the largest an .ico holds and the least NSIS accepts.
const windowsSizes = [16, 24, 32, 48, 64, 128, 256];
const macSizes = [...icnsTypesBySize.keys()];

let wasmReady;
/** resvg compiled to WebAssembly: the same pixels on every platform, no native binary to install. */
function loadRenderer() {
  const require = createRequire(import.meta.url);
  wasmReady ??= readFile(require.resolve('@resvg/resvg-wasm/index_bg.wasm')).then((wasm) =>
    initWasm(wasm),
  );
  return wasmReady;
}

/**
 * Writes every platform's icon into `outDir` (relative to `root`) and answers the files it wrote.
 * @param {string} root the project folder
 * @param {string} outDir
 */
export async function writeInstallerIcons(root = process.cwd(), outDir = iconsFolder) {
  await loadRenderer();
  const svg = await readFile(path.join(root, iconSource), 'utf8');
  const sizes = [...new Set([...linuxSizes, ...windowsSizes, ...macSizes])];
  const pngBySize = new Map(
    sizes.map((size) => [
      size,
      new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng(),
    ]),
  );
  const pngsOf = (list) => list.map((size) => ({ size, png: pngBySize.get(size) }));

  const folder = path.join(root, outDir);
  await rm(folder, { recursive: true, force: true });
  await mkdir(path.join(folder, 'png'), { recursive: true });
  const files = new Map([
    ...linuxSizes.map((size) => [`png/${size}x${size}.png`, pngBySize.get(size)]),
    ['icon.ico', icoFromPngs(pngsOf(windowsSizes))],
    ['icon.icns', icnsFromPngs(pngsOf(macSizes))],
  ]);
  await Promise.all([...files].map(([name, bytes]) => writeFile(path.join(folder, name), bytes)));
  return [...files.keys()].map((name) => path.join(outDir, name));
}
