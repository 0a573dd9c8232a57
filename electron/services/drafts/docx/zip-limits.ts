// A .docx is a zip whose parts are inflated in memory by the reader: a few MB of file can
// declare gigabytes of XML (a zip bomb). The central directory's declared sizes are checked
// before anything is inflated. A directory that lies about its sizes is not caught here
// (JSZip notices the mismatch only after inflating the part).
import { ServiceError } from '../../service-error.ts';

export const DOCX_ZIP_LIMITS = {
  /** All parts together, inflated: a long article with photos is a few tens of MB. */
  maxTotalBytes: 300 * 1024 * 1024,
  maxEntries: 5_000,
} as const;

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const MAX_END_SEARCH = 22 + 0xffff;

/** import.too_large when the parts declare more than the limits; import.not_docx when the directory cannot be read. */
export function checkZipLimits(bytes: Uint8Array, limits = DOCX_ZIP_LIMITS): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - MAX_END_SEARCH); at -= 1) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new ServiceError('import.not_docx');
  const entries = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  // ZIP64 (0xffff entries or 0xffffffff offsets) is not needed for a document of 50 MB.
  if (entries === 0xffff || offset === 0xffffffff) throw new ServiceError('import.too_large');
  if (entries > limits.maxEntries) throw new ServiceError('import.too_large');
  let total = 0;
  for (let index = 0; index < entries; index += 1) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_FILE_HEADER)
      throw new ServiceError('import.not_docx');
    const inflated = view.getUint32(offset + 24, true);
    if (inflated === 0xffffffff) throw new ServiceError('import.too_large');
    total += inflated;
    if (total > limits.maxTotalBytes) throw new ServiceError('import.too_large');
    offset +=
      46 +
      view.getUint16(offset + 28, true) +
      view.getUint16(offset + 30, true) +
      view.getUint16(offset + 32, true);
  }
}
