// Who checks spelling on this machine (app.getInfo().spellChecking), asked once and shared
// by the editor's spelling plugin and Settings → Spelling.
import { useEffect, useState } from 'react';
import type { SpellChecking } from '../../../electron/contract.ts';
import { midad } from '../../bridge.ts';

let asked: Promise<SpellChecking> | null = null;

/** null until the host answers (or if it cannot). */
export function useSpellChecking(): SpellChecking | null {
  const [spelling, setSpelling] = useState<SpellChecking | null>(null);
  useEffect(() => {
    let alive = true;
    asked ??= midad.app.getInfo().then((info) => info.spellChecking);
    asked.then(
      (answer) => alive && setSpelling(answer),
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, []);
  return spelling;
}
