// The composed host: told to stop, it first lets the saves it already received reach disk;
// asked to bring the window forward, it reaches the desktop app's window, or nothing; asked
// about itself, it names the language the desktop app's native menus read in.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import type { Draft, DraftSaveResult } from '../../../../electron/contract/index.ts';
import { composeHost } from '../../../../electron/host/compose.ts';
import { DraftLibrary } from '../../../../electron/services/drafts/draft-library.ts';

describe('a host shutting down', () => {
  it('finishes the last save it received before it stops', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'midad-compose-'));
    const host = composeHost({
      dataDir,
      mode: 'browser',
      version: '0.0.0',
      settingsStore: new Conf({ cwd: dataDir, configName: 'config', projectName: 'midad' }),
    });
    const created = await host.dispatch('drafts.create', []);
    if (!created.ok) throw new Error(created.error.code);
    const draft = created.value as Draft;

    const lastSave = host.dispatch('drafts.save', [
      draft.id,
      { meta: { ...draft.meta, headline: 'آخر ما كتب قبل الإغلاق' }, body: draft.body },
    ]);
    await host.shutdown();

    expect(await lastSave).toMatchObject({
      ok: true,
      value: { id: draft.id } satisfies Partial<DraftSaveResult>,
    });
    const reopened = await DraftLibrary.open({ dataDir });
    expect((await reopened.open(draft.id)).meta.headline).toBe('آخر ما كتب قبل الإغلاق');
    await reopened.close();
  });
});

describe('a notification clicked', () => {
  it("brings the desktop app's window forward, and is a harmless null in browser mode", async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'midad-compose-'));
    const settingsStore = new Conf({ cwd: dataDir, configName: 'config', projectName: 'midad' });
    let broughtForward = 0;
    const desktop = composeHost({
      dataDir,
      mode: 'desktop',
      version: '0.0.0',
      settingsStore,
      bringToFront: () => void (broughtForward += 1),
    });
    expect(await desktop.dispatch('app.bringToFront', [])).toEqual({ ok: true, value: null });
    expect(broughtForward).toBe(1);
    await desktop.shutdown();

    const browser = composeHost({ dataDir, mode: 'browser', version: '0.0.0', settingsStore });
    expect(await browser.dispatch('app.bringToFront', [])).toEqual({ ok: true, value: null });
    await browser.shutdown();
  });
});

describe('the host telling the UI about itself', () => {
  it("names the language the desktop app's menus started in, and none in browser mode", async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'midad-compose-'));
    const settingsStore = new Conf({ cwd: dataDir, configName: 'config', projectName: 'midad' });
    const desktop = composeHost({
      dataDir,
      mode: 'desktop',
      version: '0.0.0',
      settingsStore,
      menusLanguage: 'en',
    });
    expect(await desktop.dispatch('app.getInfo', [])).toMatchObject({
      ok: true,
      value: { mode: 'desktop', menusLanguage: 'en' },
    });
    await desktop.shutdown();

    const browser = composeHost({ dataDir, mode: 'browser', version: '0.0.0', settingsStore });
    expect(await browser.dispatch('app.getInfo', [])).toMatchObject({
      ok: true,
      value: { mode: 'browser', menusLanguage: null },
    });
    await browser.shutdown();
  });
});
