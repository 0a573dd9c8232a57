// Serves a draft's images to the renderer at media/<draftId>/<hash>, in both hosts (the
// web host's GET route and the app:// protocol). Both ids must match their formats
// exactly, so nothing but a stored image of that very draft can be named.
import { DRAFT_ID_PATTERN, MEDIA_HASH_PATTERN } from '../id-formats.ts';
import type { DraftLibrary } from '../services/drafts/draft-library.ts';
import { ServiceError } from '../services/service-error.ts';

export interface MediaRequest {
  draftId: string;
  hash: string;
}

export interface ServedMedia {
  body: Uint8Array;
  /** The stored, sniffed type: always an image type. */
  contentType: string;
}

export type MediaReader = (request: MediaRequest) => Promise<ServedMedia | undefined>;

const MEDIA_PATH = /^\/media\/([^/]*)\/([^/]*)$/;

export function isMediaPath(urlPath: string): boolean {
  return urlPath.startsWith('/media/');
}

/** The draft and image a URL path names, or undefined for anything not exactly /media/<id>/<hash>. */
export function parseMediaPath(urlPath: string): MediaRequest | undefined {
  const match = MEDIA_PATH.exec(urlPath);
  if (!match) return undefined;
  const [, draftId, hash] = match;
  if (!DRAFT_ID_PATTERN.test(draftId) || !MEDIA_HASH_PATTERN.test(hash)) return undefined;
  return { draftId, hash };
}

/** Reads images from the library; a draft or image that is not there is simply not found. */
export function libraryMediaReader(library: () => Promise<DraftLibrary>): MediaReader {
  return async ({ draftId, hash }) => {
    try {
      const file = await (await library()).readMedia(draftId, hash);
      return { body: file.bytes, contentType: file.info.mimeType };
    } catch (error) {
      if (error instanceof ServiceError) return undefined;
      throw error;
    }
  };
}
