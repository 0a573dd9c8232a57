// The toolbar's switch for suggesting mode: pressed, what is typed and deleted becomes a
// suggestion instead of an edit.
import { withKeys } from '../../commands/shortcut-platform.ts';
import { useCommandHandler } from '../../commands/useCommandHandler.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useSuggestions, useSuggestionsStore } from './suggestions-store.ts';

export function SuggestingToggle() {
  const { t } = useTranslation();
  const store = useSuggestionsStore();
  const { suggesting } = useSuggestions();
  // Ctrl+Alt+Shift+X (as in Docs) and Edit ▸ Suggesting mode, while there is a switch to flip.
  useCommandHandler('edit.toggleSuggesting', () => store?.setSuggesting(!suggesting), !!store);
  if (!store) return null;
  return (
    <button
      type="button"
      className={`toolbar-button toolbar-suggesting${suggesting ? ' toolbar-suggesting-on' : ''}`}
      data-testid="toolbar-suggesting"
      aria-pressed={suggesting}
      title={withKeys(t('suggestions.modeHint'), 'edit.toggleSuggesting')}
      // Keep the caret in the text, like the other toolbar buttons.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => store.setSuggesting(!suggesting)}
    >
      {t('suggestions.mode')}
    </button>
  );
}
