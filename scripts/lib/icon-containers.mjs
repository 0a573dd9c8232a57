// Windows .ico and Apple .icns files written from PNG images: both formats are a small
// header and a table around PNG data, so no converter (and no native binary) is needed.
import { Buffer } from 'node:buffer';

/**
 * An .ico whose every image is a PNG (supported since Windows Vista).
 * Layout: ICONDIR (6 bytes), one ICONDIRENTRY (16 bytes) per image, then the images.
 * @param {{ size: number, png: Uint8Array }[]} images square PNGs, 1 to 256 pixels
 * @returns {Buffer}
 */
export function icoFromPngs(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, index) => {
    if (size < 1 || size > 256)
      throw new RangeError(`an .ico image is 1 to 256 pixels, not ${size}`);
    const entry = 6 + 16 * index;
    // Width and height are one byte each; 0 means 256.
    header.writeUInt8(size % 256, entry);
    header.writeUInt8(size % 256, entry + 1);
    header.writeUInt8(0, entry + 2); // no palette
    header.writeUInt8(0, entry + 3); // reserved
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map(({ png }) => Buffer.from(png))]);
}

/**
 * The .icns element types that hold a PNG, by pixel size: the plain and the Retina (@2x)
 * slot of each point size macOS asks for (Finder, Dock, Launchpad, Quick Look).
 */
export const icnsTypesBySize = new Map([
  [16, ['icp4']],
  [32, ['icp5', 'ic11']],
  [64, ['icp6', 'ic12']],
  [128, ['ic07']],
  [256, ['ic08', 'ic13']],
  [512, ['ic09', 'ic14']],
  [1024, ['ic10']],
]);

/**
 * An .icns: the magic 'icns' and the file's length, then one element per type
 * (four-letter type, the element's length with its 8-byte header, the PNG), big-endian.
 * @param {{ size: number, png: Uint8Array }[]} images square PNGs of the sizes in icnsTypesBySize
 * @returns {Buffer}
 */
export function icnsFromPngs(images) {
  const elements = images.flatMap(({ size, png }) => {
    const types = icnsTypesBySize.get(size);
    if (!types) throw new RangeError(`.icns has no PNG slot for ${size} pixels`);
    return types.map((type) => {
      const header = Buffer.alloc(8);
      header.write(type, 0, 'latin1');
      header.writeUInt32BE(8 + png.length, 4);
      return Buffer.concat([header, Buffer.from(png)]);
    });
  });
  const header = Buffer.alloc(8);
  header.write('icns', 0, 'latin1');
  header.writeUInt32BE(8 + elements.reduce((total, element) => total + element.length, 0), 4);
  return Buffer.concat([header, ...elements]);
}
