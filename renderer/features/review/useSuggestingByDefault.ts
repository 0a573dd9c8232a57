// Suggesting mode as each draft opens: on for a copy editor or desk chief on someone else's
// story (when the setting says so), off on one's own. Decided once per opened draft, after
// the sites are read, so a reviewer's own toggle is never overridden while they work.
import { useEffect, useRef } from 'react';
import type { Settings } from '../../../electron/contract/index.ts';
import { suggestsByDefault, type DraftNewsroom } from '../drafts/draft-newsroom.ts';
import { useSuggestionsStore } from './suggestions-store.ts';

export function useSuggestingByDefault(
  openedKey: string,
  newsroom: DraftNewsroom | null,
  settings: Pick<Settings, 'newsroom'>,
): void {
  const store = useSuggestionsStore();
  const decidedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!store || newsroom === null || decidedFor.current === openedKey) return;
    decidedFor.current = openedKey;
    store.setSuggesting(suggestsByDefault(newsroom, settings));
  }, [store, openedKey, newsroom, settings]);
}
