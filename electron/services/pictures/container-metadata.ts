// Metadata taken out of GIF and WebP files without decoding their pictures: a GIF's
// comments and application blocks (XMP rides in one) and a WebP's EXIF and XMP chunks.
// Their frames are left as they are, so an animation still plays.

const GIF_TRAILER = 0x3b;
const GIF_EXTENSION = 0x21;
const GIF_IMAGE = 0x2c;
const GIF_COMMENT = 0xfe;
const GIF_APPLICATION = 0xff;
/** The one application block a browser reads: how often an animation loops. */
const LOOP_APPLICATIONS = new Set(['NETSCAPE2.0', 'ANIMEXTS1.0']);

/** The GIF without comment blocks and without application blocks other than the loop count; null if it is not a GIF we can walk. */
export function gifWithoutMetadata(bytes: Uint8Array): Uint8Array | null {
  if (bytes.length < 13 || String.fromCharCode(...bytes.subarray(0, 3)) !== 'GIF') return null;
  const packed = bytes[10] ?? 0;
  let offset = 13 + (packed & 0x80 ? 3 * 2 ** ((packed & 0x07) + 1) : 0);
  const kept: Uint8Array[] = [bytes.subarray(0, offset)];
  while (offset < bytes.length) {
    const introducer = bytes[offset];
    if (introducer === GIF_TRAILER) {
      kept.push(bytes.subarray(offset, offset + 1));
      return concat(kept);
    }
    let end: number;
    if (introducer === GIF_EXTENSION) {
      end = afterSubBlocks(bytes, offset + 2);
      if (end < 0) return null;
      const label = bytes[offset + 1];
      const application =
        label === GIF_APPLICATION
          ? String.fromCharCode(...bytes.subarray(offset + 3, offset + 14))
          : '';
      const dropped =
        label === GIF_COMMENT || (label === GIF_APPLICATION && !LOOP_APPLICATIONS.has(application));
      if (!dropped) kept.push(bytes.subarray(offset, end));
    } else if (introducer === GIF_IMAGE) {
      const localPacked = bytes[offset + 9] ?? 0;
      const tableEnd = offset + 10 + (localPacked & 0x80 ? 3 * 2 ** ((localPacked & 0x07) + 1) : 0);
      end = afterSubBlocks(bytes, tableEnd + 1); // after the LZW code size byte
      if (end < 0) return null;
      kept.push(bytes.subarray(offset, end));
    } else {
      return null;
    }
    offset = end;
  }
  return null;
}

/** The WebP without its EXIF and XMP chunks, its header flags saying so; null if it is not a RIFF WebP. */
export function webpWithoutMetadata(bytes: Uint8Array): Uint8Array | null {
  const text = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
  if (bytes.length < 12 || text(0) !== 'RIFF' || text(8) !== 'WEBP') return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const kept: Uint8Array[] = [];
  let offset = 12;
  while (offset + 8 <= bytes.length) {
    const id = text(offset);
    const size = view.getUint32(offset + 4, true);
    const end = offset + 8 + size + (size & 1);
    if (end > bytes.length) return null;
    if (id === 'VP8X') {
      const chunk = bytes.slice(offset, end);
      chunk[8] = (chunk[8] ?? 0) & ~(0x08 | 0x04); // the EXIF and XMP flags
      kept.push(chunk);
    } else if (id !== 'EXIF' && id !== 'XMP ') {
      kept.push(bytes.subarray(offset, end));
    }
    offset = end;
  }
  const body = concat(kept);
  const out = new Uint8Array(12 + body.length);
  out.set(bytes.subarray(0, 12));
  new DataView(out.buffer).setUint32(4, 4 + body.length, true);
  out.set(body, 12);
  return out;
}

/** The offset after a run of GIF data sub-blocks (ended by a zero-length block), or -1 if the file ends first. */
function afterSubBlocks(bytes: Uint8Array, offset: number): number {
  let at = offset;
  while (at < bytes.length) {
    const size = bytes[at] ?? 0;
    at += 1 + size;
    if (size === 0) return at;
  }
  return -1;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
