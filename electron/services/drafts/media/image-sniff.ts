// What an image file really is, from its first bytes (never from its name or the type the
// sender claims), and its size in pixels where the header says it. Only the formats every
// browser and WordPress show: JPEG, PNG, GIF and WebP. SVG is refused: it can carry script.
import type { MediaType } from '../../../contract/index.ts';

export interface SniffedImage {
  mimeType: MediaType;
  width?: number;
  height?: number;
}

/** The extension a stored image gets, by its sniffed type. */
export const MEDIA_EXTENSIONS: Readonly<Record<MediaType, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
};

export function sniffImage(bytes: Uint8Array): SniffedImage | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return withSize(
      'image/png',
      bytes.length >= 24 ? [uint32be(bytes, 16), uint32be(bytes, 20)] : null,
    );
  }
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return withSize('image/jpeg', jpegSize(bytes));
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') {
    return withSize(
      'image/gif',
      bytes.length >= 10 ? [uint16le(bytes, 6), uint16le(bytes, 8)] : null,
    );
  }
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP')
    return withSize('image/webp', webpSize(bytes));
  return null;
}

function withSize(mimeType: MediaType, size: [number, number] | null): SniffedImage {
  if (!size || !(size[0] > 0 && size[1] > 0)) return { mimeType };
  return { mimeType, width: size[0], height: size[1] };
}

/** Walks the JPEG segments to the first frame header (SOFn), which holds the size. */
function jpegSize(bytes: Uint8Array): [number, number] | null {
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1];
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    const isFrame =
      marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return [uint16be(bytes, offset + 7), uint16be(bytes, offset + 5)];
    offset += 2 + uint16be(bytes, offset + 2);
  }
  return null;
}

function webpSize(bytes: Uint8Array): [number, number] | null {
  if (bytes.length < 30) return null;
  const chunk = ascii(bytes, 12, 4);
  if (chunk === 'VP8 ') return [uint16le(bytes, 26) & 0x3fff, uint16le(bytes, 28) & 0x3fff];
  if (chunk === 'VP8L') {
    const [b1, b2, b3, b4] = [bytes[21], bytes[22], bytes[23], bytes[24]];
    return [
      1 + (((b2 & 0x3f) << 8) | b1),
      1 + (((b4 & 0x0f) << 10) | (b3 << 2) | ((b2 & 0xc0) >> 6)),
    ];
  }
  if (chunk === 'VP8X') return [1 + uint24le(bytes, 24), 1 + uint24le(bytes, 27)];
  return null;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);
}

function ascii(bytes: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(start, start + length));
}

const uint16be = (bytes: Uint8Array, at: number) => (bytes[at] << 8) | bytes[at + 1];
const uint16le = (bytes: Uint8Array, at: number) => bytes[at] | (bytes[at + 1] << 8);
const uint24le = (bytes: Uint8Array, at: number) =>
  bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16);
const uint32be = (bytes: Uint8Array, at: number) =>
  ((bytes[at] << 24) >>> 0) + ((bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3]);
