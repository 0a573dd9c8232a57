// Settings live in a real `conf` store, as electron-store keeps them in the app.
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../../electron/default-settings.ts';
import {
  SETTINGS_FILE_OPTIONS,
  SettingsService,
} from '../../../../../electron/services/settings/settings-service.ts';

async function freshFolder(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'midad-settings-'));
}

const storeIn = (cwd: string) => new Conf({ cwd, projectName: 'midad', ...SETTINGS_FILE_OPTIONS });

describe('settings', () => {
  it('start in Arabic with a reading speed of 140 words a minute', async () => {
    const settings = new SettingsService(storeIn(await freshFolder()));
    expect(settings.get()).toEqual(DEFAULT_SETTINGS);
    expect(settings.get().language).toBe('ar');
    expect(settings.get().editor.wordsPerMinute).toBe(140);
  });

  it("follow the system's light or dark until the writer chooses one, which is kept; a file from before the setting follows the system", async () => {
    const folder = await freshFolder();
    const store = storeIn(folder);
    store.set('settings', { ...DEFAULT_SETTINGS, appearance: undefined });
    expect(new SettingsService(store).get().appearance).toBe('system');
    new SettingsService(store).update({ appearance: 'dark' });
    expect(new SettingsService(storeIn(folder)).get().appearance).toBe('dark');
    expect(() =>
      new SettingsService(store).update({ appearance: 'sepia' } as unknown as {
        appearance: 'dark';
      }),
    ).toThrow();
    expect(new SettingsService(storeIn(folder)).get().appearance).toBe('dark');
  });

  it('send pictures no larger than 2,560 px, without the credit, until the newsroom says otherwise; a file from before the setting reads the same', async () => {
    const folder = await freshFolder();
    const store = storeIn(folder);
    store.set('settings', { ...DEFAULT_SETTINGS, pictures: undefined });
    expect(new SettingsService(store).get().pictures).toEqual({
      maxLongSide: 2560,
      keepCredit: false,
    });
    const changed = new SettingsService(store).update({ pictures: { keepCredit: true } });
    expect(changed.pictures).toEqual({ maxLongSide: 2560, keepCredit: true });
    expect(() => new SettingsService(store).update({ pictures: { maxLongSide: 100 } })).toThrow();
    expect(new SettingsService(storeIn(folder)).get().pictures).toEqual({
      maxLongSide: 2560,
      keepCredit: true,
    });
  });

  it('survive a restart of the app', async () => {
    const folder = await freshFolder();
    new SettingsService(storeIn(folder)).update({
      language: 'en',
      editor: { wordsPerMinute: 180 },
    });
    expect(new SettingsService(storeIn(folder)).get()).toEqual({
      ...DEFAULT_SETTINGS,
      language: 'en',
      editor: { wordsPerMinute: 180, spelling: true },
    });
  });

  it('change one field without touching the others', async () => {
    const settings = new SettingsService(storeIn(await freshFolder()));
    settings.update({ editor: { wordsPerMinute: 120 } });
    expect(settings.update({ language: 'en' })).toEqual({
      ...DEFAULT_SETTINGS,
      language: 'en',
      editor: { wordsPerMinute: 120, spelling: true },
    });
  });

  it('fall back to defaults for a hand-edited value that makes no sense', async () => {
    const folder = await freshFolder();
    await writeFile(
      path.join(folder, 'config.json'),
      JSON.stringify({ settings: { language: 'klingon' } }),
    );
    expect(new SettingsService(storeIn(folder)).get()).toEqual(DEFAULT_SETTINGS);
  });

  it('fall back to the defaults when the settings file is not JSON at all (found by the fuzz test)', async () => {
    const folder = await freshFolder();
    await writeFile(path.join(folder, 'config.json'), '{"settings": {"language": "en"');
    const settings = new SettingsService(storeIn(folder));
    expect(settings.get()).toEqual(DEFAULT_SETTINGS);
    expect(settings.update({ language: 'en' }).language).toBe('en');
  });

  it("keep a newsroom's house style and word list across a restart", async () => {
    const folder = await freshFolder();
    const wordList = [{ preferred: 'أبوظبي', variants: ['ابو ظبي', 'أبو ظبي'] }];
    new SettingsService(storeIn(folder)).update({ houseStyle: { quoteStyle: 'curly', wordList } });
    const reopened = new SettingsService(storeIn(folder)).get();
    expect(reopened.houseStyle).toEqual({
      ...DEFAULT_SETTINGS.houseStyle,
      quoteStyle: 'curly',
      wordList,
    });
    expect(reopened.limits).toEqual(DEFAULT_SETTINGS.limits);
  });

  it('lose only the damaged part of a hand-edited file, not the rest', async () => {
    const folder = await freshFolder();
    const wordList = [{ preferred: 'الرياض', variants: ['الرياظ'] }];
    const stored = {
      language: 'en',
      houseStyle: { ...DEFAULT_SETTINGS.houseStyle, wordList },
      limits: { headlineChars: -4 },
    };
    await writeFile(path.join(folder, 'config.json'), JSON.stringify({ settings: stored }));
    const settings = new SettingsService(storeIn(folder)).get();
    expect(settings.language).toBe('en');
    expect(settings.houseStyle.wordList).toEqual(wordList);
    expect(settings.limits).toEqual(DEFAULT_SETTINGS.limits);
  });

  it("keep a newsroom's own role mapping across a restart", async () => {
    const folder = await freshFolder();
    const roleMapping = {
      copyEditor: ['publish_posts'],
      deskChief: ['edit_others_posts', 'publish_posts'],
    };
    new SettingsService(storeIn(folder)).update({ newsroom: { roleMapping } });
    const reopened = new SettingsService(storeIn(folder)).get();
    expect(reopened.newsroom.roleMapping).toEqual(roleMapping);
    expect(reopened.limits).toEqual(DEFAULT_SETTINGS.limits);
  });

  it('fall back to the default role mapping alone when a hand-edited one makes no sense', async () => {
    const folder = await freshFolder();
    const stored = {
      language: 'en',
      limits: { headlineChars: 80 },
      newsroom: { roleMapping: { copyEditor: ['Edit Others'], deskChief: [] } },
    };
    await writeFile(path.join(folder, 'config.json'), JSON.stringify({ settings: stored }));
    const settings = new SettingsService(storeIn(folder)).get();
    expect(settings.newsroom).toEqual(DEFAULT_SETTINGS.newsroom);
    expect(settings.language).toBe('en');
    expect(settings.limits.headlineChars).toBe(80);
  });

  it('refuse a capability name WordPress could not have, and keep the mapping it had', async () => {
    const settings = new SettingsService(storeIn(await freshFolder()));
    const roleMapping = { copyEditor: ['edit_others_posts; drop'], deskChief: ['publish_posts'] };
    expect(() => settings.update({ newsroom: { roleMapping } })).toThrow();
    expect(settings.get().newsroom).toEqual(DEFAULT_SETTINGS.newsroom);
  });

  it('keep the reviewer name comments are signed with when the role mapping changes later', async () => {
    const folder = await freshFolder();
    const settings = new SettingsService(storeIn(folder));
    settings.update({ newsroom: { reviewerName: ' ليلى حسن ' } });
    settings.update({
      newsroom: { roleMapping: { copyEditor: ['publish_posts'], deskChief: ['publish_posts'] } },
    });
    expect(new SettingsService(storeIn(folder)).get().newsroom.reviewerName).toBe('ليلى حسن');
  });

  it('read a settings file from before review comments with its role mapping and no reviewer name', async () => {
    const folder = await freshFolder();
    const roleMapping = {
      copyEditor: ['publish_posts'],
      deskChief: ['edit_others_posts', 'publish_posts'],
    };
    await writeFile(
      path.join(folder, 'config.json'),
      JSON.stringify({ settings: { newsroom: { roleMapping } } }),
    );
    expect(new SettingsService(storeIn(folder)).get().newsroom).toEqual({
      roleMapping,
      reviewerName: '',
      suggestOnOthersStories: true,
    });
  });

  it("turn suggesting on for others' stories by default, and keep it off once the newsroom turns it off", async () => {
    const folder = await freshFolder();
    const settings = new SettingsService(storeIn(folder));
    expect(settings.get().newsroom.suggestOnOthersStories).toBe(true);
    settings.update({ newsroom: { suggestOnOthersStories: false } });
    settings.update({ newsroom: { reviewerName: 'ليلى' } });
    expect(new SettingsService(storeIn(folder)).get().newsroom.suggestOnOthersStories).toBe(false);
  });
});

describe('the settings file options', () => {
  // Browser mode's bundle leaves out conf's JSON-schema validator
  // (scripts/lib/conf-without-json-schema.mjs): conf must never be asked for one.
  it('give conf no JSON schema to validate with', () => {
    for (const key of ['schema', 'rootSchema', 'ajvOptions'])
      expect(SETTINGS_FILE_OPTIONS).not.toHaveProperty(key);
  });
});
