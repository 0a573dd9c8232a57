// A .midad file the desktop app is given becomes a draft, and the app starts on it.
import { mkdtemp, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../../electron/contract/index.ts';
import { composeHost } from '../../../../electron/host/compose.ts';
import {
  DRAFT_FILE_LIMIT_BYTES,
  importDraftFile,
} from '../../../../electron/host/draft-files-to-open.ts';
import { DraftLibrary } from '../../../../electron/services/drafts/draft-library.ts';
import { content } from '../services/drafts/library-fixture.ts';

async function hostOnFreshFolder() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'midad-open-file-'));
  const settingsStore = new Conf({ cwd: dataDir, configName: 'config', projectName: 'midad' });
  return composeHost({ dataDir, mode: 'desktop', version: '0.0.0', settingsStore });
}

async function exportedFile(headline: string): Promise<string> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'midad-sender-'));
  const library = await DraftLibrary.open({ dataDir });
  const draft = await library.create({
    ...content('نص الخبر'),
    meta: { ...content().meta, headline },
  });
  const file = path.join(dataDir, 'خبر.midad');
  await writeFile(file, await library.exportDraft(draft.id));
  await library.close();
  return file;
}

describe('opening a .midad file in the desktop app', () => {
  it('imports the file and starts the app on that draft, once', async () => {
    const host = await hostOnFreshFolder();
    const file = await exportedFile('خبر أرسله الزميل');

    const draftId = await host.openDraftFile(file);
    // Written after the import, so newer than it: the start still opens the file.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await host.dispatch('drafts.create', [
      { ...content('مسودة أحدث'), meta: { ...content().meta, headline: 'مسودة كتبت للتو' } },
    ]);
    const started = await host.dispatch('drafts.openStarting', []);
    expect(started).toMatchObject({
      ok: true,
      value: { id: draftId, meta: { headline: 'خبر أرسله الزميل' } },
    });

    // The next start is an ordinary one again: the most recently changed draft.
    const again = await host.dispatch('drafts.openStarting', []);
    expect(again.ok && (again.value as Draft).meta.headline).toBe('مسودة كتبت للتو');
    await host.shutdown();
  });

  it('refuses a file larger than the import limit without reading it', async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'midad-big-')), 'big.midad');
    await writeFile(file, '');
    await truncate(file, DRAFT_FILE_LIMIT_BYTES + 1);
    const library = { importDraft: () => Promise.reject(new Error('must not be called')) };
    await expect(importDraftFile(library, file)).rejects.toMatchObject({
      code: 'import.invalid_file',
    });
  });

  it('says a missing file could not be read, and the start is unchanged', async () => {
    const host = await hostOnFreshFolder();
    await expect(
      host.openDraftFile(path.join(os.tmpdir(), 'no-such-folder', 'x.midad')),
    ).rejects.toMatchObject({ code: 'storage.read_failed' });
    const started = await host.dispatch('drafts.openStarting', []);
    expect(started.ok).toBe(true);
    await host.shutdown();
  });

  it('says a file that is not a Midad article is invalid', async () => {
    const host = await hostOnFreshFolder();
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'midad-bad-')), 'bad.midad');
    await writeFile(file, '{"not":"a draft"}');
    await expect(host.openDraftFile(file)).rejects.toMatchObject({
      code: expect.stringMatching(/^import\./),
    });
    await host.shutdown();
  });
});
