// A draft's images, kept in its folder (media/<sha256>.<ext>, with a small JSON note of the
// name it came with), so the draft works offline and travels whole: trash, restore and
// .midad files move or carry the folder. Named by content, an image is stored once however
// often it is inserted, and the publish outbox remembers its upload by the same hash.
import { createHash } from 'node:crypto';
import path from 'node:path';
import * as z from 'zod';
import {
  MAX_MEDIA_BYTES,
  mediaHashSchema,
  mediaInfoSchema,
  type MediaInfo,
} from '../../../contract/index.ts';
import { isTempFileName, writeFileAtomic } from '../../files/atomic-write.ts';
import { isMissingFileError, type FileSystem } from '../../files/file-system.ts';
import { ServiceError } from '../../service-error.ts';
import { serialize } from '../file-formats.ts';
import { MEDIA_EXTENSIONS, sniffImage } from './image-sniff.ts';

/** An image as a caller hands it in: the name and type are hints, the bytes decide. */
export interface MediaUpload {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

/** One stored image, for the outbox: where its bytes are, and what to call it on the site. */
export interface MediaEntry extends MediaInfo {
  /** Absolute path of the stored file. */
  path: string;
}

/** An image with its bytes: what duplicate, export and import move between folders. */
export interface MediaFile {
  info: MediaInfo;
  bytes: Uint8Array;
}

const mediaNoteSchema = z.object({
  format: z.literal('midad.media'),
  schemaVersion: z.literal(1),
  info: mediaInfoSchema,
});

export const mediaFolder = (draftFolder: string): string => path.join(draftFolder, 'media');

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Checks an image and describes it: media.too_large past MAX_MEDIA_BYTES,
 * media.unsupported_type unless its bytes are JPEG, PNG, GIF or WebP.
 */
export function describeImage(upload: MediaUpload): MediaInfo {
  if (upload.bytes.length > MAX_MEDIA_BYTES) throw new ServiceError('media.too_large');
  const sniffed = sniffImage(upload.bytes);
  if (!sniffed) throw new ServiceError('media.unsupported_type');
  return {
    hash: sha256Hex(upload.bytes),
    fileName: cleanFileName(upload.fileName, MEDIA_EXTENSIONS[sniffed.mimeType]),
    mimeType: sniffed.mimeType,
    size: upload.bytes.length,
    ...(sniffed.width === undefined ? {} : { width: sniffed.width, height: sniffed.height }),
  };
}

export class MediaStore {
  readonly #fs: FileSystem;

  constructor(fs: FileSystem) {
    this.#fs = fs;
  }

  /** Stores the image in the draft folder, or answers the copy already there. */
  async add(draftFolder: string, upload: MediaUpload): Promise<MediaInfo> {
    const info = describeImage(upload);
    const existing = await this.#note(draftFolder, info.hash);
    if (existing && (await this.#exists(this.#filePath(draftFolder, existing)))) return existing;
    await this.write(draftFolder, { info, bytes: upload.bytes });
    return info;
  }

  /** Writes an image (bytes first, then its note, each atomically) into a draft folder. */
  async write(draftFolder: string, file: MediaFile): Promise<void> {
    await this.#fs.mkdir(mediaFolder(draftFolder));
    await writeFileAtomic(this.#filePath(draftFolder, file.info), file.bytes, this.#fs);
    const note = { format: 'midad.media', schemaVersion: 1, info: file.info };
    await writeFileAtomic(this.#notePath(draftFolder, file.info.hash), serialize(note), this.#fs);
  }

  async list(draftFolder: string): Promise<MediaEntry[]> {
    const entries: MediaEntry[] = [];
    for (const hash of await this.#hashes(draftFolder)) {
      const info = await this.#note(draftFolder, hash);
      if (info) entries.push({ ...info, path: this.#filePath(draftFolder, info) });
    }
    return entries;
  }

  /**
   * The image's bytes and description, or null when the draft has no such image. The file
   * must really be inside this draft's media folder (no symlink out) and still be the image
   * its name says, so nothing else can be served under an image's name.
   */
  async read(draftFolder: string, hash: string): Promise<MediaFile | null> {
    if (!mediaHashSchema.safeParse(hash).success) return null;
    const info = await this.#note(draftFolder, hash);
    if (!info) return null;
    let bytes: Uint8Array;
    try {
      const folder = mediaFolder(await this.#fs.realpath(draftFolder));
      const real = await this.#fs.realpath(this.#filePath(draftFolder, info));
      if (path.dirname(real) !== folder) return null;
      bytes = await this.#fs.readBytes(real);
    } catch (error) {
      if (isMissingFileError(error)) return null;
      throw error;
    }
    if (sniffImage(bytes)?.mimeType !== info.mimeType || sha256Hex(bytes) !== hash) return null;
    return { info, bytes };
  }

  /** Every image with its bytes, for a copy of the draft or its .midad file. */
  async readAll(draftFolder: string): Promise<MediaFile[]> {
    const files: MediaFile[] = [];
    for (const hash of await this.#hashes(draftFolder)) {
      const file = await this.read(draftFolder, hash);
      if (file) files.push(file);
    }
    return files;
  }

  async #hashes(draftFolder: string): Promise<string[]> {
    let names: string[];
    try {
      names = await this.#fs.readdir(mediaFolder(draftFolder));
    } catch (error) {
      if (isMissingFileError(error)) return [];
      throw error;
    }
    return names
      .filter((name) => !isTempFileName(name) && name.endsWith('.json'))
      .map((name) => name.slice(0, -'.json'.length))
      .filter((hash) => mediaHashSchema.safeParse(hash).success)
      .sort();
  }

  async #note(draftFolder: string, hash: string): Promise<MediaInfo | null> {
    let text: string;
    try {
      text = await this.#fs.readFile(this.#notePath(draftFolder, hash));
    } catch (error) {
      if (isMissingFileError(error)) return null;
      throw error;
    }
    try {
      const parsed = mediaNoteSchema.safeParse(JSON.parse(text));
      return parsed.success && parsed.data.info.hash === hash ? parsed.data.info : null;
    } catch {
      return null;
    }
  }

  async #exists(filePath: string): Promise<boolean> {
    try {
      await this.#fs.stat(filePath);
      return true;
    } catch (error) {
      if (isMissingFileError(error)) return false;
      throw error;
    }
  }

  #filePath(draftFolder: string, info: Pick<MediaInfo, 'hash' | 'mimeType'>): string {
    return path.join(mediaFolder(draftFolder), `${info.hash}.${MEDIA_EXTENSIONS[info.mimeType]}`);
  }

  #notePath(draftFolder: string, hash: string): string {
    return path.join(mediaFolder(draftFolder), `${hash}.json`);
  }
}

/**
 * The name to give the site: the last path segment, without control characters, at most
 * 200 characters, ending in the extension of the type the bytes have (WordPress refuses
 * a name whose extension does not match the file).
 */
export function cleanFileName(given: string, extension: string): string {
  const base = (given.split(/[\\/]/).pop() ?? '').replace(/[\p{Cc}\p{Cf}"]/gu, '').trim();
  const stem =
    base
      .replace(/\.[^.]*$/, '')
      .trim()
      .slice(0, 200) || 'image';
  const current = base.includes('.') ? base.slice(base.lastIndexOf('.') + 1).toLowerCase() : '';
  const sameType = current === extension || (extension === 'jpg' && current === 'jpeg');
  return `${stem}.${sameType ? current : extension}`;
}
