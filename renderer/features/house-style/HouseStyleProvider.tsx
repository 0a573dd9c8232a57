// Gives the checker in the editor and the style panel beside it one store of the open
// article's findings. App wraps the shell in it, so neither needs the other's props.
import { useState, type ReactNode } from 'react';
import { HouseStyleContext, HouseStyleStore } from './house-style-store.ts';

export function HouseStyleProvider({ children }: { children: ReactNode }) {
  const [store] = useState(() => new HouseStyleStore());
  return <HouseStyleContext value={store}>{children}</HouseStyleContext>;
}
