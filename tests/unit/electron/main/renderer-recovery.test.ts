// A renderer that goes away is loaded again, so the writer gets the draft back, and the support
// log says it happened; one that keeps dying is left down rather than looped. The Electron
// test (tests/electron/renderer-crash.spec.ts) crashes a real renderer, but is skipped where
// no Electron binary is installed: these run everywhere.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import {
  MAX_RELOADS,
  RELOAD_WINDOW_MS,
  reloadWhenRendererGone,
} from '../../../../electron/main/renderer-recovery.ts';
import type { HostLog, LogFields } from '../../../../electron/services/logging/support-log.ts';

type WatchedContents = Parameters<typeof reloadWhenRendererGone>[0];

/** The part of a webContents the recovery uses: its 'render-process-gone' event, isDestroyed and reload. */
class RendererStandIn extends EventEmitter {
  reloads = 0;
  destroyed = false;

  isDestroyed(): boolean {
    return this.destroyed;
  }

  reload(): void {
    this.reloads += 1;
  }

  /** The renderer process went away, as Electron reports it. */
  gone(reason: string, exitCode = 0): void {
    this.emit('render-process-gone', {}, { reason, exitCode });
  }
}

function watched(now: () => number = () => 0) {
  const contents = new RendererStandIn();
  const lines: { event: string; fields?: LogFields }[] = [];
  const log: HostLog = {
    info: (event, fields) => lines.push({ event, fields }),
    error: (event) => lines.push({ event }),
    forget: () => undefined,
  };
  reloadWhenRendererGone(contents as unknown as WatchedContents, log, now);
  return { contents, lines };
}

describe('a renderer that goes away', () => {
  it.each(['crashed', 'oom', 'killed', 'abnormal-exit', 'launch-failed'])(
    'is loaded again when it %s, and the log says so',
    (reason) => {
      const { contents, lines } = watched();
      contents.gone(reason, 139);
      expect(contents.reloads).toBe(1);
      expect(lines).toEqual([
        { event: 'renderer.gone', fields: { reason, exitCode: 139, reloaded: true } },
      ]);
    },
  );

  it('is not loaded again when it exited cleanly, as its window closing does', () => {
    const { contents, lines } = watched();
    contents.gone('clean-exit');
    expect(contents.reloads).toBe(0);
    expect(lines[0]?.fields?.reloaded).toBe(false);
  });

  it('is not loaded again when its window is already destroyed', () => {
    const { contents } = watched();
    contents.destroyed = true;
    contents.gone('crashed');
    expect(contents.reloads).toBe(0);
  });

  it('is left down when it keeps dying within a minute, and loaded again once that minute has passed', () => {
    let time = 1_000_000;
    const { contents, lines } = watched(() => time);
    for (let death = 0; death <= MAX_RELOADS; death += 1) {
      contents.gone('crashed');
      time += 1_000;
    }
    expect(contents.reloads).toBe(MAX_RELOADS);
    expect(lines.map((line) => line.fields?.reloaded)).toEqual([
      ...Array.from({ length: MAX_RELOADS }, () => true),
      false,
    ]);
    time += RELOAD_WINDOW_MS;
    contents.gone('crashed');
    expect(contents.reloads).toBe(MAX_RELOADS + 1);
  });
});
