// What a cleaned picture must not carry, looked for in its bytes without exiftool: the
// segments and chunks metadata lives in, and the words the camera photo fixture was given
// (its camera, serial number, city, photographer), wherever they might hide.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import jpeg from 'jpeg-js';

/** The phone photo the tests clean (tests/fixtures/pictures/make-camera-photo.mjs made it). */
export const CAMERA_PHOTO = new Uint8Array(
  readFileSync(path.join(import.meta.dirname, '../../fixtures/pictures/camera-photo.jpg')),
);
/** As stored: 320×240 pixels, shown turned (EXIF orientation 6) as 240×320. */
export const CAMERA_PHOTO_STORED = { width: 320, height: 240 } as const;

/**
 * Which quarters of a JPEG made from the camera photo are red. Stored, the red quarter is top
 * left; turned as its orientation says (90° clockwise) it stands top-right.
 */
export function redQuartersOf(bytes: Uint8Array): string[] {
  const { width, height, data } = jpeg.decode(bytes, { useTArray: true });
  const quarters = [
    ['top-left', 0.25, 0.25],
    ['top-right', 0.75, 0.25],
    ['bottom-left', 0.25, 0.75],
    ['bottom-right', 0.75, 0.75],
  ] as const;
  return quarters
    .filter(([, across, down]) => {
      const at = (Math.floor(down * height) * width + Math.floor(across * width)) * 4;
      return data[at]! > 180 && data[at + 1]! < 80;
    })
    .map(([name]) => name);
}

/** Words from the fixture's metadata that must never leave with it. */
const TELLING_WORDS = [
  'Canon',
  'EOS R6',
  '083021001234',
  'RF24-105',
  'Beirut',
  '2026:03:14',
  'ExifTool',
  'Photoshop 3.0',
  'http://ns.adobe.com/xap',
  'GPS',
];
/** The credit and caption the photographer gave, which stay only when the newsroom keeps them. */
export const CREDIT_WORDS = ['سلمى حداد', '© وكالة الأنباء', 'Protesters in Martyrs Square'];

/** Every trace of metadata found in a JPEG, PNG, GIF or WebP: [] when it is clean. */
export function metadataTraces(
  bytes: Uint8Array,
  options: { creditAllowed?: boolean } = {},
): string[] {
  const traces: string[] = [];
  // In a JPEG only the segments before the scan: compressed pixels may spell "GPS" by chance.
  const searched = Buffer.from(
    bytes.subarray(0, bytes[0] === 0xff && bytes[1] === 0xd8 ? jpegScanStart(bytes) : bytes.length),
  );
  const text = searched.toString('latin1');
  const utf8 = searched.toString('utf8');
  for (const word of TELLING_WORDS) if (text.includes(word)) traces.push(`the words “${word}”`);
  if (!options.creditAllowed)
    for (const word of CREDIT_WORDS) if (utf8.includes(word)) traces.push(`the credit “${word}”`);
  if (bytes[0] === 0xff && bytes[1] === 0xd8)
    traces.push(...jpegTraces(bytes, options.creditAllowed === true));
  if (text.startsWith('\x89PNG'))
    for (const chunk of ['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME', 'iCCP'])
      if (text.includes(chunk)) traces.push(`a PNG ${chunk} chunk`);
  if (text.startsWith('RIFF'))
    for (const chunk of ['EXIF', 'XMP '])
      if (text.includes(chunk)) traces.push(`a WebP ${chunk} chunk`);
  return traces;
}

function jpegScanStart(bytes: Uint8Array): number {
  let offset = 2;
  while (offset + 4 <= bytes.length && bytes[offset] === 0xff && bytes[offset + 1] !== 0xda)
    offset += 2 + ((bytes[offset + 2]! << 8) | bytes[offset + 3]!);
  return offset;
}

/** APP1 (EXIF, XMP), APP2 (ICC, FlashPix), APP13 (IPTC) and comments; an EXIF block with a credit only may stay when allowed. */
function jpegTraces(bytes: Uint8Array, creditAllowed: boolean): string[] {
  const traces: string[] = [];
  let offset = 2;
  while (offset + 4 <= bytes.length && bytes[offset] === 0xff && bytes[offset + 1] !== 0xda) {
    const marker = bytes[offset + 1]!;
    const length = (bytes[offset + 2]! << 8) | bytes[offset + 3]!;
    const data = Buffer.from(bytes.subarray(offset + 4, offset + 2 + length));
    if (marker === 0xfe) traces.push('a JPEG comment');
    if (marker >= 0xe1 && marker <= 0xef) {
      const exif = marker === 0xe1 && data.subarray(0, 6).toString('latin1') === 'Exif\0\0';
      if (!exif || !creditAllowed || !onlyCreditTags(data.subarray(6)))
        traces.push(`a JPEG APP${marker - 0xe0} segment`);
    }
    offset += 2 + length;
  }
  return traces;
}

/** IFD0 holds nothing but ImageDescription, Artist and Copyright, and no IFD follows it. */
function onlyCreditTags(tiff: Buffer): boolean {
  const little = tiff[0] === 0x49;
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  const ifd = u32(4);
  const count = u16(ifd);
  const tags = Array.from({ length: count }, (_, index) => u16(ifd + 2 + index * 12));
  return (
    tags.every((tag) => [0x010e, 0x013b, 0x8298].includes(tag)) && u32(ifd + 2 + count * 12) === 0
  );
}
