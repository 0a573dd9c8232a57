// Which panel stands beside the article: one at a time, named, so a button, a menu command
// or a shortcut opens the same panel the same way (openPanel / togglePanel).
import { createContext, use } from 'react';

export const SIDE_PANELS = [
  'history',
  'preview',
  'style',
  'suggestions',
  'comments',
  'publish',
] as const;

export type SidePanelId = (typeof SIDE_PANELS)[number];

export interface SidePanels {
  /** The panel shown beside the article, or null. */
  open: SidePanelId | null;
  /** False when the panel was opened beside the writer's work (a click on a comment in the text): it leaves focus there. */
  takesFocus: boolean;
  openPanel(id: SidePanelId, options?: { focus?: boolean }): void;
  /** Opens `id`, or closes it when it is the one open. */
  togglePanel(id: SidePanelId): void;
  /** Closes the open panel; focus goes back to what opened it. */
  closePanel(): void;
}

export const SidePanelsContext = createContext<SidePanels | null>(null);

export function useSidePanels(): SidePanels {
  const panels = use(SidePanelsContext);
  if (!panels) throw new Error('useSidePanels needs the Shell around it');
  return panels;
}
