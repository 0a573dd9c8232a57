// The house-style checker inside the editor: it checks the article as the writer works,
// underlines what the house would write otherwise, and applies the fixes the panel asks
// for. Never changes the text by itself. Needs a HouseStyleContext; without one it rests.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef } from 'react';
import { useSettings } from '../settings/settings-context.tsx';
import { HouseStyleSession } from './check-session.ts';
import { useHouseStyleStore } from './house-style-store.ts';

export function HouseStylePlugin(): null {
  const [editor] = useLexicalComposerContext();
  const store = useHouseStyleStore();
  const { settings } = useSettings();
  const options = useRef(settings.houseStyle);
  options.current = settings.houseStyle;
  const session = useRef<HouseStyleSession | null>(null);

  useEffect(() => {
    if (!store) return;
    const started = new HouseStyleSession(editor, store, options.current);
    session.current = started;
    const stop = started.start();
    return () => {
      stop();
      session.current = null;
    };
  }, [editor, store]);

  useEffect(() => session.current?.setOptions(settings.houseStyle), [settings.houseStyle]);
  return null;
}
