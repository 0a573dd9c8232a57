// What Midad reads from a JPEG's metadata before it throws the rest away — the EXIF
// orientation and, when a newsroom keeps them, the photographer's credit and caption
// (EXIF Artist, Copyright, ImageDescription; IPTC By-line, Copyright Notice, Caption) —
// and the minimal EXIF block that carries only those three back. Nothing else survives.

/** The credit and caption a photographer put in the file; empty when there are none. */
export interface PictureCredit {
  artist?: string;
  copyright?: string;
  description?: string;
}

export interface JpegMetadata {
  /** EXIF orientation 1–8; 1 when absent or nonsense. */
  orientation: number;
  credit: PictureCredit;
}

const TAG_ORIENTATION = 0x0112;
const TAG_IMAGE_DESCRIPTION = 0x010e;
const TAG_ARTIST = 0x013b;
const TAG_COPYRIGHT = 0x8298;
const TYPE_ASCII = 2;
const TYPE_SHORT = 3;
/** Each kept field is cut to this many characters: a credit, not an essay, and the segment stays small. */
const MAX_FIELD_CHARS = 500;

const EXIF_HEADER = [0x45, 0x78, 0x69, 0x66, 0, 0]; // "Exif\0\0"
const PHOTOSHOP_HEADER = 'Photoshop 3.0\0';

/** Reads the orientation and credit of a JPEG; a damaged segment is ignored, never thrown. */
export function readJpegMetadata(bytes: Uint8Array): JpegMetadata {
  const metadata: JpegMetadata = { orientation: 1, credit: {} };
  const iptc: PictureCredit = {};
  for (const segment of jpegSegments(bytes)) {
    try {
      if (segment.marker === 0xe1 && startsWith(segment.data, EXIF_HEADER))
        readExif(segment.data.subarray(6), metadata);
      if (
        segment.marker === 0xed &&
        latin1(segment.data.subarray(0, PHOTOSHOP_HEADER.length)) === PHOTOSHOP_HEADER
      ) {
        readPhotoshopIptc(segment.data.subarray(PHOTOSHOP_HEADER.length), iptc);
      }
    } catch {
      // A truncated or lying segment: what was read before it stands.
    }
  }
  metadata.credit = {
    ...pick('artist', metadata.credit.artist ?? iptc.artist),
    ...pick('copyright', metadata.credit.copyright ?? iptc.copyright),
    ...pick('description', metadata.credit.description ?? iptc.description),
  };
  return metadata;
}

/** An APP1 segment (marker and length included) holding only the credit as EXIF IFD0 text; null when there is no credit. */
export function creditExifSegment(credit: PictureCredit): Uint8Array | null {
  const wanted: [number, string | undefined][] = [
    [TAG_IMAGE_DESCRIPTION, credit.description],
    [TAG_ARTIST, credit.artist],
    [TAG_COPYRIGHT, credit.copyright],
  ];
  const fields = wanted.flatMap(([tag, text]) =>
    text === undefined || text.trim() === ''
      ? []
      : // EXIF says ASCII; UTF-8 is what exiftool, Windows and WordPress read there, and Arabic names need it.
        [
          {
            tag,
            value: new TextEncoder().encode(
              `${Array.from(text).slice(0, MAX_FIELD_CHARS).join('')}\0`,
            ),
          },
        ],
  );
  if (fields.length === 0) return null;
  const ifdSize = 2 + fields.length * 12 + 4;
  const tiffSize =
    8 +
    ifdSize +
    fields.reduce((sum, field) => sum + (field.value.length > 4 ? field.value.length : 0), 0);
  const segment = new Uint8Array(4 + EXIF_HEADER.length + tiffSize);
  const view = new DataView(segment.buffer);
  view.setUint16(0, 0xffe1);
  view.setUint16(2, segment.length - 2);
  segment.set(EXIF_HEADER, 4);
  const tiff = 4 + EXIF_HEADER.length;
  segment.set([0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8], tiff); // big-endian, IFD0 right after the header
  view.setUint16(tiff + 8, fields.length);
  let dataOffset = 8 + ifdSize;
  fields.forEach((field, index) => {
    const entry = tiff + 10 + index * 12;
    view.setUint16(entry, field.tag);
    view.setUint16(entry + 2, TYPE_ASCII);
    view.setUint32(entry + 4, field.value.length);
    if (field.value.length <= 4) {
      segment.set(field.value, entry + 8);
    } else {
      view.setUint32(entry + 8, dataOffset);
      segment.set(field.value, tiff + dataOffset);
      dataOffset += field.value.length;
    }
  });
  view.setUint32(tiff + 10 + fields.length * 12, 0); // no IFD1: no thumbnail
  return segment;
}

