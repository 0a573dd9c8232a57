// Who checks spelling on this machine (app.getInfo().spellChecking), asked once and shared
// by the editor's spelling plugin and Settings → Spelling.
import type { SpellChecking } from '../../../electron/contract/index.ts';
import { midad } from '../../bridge.ts';
import { useHostQuery } from '../../useHostQuery.ts';

let asked: Promise<SpellChecking> | null = null;

/** null until the host answers (or if it cannot). */
export function useSpellChecking(): SpellChecking | null {
  const query = useHostQuery(() => {
    asked ??= midad.app.getInfo().then((info) => info.spellChecking);
    // A failed answer is asked again next time, not kept.
    return asked.catch((error: unknown) => {
      asked = null;
      throw error;
    });
  }, []);
  return query.data ?? null;
}
