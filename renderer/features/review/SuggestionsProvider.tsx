// One suggestions store for the open article: App wraps the shell in it, so the editor, the
// suggestions panel and the publish form share it without props.
import { useState, type ReactNode } from 'react';
import { SuggestionsContext, SuggestionsStore } from './suggestions-store.ts';

export function SuggestionsProvider({ children }: { children: ReactNode }) {
  const [store] = useState(() => new SuggestionsStore());
  return <SuggestionsContext value={store}>{children}</SuggestionsContext>;
}
