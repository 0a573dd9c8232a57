// The support log: one JSON line an event, rotated by size with a few files kept, and no
// secret or error message (which may quote an article) in it.
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  LOG_FILE_NAME,
  logsFolder,
  SupportLog,
} from '../../../../../electron/services/logging/support-log.ts';
import { ServiceError } from '../../../../../electron/services/service-error.ts';
import { shouldReload } from '../../../../../electron/main/renderer-recovery.ts';

async function freshLog(options: { maxBytes?: number; keep?: number } = {}) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'midad-log-'));
  return {
    dataDir,
    log: new SupportLog({ dataDir, now: () => new Date('2026-03-14T09:00:00Z'), ...options }),
  };
}

const lines = async (dataDir: string) =>
  (await readFile(path.join(logsFolder(dataDir), LOG_FILE_NAME), 'utf8'))
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('the support log', () => {
  it('writes one line of JSON an event in logs/midad.log in the data folder', async () => {
    const { dataDir, log } = await freshLog();
    log.info('host.started', { mode: 'browser', version: '0.1.0' });
    log.error(
      'host.failed',
      new ServiceError('storage.write_failed', undefined, {
        cause: Object.assign(new Error('disk full'), { code: 'ENOSPC' }),
      }),
      { method: 'drafts.save' },
    );
    const [started, failed] = await lines(dataDir);
    expect(started).toEqual({
      time: '2026-03-14T09:00:00.000Z',
      level: 'info',
      event: 'host.started',
      mode: 'browser',
      version: '0.1.0',
    });
    expect(failed).toMatchObject({
      level: 'error',
      event: 'host.failed',
      method: 'drafts.save',
      errorKind: 'ServiceError',
      code: 'storage.write_failed',
      cause: 'Error ENOSPC',
    });
    expect(String(failed!.at)).toContain('support-log.test.ts');
  });

  it('never writes an error’s message, which may quote the article or a server’s answer', async () => {
    const { dataDir, log } = await freshLog();
    log.error('host.failed', new SyntaxError('Unexpected token in "أعلنت الحكومة اليوم"'));
    const text = await readFile(path.join(logsFolder(dataDir), LOG_FILE_NAME), 'utf8');
    expect(text).toContain('SyntaxError');
    expect(text).not.toContain('أعلنت');
  });

  it('blanks a secret it was told of wherever a field would carry it', async () => {
    const { dataDir, log } = await freshLog();
    log.forget('tok3n-s3cret-value');
    log.info('web-host.listening', { url: 'http://127.0.0.1:4000/?token=tok3n-s3cret-value' });
    const text = await readFile(path.join(logsFolder(dataDir), LOG_FILE_NAME), 'utf8');
    expect(text).not.toContain('tok3n-s3cret-value');
    expect(text).toContain('[secret]');
  });

  it('rotates by size and keeps only the newest few files', async () => {
    const { dataDir, log } = await freshLog({ maxBytes: 400, keep: 2 });
    for (let index = 0; index < 40; index += 1)
      log.info('publish.job', { job: `job-${index}`, state: 'done' });
    const files = (await readdir(logsFolder(dataDir))).sort();
    expect(files).toEqual(['midad.log', 'midad.log.1', 'midad.log.2']);
    for (const file of files)
      expect((await readFile(path.join(logsFolder(dataDir), file))).length).toBeLessThanOrEqual(
        400,
      );
    expect((await lines(dataDir)).at(-1)).toMatchObject({ job: 'job-39' });
  });
});

describe('a renderer that goes away', () => {
  it('is loaded again after a crash, a kill or running out of memory, but not after closing on purpose', () => {
    for (const reason of ['crashed', 'killed', 'oom', 'abnormal-exit'] as const)
      expect(shouldReload(reason, [], 0)).toBe(true);
    expect(shouldReload('clean-exit', [], 0)).toBe(false);
  });

  it('is left down when it keeps dying, rather than reloaded in a loop', () => {
    expect(shouldReload('crashed', [1_000, 2_000, 3_000], 4_000)).toBe(false);
    expect(shouldReload('crashed', [1_000, 2_000, 3_000], 120_000)).toBe(true);
  });
});
