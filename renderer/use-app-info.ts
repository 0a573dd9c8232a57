// What the host says about itself (app.getInfo: its mode, who checks spelling, the language
// its native menus read in), asked once and shared by the screens that need a part of it.
import type { AppInfo } from '../electron/contract/index.ts';
import { midad } from './bridge.ts';
import { useHostQuery } from './useHostQuery.ts';

let asked: Promise<AppInfo> | null = null;

/** null until the host answers (or if it cannot). */
export function useAppInfo(): AppInfo | null {
  const query = useHostQuery(() => {
    asked ??= midad.app.getInfo();
    // A failed answer is asked again next time, not kept.
    return asked.catch((error: unknown) => {
      asked = null;
      throw error;
    });
  }, []);
  return query.data ?? null;
}
