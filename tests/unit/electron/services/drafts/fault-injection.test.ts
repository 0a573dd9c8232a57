// A full disk, a refused permission or a failing drive: the writer gets a stable code, and
// the draft already on disk is untouched.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { content, freshDataDir, MINUTE, openLibrary, TestClock } from './library-fixture.ts';
import { faultyFileSystem, type Fault } from './faulty-file-system.ts';

const expectedCode = {
  ENOSPC: 'storage.disk_full',
  EACCES: 'storage.permission_denied',
  EIO: 'storage.write_failed',
} as const;

async function libraryWithFaults() {
  const dataDir = await freshDataDir();
  let fault: Fault | null = null;
  const clock = new TestClock();
  const library = await openLibrary(dataDir, { fs: faultyFileSystem(() => fault), now: clock.now });
  const { id } = await library.create();
  await library.save(id, content('النص السليم على القرص'));
  const draftPath = path.join(dataDir, 'drafts', id, 'draft.json');
  return {
    dataDir,
    library,
    id,
    draftPath,
    clock,
    inject: (next: Fault | null) => {
      fault = next;
    },
  };
}

describe('a failing disk', () => {
  for (const point of ['write', 'fsync', 'rename'] as const) {
    for (const code of ['ENOSPC', 'EACCES', 'EIO'] as const) {
      it(`reports ${code} on ${point} as ${expectedCode[code]} and keeps the saved draft intact`, async () => {
        const { dataDir, library, id, draftPath, inject } = await libraryWithFaults();
        const before = await readFile(draftPath, 'utf8');
        inject({ point, code, pathIncludes: 'draft.json' });
        await expect(library.save(id, content('نص لن يصل إلى القرص'))).rejects.toMatchObject({
          code: expectedCode[code],
        });
        expect(await readFile(draftPath, 'utf8')).toBe(before);
        expect(
          (await readdir(path.dirname(draftPath))).filter((name) => name.endsWith('.tmp')),
        ).toEqual([]);

        inject(null);
        const reopened = await openLibrary(dataDir);
        expect((await reopened.open(id)).body).toEqual(content('النص السليم على القرص').body);
        // The writer keeps the text in memory and retries; the retry lands.
        await library.save(id, content('نص لن يصل إلى القرص'));
        expect((await library.open(id)).body).toEqual(content('نص لن يصل إلى القرص').body);
      });
    }
  }

  it('answers a failed revision write with its code, the draft itself saved', async () => {
    const { library, id, clock, inject } = await libraryWithFaults();
    clock.advance(6 * MINUTE);
    inject({ point: 'write', code: 'ENOSPC', pathIncludes: 'revisions' });
    await expect(library.save(id, content('بعد خمس دقائق'))).rejects.toMatchObject({
      code: 'storage.disk_full',
    });
    inject(null);
    expect((await library.open(id)).body).toEqual(content('بعد خمس دقائق').body);
    expect((await library.save(id, content('بعد خمس دقائق'))).revision).not.toBeNull();
  });

  it('creates nothing half-way when a new draft cannot be written', async () => {
    const { dataDir, library, inject } = await libraryWithFaults();
    inject({ point: 'fsync', code: 'EIO' });
    await expect(library.create()).rejects.toMatchObject({ code: 'storage.write_failed' });
    inject(null);
    expect(
      (await readdir(path.join(dataDir, 'drafts'))).filter((name) => name.startsWith('.')),
    ).toEqual([]);
    expect(library.list()).toHaveLength(1);
  });

  it('leaves a draft in place when moving it to the trash is refused', async () => {
    const { library, id, inject } = await libraryWithFaults();
    inject({ point: 'rename', code: 'EACCES' });
    await expect(library.trash(id)).rejects.toMatchObject({ code: 'storage.permission_denied' });
    inject(null);
    expect(library.list().map((summary) => summary.id)).toEqual([id]);
    expect((await library.open(id)).body).toEqual(content('النص السليم على القرص').body);
  });
});
