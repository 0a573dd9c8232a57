// Each installer's icon, found by electron-builder's own lookup in what `npm run build` writes.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { iconsFolder, writeInstallerIcons } from '../../../scripts/icons.mjs';
import {
  createPackagers,
  linuxIcons,
  platformIconFileName,
  root,
  type Packagers,
} from './electron-builder-packagers.ts';

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
function pngSize(bytes: Buffer): number | undefined {
  if (!bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return undefined;
  const [width, height] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
  return width === height ? width : undefined;
}

/** The images of an .ico: the size its directory states and the size of the PNG found there. */
function readIco(bytes: Buffer) {
  expect(bytes.readUInt16LE(2), 'an icon, not a cursor').toBe(1);
  return Array.from({ length: bytes.readUInt16LE(4) }, (_, index) => {
    const entry = 6 + 16 * index;
    const [length, offset] = [bytes.readUInt32LE(entry + 8), bytes.readUInt32LE(entry + 12)];
    return { stated: bytes[entry] || 256, png: pngSize(bytes.subarray(offset, offset + length)) };
  });
}

/** The elements of an .icns: their four-letter type and the size of the PNG each holds. */
function readIcns(bytes: Buffer) {
  expect(bytes.subarray(0, 4).toString('latin1')).toBe('icns');
  expect(bytes.readUInt32BE(4), 'the length the header states').toBe(bytes.length);
  const elements: { type: string; png: number | undefined }[] = [];
  for (let offset = 8; offset < bytes.length; offset += bytes.readUInt32BE(offset + 4)) {
    const length = bytes.readUInt32BE(offset + 4);
    elements.push({
      type: bytes.subarray(offset, offset + 4).toString('latin1'),
      png: pngSize(bytes.subarray(offset + 8, offset + length)),
    });
  }
  return elements;
}

const built = (file: string) => {
  const absolute = path.join(root, iconsFolder, file);
  expect(existsSync(absolute), `${path.relative(root, absolute)} (run \`npm run build\`)`).toBe(
    true,
  );
  return absolute;
};

describe("the installers' icons", () => {
  let packagers: Packagers;
  beforeAll(async () => {
    packagers = await createPackagers();
  });

  it('the Windows app and its installer show the .ico the build makes, up to 256 pixels', async () => {
    const icon = await packagers.win.getIconPath();
    expect(icon).toBe(built('icon.ico'));
    const images = readIco(readFileSync(icon!));
    expect(images.map((image) => image.stated)).toEqual([16, 24, 32, 48, 64, 128, 256]);
    for (const image of images)
      expect(image.png, `the ${image.stated}-pixel image`).toBe(image.stated);
  });

  it('the macOS app shows the .icns the build makes, sharp on Retina screens up to 1024 pixels', async () => {
    const icon = await packagers.mac.getIconPath();
    expect(icon).toBe(built('icon.icns'));
    const elements = readIcns(readFileSync(icon!));
    expect(Object.fromEntries(elements.map(({ type, png }) => [type, png]))).toEqual({
      icp4: 16,
      icp5: 32,
      ic11: 32,
      icp6: 64,
      ic12: 64,
      ic07: 128,
      ic08: 256,
      ic13: 256,
      ic09: 512,
      ic14: 512,
      ic10: 1024,
    });
  });

  it("Linux's menus and docks get the icon in every size of the icon theme, from 16 to 512 pixels", async () => {
    const icons = await linuxIcons(packagers.linux);
    expect(icons.map(({ size }) => size)).toEqual([16, 24, 32, 48, 64, 128, 256, 512]);
    for (const { file, size } of icons) {
      expect(path.dirname(file)).toBe(path.dirname(built(`png/${size}x${size}.png`)));
      expect(pngSize(readFileSync(file)), file).toBe(size);
    }
  });

  it('a .midad file shows Midad’s icon in Windows Explorer and the macOS Finder', async () => {
    const midad = packagers.win.config.fileAssociations.find(
      (association) => association.ext === 'midad',
    )!;
    // What the NSIS installer and the mac packager ask for (NsisTarget, electronMac).
    const windows = await packagers.win.getResource(
      platformIconFileName(midad.icon, false),
      'midad.ico',
    );
    const mac = await packagers.mac.getResource(
      platformIconFileName(midad.icon, true),
      'midad.icns',
    );
    expect(windows).toBe(built('icon.ico'));
    expect(mac).toBe(built('icon.icns'));
  });

  it('are rendered from the SVG the same way at every build', async () => {
    const folders = [0, 1].map(() => mkdtempSync(path.join(tmpdir(), 'midad-icons-')));
    try {
      const [first, second] = await Promise.all(
        folders.map((folder) => writeInstallerIcons(root, path.relative(root, folder))),
      );
      expect(first.map((file) => path.relative(folders[0]!, path.join(root, file)))).toEqual(
        second.map((file) => path.relative(folders[1]!, path.join(root, file))),
      );
      for (const file of [
        ...readdirSync(path.join(folders[0]!, 'png')).map((name) => `png/${name}`),
        'icon.ico',
        'icon.icns',
      ]) {
        expect(
          readFileSync(path.join(folders[0]!, file)).equals(
            readFileSync(path.join(folders[1]!, file)),
          ),
          file,
        ).toBe(true);
        expect(
          readFileSync(path.join(folders[0]!, file)).equals(readFileSync(built(file))),
          `${file} as the build wrote it`,
        ).toBe(true);
      }
    } finally {
      for (const folder of folders) rmSync(folder, { recursive: true, force: true });
    }
  });
});
