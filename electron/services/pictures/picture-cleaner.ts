// Every picture leaves Midad — uploaded to a site or put in an export — re-made without the
// metadata a camera or phone wrote (EXIF, GPS, XMP, IPTC: a reporter's location can expose
// a source), turned upright as its orientation said, and no larger than the newsroom's cap.
// The draft keeps the original. Pure JavaScript codecs (docs/pictures.md says why).
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import type { PicturesSettings } from '../../contract/index.ts';
import { DEFAULT_SETTINGS } from '../../default-settings.ts';
import { ServiceError } from '../service-error.ts';
import { isAlreadyClean } from './already-clean.ts';
import { gifWithoutMetadata, webpWithoutMetadata } from './container-metadata.ts';
import { creditExifSegment, readJpegMetadata } from './jpeg-metadata.ts';
import { applyOrientation, cappedSize, shrink, type Rgba } from './pixel-transforms.ts';

/** The newsroom's rules for pictures that leave: the `pictures` settings. */
export type PictureRules = PicturesSettings;

const DEFAULT_PICTURE_RULES: PictureRules = DEFAULT_SETTINGS.pictures;

/** A picture's bytes and type, and its size where known (a re-encoded one always knows it). */
export interface PictureBytes {
  bytes: Uint8Array;
  mimeType: string;
  width?: number;
  height?: number;
}

/** Quality of the re-encoded JPEG: visually the camera's, a third of its bytes. */
const JPEG_QUALITY = 85;
/** jpeg-js refuses, rather than runs out of memory on, anything larger (a 100 MP panorama fits). */
const MAX_DECODE_MEGAPIXELS = 120;
const MAX_DECODE_MEMORY_MB = 1536;

/** The picture stripped, oriented and capped (same type as it came; GIF and WebP keep their frames and size); media.picture_unreadable when its bytes do not decode. */
export function cleanPicture(
  picture: PictureBytes,
  rules: PictureRules = DEFAULT_PICTURE_RULES,
): PictureBytes {
  if (isAlreadyClean(picture.bytes, picture.mimeType, rules.maxLongSide)) return picture;
  try {
    switch (picture.mimeType) {
      case 'image/jpeg':
        return cleanJpeg(picture.bytes, rules);
      case 'image/png':
        return cleanPng(picture.bytes, rules);
      case 'image/gif':
        return { ...picture, bytes: orUnreadable(gifWithoutMetadata(picture.bytes)) };
      case 'image/webp':
        return { ...picture, bytes: orUnreadable(webpWithoutMetadata(picture.bytes)) };
      default:
        throw new ServiceError('media.unsupported_type');
    }
  } catch (error) {
    if (error instanceof ServiceError) throw error;
    throw new ServiceError('media.picture_unreadable', undefined, { cause: error });
  }
}

function cleanJpeg(bytes: Uint8Array, rules: PictureRules): PictureBytes {
  const metadata = readJpegMetadata(bytes);
  const decoded = jpeg.decode(bytes, {
    useTArray: true,
    formatAsRGBA: true,
    maxResolutionInMP: MAX_DECODE_MEGAPIXELS,
    maxMemoryUsageInMB: MAX_DECODE_MEMORY_MB,
  });
  const upright = fitAndOrient(decoded, metadata.orientation, rules.maxLongSide);
  const encoded = jpeg.encode({ ...upright, data: upright.data }, JPEG_QUALITY).data;
  const credit = rules.keepCredit ? creditExifSegment(metadata.credit) : null;
  return {
    bytes: credit ? withSegmentAfterStart(encoded, credit) : new Uint8Array(encoded),
    mimeType: 'image/jpeg',
    width: upright.width,
    height: upright.height,
  };
}

/** Decoded and written anew, a PNG keeps only its pixels: no text, time, eXIf, iCCP or other ancillary chunk. */
function cleanPng(bytes: Uint8Array, rules: PictureRules): PictureBytes {
  // A wrong checksum is a damaged copy, not a threat: browsers show such files, so Midad sends them (cleaned).
  const decoded = PNG.sync.read(Buffer.from(bytes), { checkCRC: false });
  const upright = fitAndOrient(
    { width: decoded.width, height: decoded.height, data: decoded.data },
    1,
    rules.maxLongSide,
  );
  const png = new PNG({ width: upright.width, height: upright.height });
  png.data = Buffer.from(upright.data.buffer, upright.data.byteOffset, upright.data.byteLength);
  return {
    bytes: new Uint8Array(PNG.sync.write(png)),
    mimeType: 'image/png',
    width: upright.width,
    height: upright.height,
  };
}

/** Shrunk first (fewer pixels to turn), then turned. The longest side is the same either way up. */
function fitAndOrient(image: Rgba, orientation: number, maxLongSide: number): Rgba {
  const size = cappedSize(image.width, image.height, maxLongSide);
  return applyOrientation(shrink(image, size.width, size.height), orientation);
}

/** jpeg-js writes SOI then JFIF's APP0; the EXIF segment goes right after SOI, where readers look for it. */
function withSegmentAfterStart(jpegBytes: Uint8Array, segment: Uint8Array): Uint8Array {
  const out = new Uint8Array(jpegBytes.length + segment.length);
  out.set(jpegBytes.subarray(0, 2));
  out.set(segment, 2);
  out.set(jpegBytes.subarray(2), 2 + segment.length);
  return out;
}

function orUnreadable(bytes: Uint8Array | null): Uint8Array {
  if (!bytes) throw new ServiceError('media.picture_unreadable');
  return bytes;
}
