// Midad's own spellchecker inside the editor, where spelling-plan.ts gives it languages:
// starts the worker and the checking session, turns the article's native `spellcheck` off
// where this one stands in for it, and opens the spelling menu on a right click on one of
// its underlines (any other right click is left to the page or the desktop app's menu).
// Its state shows on the editable area as data-spelling.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { acceptedKeys } from '../../../common/arabic/spelling/accepted-words.ts';
import { planSpelling } from '../../../common/arabic/spelling/spelling-plan.ts';
import type { SpellingLanguage } from '../../../common/arabic/spelling/words.ts';
import { useSettings } from '../settings/settings-context.tsx';
import { SpellingMenu } from './SpellingMenu.tsx';
import type { SpellingSession } from './spelling-session.ts';
import { useSpellingStore, type Misspelling } from './spelling-store.ts';
import { useSpellChecking } from './use-spell-checking.ts';

/** The checker starts at the first idle moment after the article opens, or after this long. */
const START_WITHIN_MS = 2_000;

interface OpenMenu {
  item: Misspelling;
  x: number;
  y: number;
}

export function SpellingPlugin() {
  const [editor] = useLexicalComposerContext();
  const store = useSpellingStore();
  const { settings } = useSettings();
  const spellChecking = useSpellChecking();
  const enabled = settings.editor.spelling;
  const plan = useMemo(
    () =>
      spellChecking
        ? planSpelling({ enabled, ...spellChecking })
        : // Until the host answers: nobody underlines, rather than two checkers at once.
          { native: false, own: [] as SpellingLanguage[] },
    [enabled, spellChecking],
  );
  const languages = plan.own.join(',');
  const { wordList } = settings.houseStyle;
  const accepted = useMemo(() => acceptedKeys(wordList), [wordList]);
  const acceptedNow = useRef(accepted);
  acceptedNow.current = accepted;
  const session = useRef<SpellingSession | null>(null);
  const [menu, setMenu] = useState<OpenMenu | null>(null);

  useEffect(
    () =>
      editor.registerRootListener((root) => {
        if (root) root.spellcheck = plan.native;
      }),
    [editor, plan.native],
  );

  useEffect(() => {
    if (!store || languages === '') return;
    let stop: (() => void) | null = null;
    let cancelled = false;
    // The worker, the session and the dictionaries load with the first article, not with the app,
    // and once the page is idle: parsing Ayaspell takes seconds of a core the opening page may want.
    const idle = requestIdleCallback(
      () =>
        void Promise.all([import('./spelling-client.ts'), import('./spelling-session.ts')]).then(
          ([{ SpellingClient }, { SpellingSession }]) => {
            if (cancelled) return;
            const client = new SpellingClient(languages.split(',') as SpellingLanguage[]);
            const started = new SpellingSession(editor, client, store, acceptedNow.current);
            session.current = started;
            const stopSession = started.start();
            stop = () => {
              stopSession();
              client.dispose();
            };
          },
        ),
      { timeout: START_WITHIN_MS },
    );
    return () => {
      cancelled = true;
      cancelIdleCallback(idle);
      stop?.();
      session.current = null;
      setMenu(null);
    };
  }, [editor, store, languages]);

  useEffect(() => session.current?.setAccepted(accepted), [accepted]);

  // The checker's state on the editable area, data-spelling: off, loading, ready (the whole
  // article checked and its underlines drawn) or failed. The typing benchmark waits for ready
  // before timing keys; written only when it changes, so a check after a pause costs no style work.
  useEffect(() => {
    if (!store) return;
    let root: HTMLElement | null = null;
    const mark = () => {
      const { state } = store.getSnapshot();
      if (root && root.dataset.spelling !== state) root.dataset.spelling = state;
    };
    const stopRootListener = editor.registerRootListener((next, previous) => {
      previous?.removeAttribute('data-spelling');
      root = next;
      mark();
    });
    const unsubscribe = store.subscribe(mark);
    return () => {
      unsubscribe();
      stopRootListener();
      root?.removeAttribute('data-spelling');
    };
  }, [editor, store]);

  useEffect(() => {
    const open = (event: MouseEvent) => {
      const item = session.current?.misspellingAt(event.clientX, event.clientY);
      if (!item) return;
      event.preventDefault();
      setMenu({ item, x: event.clientX, y: event.clientY });
    };
    const stopListening = editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('contextmenu', open);
      root?.addEventListener('contextmenu', open);
    });
    return () => {
      stopListening();
      editor.getRootElement()?.removeEventListener('contextmenu', open);
    };
  }, [editor]);

  const closeMenu = useCallback(() => setMenu(null), []);

  if (!menu || !store) return null;
  return <SpellingMenu item={menu.item} x={menu.x} y={menu.y} store={store} onClose={closeMenu} />;
}