interface JpegSegment {
  marker: number;
  data: Uint8Array;
}

/** The marker segments before the image data (where metadata lives). */
function* jpegSegments(bytes: Uint8Array): Generator<JpegSegment> {
  let offset = 2; // after SOI
  while (offset + 4 <= bytes.length && bytes[offset] === 0xff) {
    const marker = bytes[offset + 1] ?? 0;
    if (marker === 0xda || marker === 0xd9) return; // start of scan, end of image
    const length = ((bytes[offset + 2] ?? 0) << 8) | (bytes[offset + 3] ?? 0);
    if (length < 2) return;
    yield { marker, data: bytes.subarray(offset + 4, Math.min(bytes.length, offset + 2 + length)) };
    offset += 2 + length;
  }
}

function readExif(tiff: Uint8Array, into: JpegMetadata): void {
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  const little = tiff[0] === 0x49;
  const ifd = view.getUint32(4, little);
  const count = view.getUint16(ifd, little);
  for (let index = 0; index < count; index += 1) {
    const entry = ifd + 2 + index * 12;
    const tag = view.getUint16(entry, little);
    const type = view.getUint16(entry + 2, little);
    const length = view.getUint32(entry + 4, little);
    if (tag === TAG_ORIENTATION && type === TYPE_SHORT) {
      const orientation = view.getUint16(entry + 8, little);
      if (orientation >= 1 && orientation <= 8) into.orientation = orientation;
    }
    if (type !== TYPE_ASCII) continue;
    const start = length <= 4 ? entry + 8 : view.getUint32(entry + 8, little);
    const text = decodeText(tiff.subarray(start, start + length));
    if (tag === TAG_ARTIST) into.credit.artist = text;
    if (tag === TAG_COPYRIGHT) into.credit.copyright = text;
    if (tag === TAG_IMAGE_DESCRIPTION) into.credit.description = text;
  }
}

/** Photoshop's image resources: the IPTC record is resource 0x0404. */
function readPhotoshopIptc(resources: Uint8Array, into: PictureCredit): void {
  const view = new DataView(resources.buffer, resources.byteOffset, resources.byteLength);
  let offset = 0;
  while (
    offset + 12 <= resources.length &&
    latin1(resources.subarray(offset, offset + 4)) === '8BIM'
  ) {
    const id = view.getUint16(offset + 4);
    const nameLength = resources[offset + 6] ?? 0;
    const afterName = offset + 6 + ((nameLength + 2) & ~1); // the Pascal name is padded to even
    const size = view.getUint32(afterName);
    const data = resources.subarray(afterName + 4, afterName + 4 + size);
    if (id === 0x0404) readIptc(data, into);
    offset = afterName + 4 + size + (size & 1);
  }
}

/** IPTC IIM datasets 2:80 By-line, 2:116 Copyright Notice, 2:120 Caption/Abstract. */
function readIptc(records: Uint8Array, into: PictureCredit): void {
  let offset = 0;
  while (offset + 5 <= records.length && records[offset] === 0x1c) {
    const record = records[offset + 1];
    const dataset = records[offset + 2];
    const length = ((records[offset + 3] ?? 0) << 8) | (records[offset + 4] ?? 0);
    if (length & 0x8000) return; // an extended dataset: never a credit field
    const text = decodeText(records.subarray(offset + 5, offset + 5 + length));
    if (record === 2 && dataset === 80) into.artist ??= text;
    if (record === 2 && dataset === 116) into.copyright ??= text;
    if (record === 2 && dataset === 120) into.description ??= text;
    offset += 5 + length;
  }
}

function decodeText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes).replace(/\0+$/u, '').trim();
}

function latin1(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes);
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function pick<K extends keyof PictureCredit>(key: K, value: string | undefined): PictureCredit {
  return value === undefined || value === '' ? {} : { [key]: value };
}
