// One Autosaver per open draft, saving through `midad.drafts.save`, flushed when the
// window loses focus or the page is hidden or left.
import { useEffect, useMemo } from 'react';
import type { DraftContent } from '../../../electron/contract/index.ts';
import { midad } from '../../bridge.ts';
import { Autosaver, type SaveStatus } from './autosaver.ts';

export function useAutosaver(
  draftId: string,
  snapshot: () => DraftContent | null,
  onStatus: (status: SaveStatus) => void,
): Autosaver {
  const autosaver = useMemo(
    () =>
      new Autosaver({ save: (content) => midad.drafts.save(draftId, content), snapshot, onStatus }),
    [draftId, snapshot, onStatus],
  );
  useEffect(() => {
    const saveNow = () => void autosaver.flush();
    const saveWhenHidden = () => {
      if (document.visibilityState === 'hidden') saveNow();
    };
    window.addEventListener('blur', saveNow);
    window.addEventListener('pagehide', saveNow);
    document.addEventListener('visibilitychange', saveWhenHidden);
    return () => {
      window.removeEventListener('blur', saveNow);
      window.removeEventListener('pagehide', saveNow);
      document.removeEventListener('visibilitychange', saveWhenHidden);
      autosaver.dispose();
    };
  }, [autosaver]);
  return autosaver;
}
