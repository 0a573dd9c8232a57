// Which draft the editor is showing: its images live in that draft's folder, so inserting
// one and showing one both need the id. ArticleWorkspace provides it.
import { createContext, useContext } from 'react';

export const DraftIdContext = createContext<string | null>(null);

export function useDraftId(): string | null {
  return useContext(DraftIdContext);
}

/** Relative to the page, so it works under app://midad/ and in browser mode alike. */
export function mediaUrl(draftId: string, hash: string): string {
  return `media/${encodeURIComponent(draftId)}/${encodeURIComponent(hash)}`;
}

/**
 * The draft's files of pictures its site holds, by attachment id: an image block kept as it
 * is on the site names its attachment, and its card shows the file kept here under its hash.
 */
export const SitePicturesContext = createContext<ReadonlyMap<number, string>>(new Map());

export function useSitePictureHash(mediaId: number | null): string | null {
  const pictures = useContext(SitePicturesContext);
  return mediaId === null ? null : (pictures.get(mediaId) ?? null);
}
