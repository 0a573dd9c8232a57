import { mkdtemp, readFile, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileSecretStore } from '../../../../../../electron/services/publish/sites/secret-store.ts';

describe('application passwords in browser mode', () => {
  it('live in a file only the user may read, in a folder only the user may open', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'midad-secrets-'));
    const store = new FileSecretStore(dataDir);
    expect(store.describe()).toEqual({ kind: 'file' });
    await store.set('wordpress/site-a', 'abcd efgh ijkl mnop qrst uvwx');
    expect((await stat(path.join(dataDir, 'secrets'))).mode & 0o777).toBe(0o700);
    expect((await stat(path.join(dataDir, 'secrets', 'secrets.json'))).mode & 0o777).toBe(0o600);
    expect(await new FileSecretStore(dataDir).get('wordpress/site-a')).toBe(
      'abcd efgh ijkl mnop qrst uvwx',
    );
  });

  it('are kept apart by key, and deleted', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'midad-secrets-'));
    const store = new FileSecretStore(dataDir);
    await Promise.all([store.set('a', 'one'), store.set('b', 'two')]);
    await store.delete('a');
    expect([await store.get('a'), await store.get('b'), await store.get('toString')]).toEqual([
      null,
      'two',
      null,
    ]);
    expect(await readFile(path.join(dataDir, 'secrets', 'secrets.json'), 'utf8')).not.toContain(
      'one',
    );
  });

  it('a damaged file is reported as unavailable, not read as empty', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'midad-secrets-'));
    const store = new FileSecretStore(dataDir);
    await store.set('a', 'one');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(path.join(dataDir, 'secrets', 'secrets.json'), '{oops');
    await expect(store.get('a')).rejects.toMatchObject({ code: 'secrets.unavailable' });
  });
});
