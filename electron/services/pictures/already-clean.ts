// A picture that carries nothing to strip, needs no turning and is within the cap leaves as
// it is. Re-encoding it would change its bytes for nothing (and lose JPEG quality each time);
// kept whole, it keeps its hash, so the desk that brings it from the site finds the very
// picture the reporter's text names.

/** PNG chunks that are pixels or how to draw them, never about where or by whom. */
const PNG_DRAWING_CHUNKS = new Set(['IHDR', 'PLTE', 'tRNS', 'IDAT', 'IEND']);
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function isAlreadyClean(bytes: Uint8Array, mimeType: string, maxLongSide: number): boolean {
  const size =
    mimeType === 'image/png'
      ? cleanPngSize(bytes)
      : mimeType === 'image/jpeg'
        ? cleanJpegSize(bytes)
        : null;
  return size !== null && Math.max(size.width, size.height) <= maxLongSide;
}

/** The PNG's size when it holds only drawing chunks; null when it holds anything else or is damaged. */
function cleanPngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 33 || PNG_SIGNATURE.some((byte, index) => bytes[index] !== byte)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 8; at + 8 <= bytes.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (!PNG_DRAWING_CHUNKS.has(type)) return null;
    if (type === 'IEND') return { width: view.getUint32(16), height: view.getUint32(20) };
    at += 12 + length;
  }
  return null;
}

/**
 * The JPEG's size when, before its image data, it holds only JFIF's APP0 and the tables and
 * frame of the picture itself: no EXIF (so no orientation), XMP, IPTC, ICC or comment.
 */
function cleanJpegSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let size: { width: number; height: number } | null = null;
  for (let at = 2; at + 4 <= bytes.length;) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    if (marker === 0xda) return size; // start of scan: everything before it was read
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    const isApp0Jfif =
      marker === 0xe0 && String.fromCharCode(...bytes.subarray(at + 4, at + 8)) === 'JFIF';
    if ((marker >= 0xe0 && marker <= 0xef && !isApp0Jfif) || marker === 0xfe) return null;
    // Baseline, extended or progressive frame: its height and width follow the precision byte.
    if (marker === 0xc0 || marker === 0xc1 || marker === 0xc2) {
      size = {
        height: (bytes[at + 5]! << 8) | bytes[at + 6]!,
        width: (bytes[at + 7]! << 8) | bytes[at + 8]!,
      };
    }
    at += 2 + length;
  }
  return null;
}
