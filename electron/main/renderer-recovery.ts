// A renderer that crashes, runs out of memory or is killed is loaded again, and the writer
// gets the draft back: the host holds its last autosave, and the renderer's start opens
// the most recently changed draft. A renderer that keeps dying is left down, not looped.
import type { RenderProcessGoneDetails, WebContents } from 'electron';
import type { HostLog } from '../services/logging/support-log.ts';

/** More deaths than this within the window and the page stays down (a crash at every start would spin). */
export const MAX_RELOADS = 3;
export const RELOAD_WINDOW_MS = 60_000;

/** Whether to load the page again after it went away for `reason`, given the times of the reloads before. */
export function shouldReload(
  reason: RenderProcessGoneDetails['reason'],
  earlierReloads: readonly number[],
  now: number,
): boolean {
  // clean-exit: the page was closed on purpose (the window is going).
  if (reason === 'clean-exit') return false;
  return earlierReloads.filter((time) => now - time < RELOAD_WINDOW_MS).length < MAX_RELOADS;
}

export function reloadWhenRendererGone(
  webContents: WebContents,
  log: HostLog,
  now: () => number = Date.now,
): void {
  const reloads: number[] = [];
  webContents.on('render-process-gone', (_event, details) => {
    const reload = !webContents.isDestroyed() && shouldReload(details.reason, reloads, now());
    log.info('renderer.gone', {
      reason: details.reason,
      exitCode: details.exitCode,
      reloaded: reload,
    });
    if (!reload) return;
    reloads.push(now());
    webContents.reload();
  });
}
