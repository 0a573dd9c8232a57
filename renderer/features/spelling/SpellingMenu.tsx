// The menu a right click on an underlined misspelling opens, in the page: the dictionary's
// suggestions (asked of the worker as the menu opens), then "add to the word list". The
// page's own menu, so it is the same in browser mode and in the desktop app, where the
// right click then opens no second, native one (the plugin cancels the event).
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { Misspelling, SpellingStore } from './spelling-store.ts';
import { useAddToWordList } from './use-add-to-word-list.ts';

export interface SpellingMenuProps {
  item: Misspelling;
  /** Where the click was, in client coordinates. */
  x: number;
  y: number;
  store: SpellingStore;
  onClose: () => void;
}

/** The menu stays this far inside the window's edges. */
const MARGIN = 8;

export function SpellingMenu({ item, x, y, store, onClose }: SpellingMenuProps) {
  const { t } = useTranslation();
  const addToWordList = useAddToWordList();
  const [suggestions, setSuggestions] = useState<string[] | null>(null);
  const menu = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState({ left: x, top: y });

  useEffect(() => {
    let alive = true;
    store.suggest(item).then(
      (found) => alive && setSuggestions(found),
      () => alive && setSuggestions([]),
    );
    return () => {
      alive = false;
    };
  }, [store, item]);

  useEffect(() => {
    const element = menu.current;
    if (!element) return;
    const { width, height } = element.getBoundingClientRect();
    setPlace({
      left: Math.max(MARGIN, Math.min(x, window.innerWidth - width - MARGIN)),
      top: Math.max(MARGIN, Math.min(y, window.innerHeight - height - MARGIN)),
    });
    element.querySelector<HTMLButtonElement>('button')?.focus();
  }, [x, y, suggestions]);

  useEffect(() => {
    const outside = (event: Event) => {
      if (!menu.current?.contains(event.target as Node)) onClose();
    };
    const key = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    document.addEventListener('pointerdown', outside, true);
    document.addEventListener('keydown', key, true);
    window.addEventListener('blur', onClose);
    window.addEventListener('resize', onClose);
    return () => {
      document.removeEventListener('pointerdown', outside, true);
      document.removeEventListener('keydown', key, true);
      window.removeEventListener('blur', onClose);
      window.removeEventListener('resize', onClose);
    };
  }, [onClose]);

  const choose = (action: () => void) => () => {
    action();
    onClose();
  };

  return (
    <div
      ref={menu}
      className="spelling-menu"
      role="menu"
      aria-label={t('spelling.menu', { word: item.word.text })}
      data-testid="spelling-menu"
      style={{ left: place.left, top: place.top }}
    >
      {suggestions === null ? (
        <p>{t('spelling.suggesting')}</p>
      ) : suggestions.length === 0 ? (
        <p>{t('spelling.noSuggestions')}</p>
      ) : (
        suggestions.map((suggestion) => (
          <button
            key={suggestion}
            type="button"
            role="menuitem"
            className="spelling-suggestion"
            data-testid="spelling-suggestion"
            onClick={choose(() => store.replace(item, suggestion))}
          >
            <bdi>{suggestion}</bdi>
          </button>
        ))
      )}
      <hr />
      <button
        type="button"
        role="menuitem"
        data-testid="spelling-add"
        onClick={choose(() => addToWordList(item.word.key))}
      >
        {t('spelling.addToWordList')}
      </button>
    </div>
  );
}
