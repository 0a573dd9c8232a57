// Connects the editor to the suggestions store: suggesting mode signed with the reviewer's
// name (the settings', else the site account's), the list of open suggestions after each pause in typing, and the
// panel's accept/reject requests run as editor updates (so undo takes them back).
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { PauseTimer } from '../../../common/timing/pause-timer.ts';
import { SuggestingPlugin } from '../../editor/plugins/SuggestingPlugin.ts';
import { $listSuggestions } from '../../editor/suggestions/list-suggestions.ts';
import { $resolveSuggestions } from '../../editor/suggestions/resolve-suggestions.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useDraftNewsroom } from '../drafts/draft-newsroom-context.ts';
import { useSuggestions, useSuggestionsStore } from './suggestions-store.ts';

/** Listing walks the whole article: after a pause, not on every keystroke. */
const LIST_PAUSE_MS = 250;

export function SuggestionsPlugin() {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const store = useSuggestionsStore();
  const { suggesting } = useSuggestions();
  const author = useDraftNewsroom().reviewerName || t('suggestions.unnamedReviewer');

  useEffect(() => {
    if (!store) return undefined;
    const list = () => store.publish(editor.getEditorState().read($listSuggestions));
    const pause = new PauseTimer(list);
    list();
    const stopListening = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      pause.restart(LIST_PAUSE_MS);
    });
    const disconnect = store.connect((filter, resolution) => {
      editor.update(() => void $resolveSuggestions(filter, resolution), { onUpdate: list });
    });
    return () => {
      pause.cancel();
      stopListening();
      disconnect();
    };
  }, [editor, store]);

  return <SuggestingPlugin suggesting={suggesting} author={author} />;
}
