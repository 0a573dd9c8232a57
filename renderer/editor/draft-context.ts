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
