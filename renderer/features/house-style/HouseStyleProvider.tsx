// Gives the checkers in the editor (house style, spelling) and the style panel beside it
// one store each of the open article's findings. App wraps the shell in it, so neither
// needs the other's props.
import { useState, type ReactNode } from 'react';
import { SpellingContext, SpellingStore } from '../spelling/spelling-store.ts';
import { HouseStyleContext, HouseStyleStore } from './house-style-store.ts';

export function HouseStyleProvider({ children }: { children: ReactNode }) {
  const [store] = useState(() => new HouseStyleStore());
  const [spelling] = useState(() => new SpellingStore());
  return (
    <HouseStyleContext value={store}>
      <SpellingContext value={spelling}>{children}</SpellingContext>
    </HouseStyleContext>
  );
}
