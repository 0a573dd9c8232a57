// The one open-panel state of the shell, with the focus rule that goes with it: whatever
// had focus when a panel was opened (its button, a menu command's last target) gets it
// back when the panel closes, so a keyboard user is never dropped at the top of the page.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SidePanelId, SidePanels } from './side-panels.ts';

export function useSidePanelState(): SidePanels {
  const [open, setOpen] = useState<SidePanelId | null>(null);
  const [takesFocus, setTakesFocus] = useState(true);
  /** What had focus before the first of a run of panels opened (switching keeps the first). */
  const opener = useRef<{ element: HTMLElement | null; panel: SidePanelId } | null>(null);

  const remember = useCallback((panel: SidePanelId) => {
    const active = document.activeElement;
    const inPanel = active instanceof HTMLElement && active.closest('.side-panel') !== null;
    // From inside a panel (the publish panel's "review suggestions") the way back is the first opener.
    if (opener.current && inPanel) return;
    opener.current = { element: active instanceof HTMLElement ? active : null, panel };
  }, []);

  const openPanel = useCallback(
    (id: SidePanelId, { focus = true }: { focus?: boolean } = {}) => {
      remember(id);
      setTakesFocus(focus);
      setOpen(id);
    },
    [remember],
  );
  const togglePanel = useCallback(
    (id: SidePanelId) => {
      remember(id);
      setTakesFocus(true);
      setOpen((current) => (current === id ? null : id));
    },
    [remember],
  );
  const closePanel = useCallback(() => setOpen(null), []);

  useEffect(() => {
    if (open !== null || !opener.current) return;
    const { element, panel } = opener.current;
    opener.current = null;
    // The opener may have gone (a menu, a re-rendered row): the panel's own button stands in.
    const target =
      element?.isConnected && element !== document.body
        ? element
        : document.querySelector<HTMLElement>(`[data-testid="${panel}-toggle"]`);
    target?.focus();
  }, [open]);

  return useMemo(
    () => ({ open, takesFocus, openPanel, togglePanel, closePanel }),
    [open, takesFocus, openPanel, togglePanel, closePanel],
  );
}
