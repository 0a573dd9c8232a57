// Who checks spelling on this machine (app.getInfo().spellChecking), shared by the editor's
// spelling plugin and Settings → Spelling.
import type { SpellChecking } from '../../../electron/contract/index.ts';
import { useAppInfo } from '../../use-app-info.ts';

/** null until the host answers (or if it cannot). */
export function useSpellChecking(): SpellChecking | null {
  return useAppInfo()?.spellChecking ?? null;
}
