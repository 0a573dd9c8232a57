// The article being written reaches disk whole, and a damaged file is never taken for
// an empty one.
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleDocument } from '../../../../../electron/contract.ts';
import { CurrentDocumentStore } from '../../../../../electron/services/drafts/current-document-store.ts';

const article: ArticleDocument = {
  schemaVersion: 1,
  meta: {
    headline: 'الأمطار تغمر شوارع جدة',
    kicker: 'طقس',
    section: 'محليات',
    byline: 'سارة العتيبي',
    excerpt: '',
    tags: ['جدة', 'أمطار'],
    language: 'ar',
    direction: 'rtl',
  },
  body: { root: { type: 'root', children: [], direction: 'rtl', format: '', indent: 0, version: 1 } },
};

async function freshStore(): Promise<{ store: CurrentDocumentStore; dataDir: string }> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'midad-doc-'));
  return { store: new CurrentDocumentStore({ dataDir, now: () => new Date('2026-11-29T10:00:00Z') }), dataDir };
}

describe('the current article on disk', () => {
  it('is empty before the first save', async () => {
    const { store } = await freshStore();
    expect(await store.load()).toBeNull();
  });

  it('comes back exactly as it was saved, with the time it reached disk', async () => {
    const { store } = await freshStore();
    await store.save(article);
    expect(await store.load()).toEqual({ document: article, savedAt: '2026-11-29T10:00:00.000Z' });
  });

  it('leaves no temporary files behind after saving', async () => {
    const { store, dataDir } = await freshStore();
    await store.save(article);
    await store.save({ ...article, meta: { ...article.meta, headline: 'عنوان جديد' } });
    expect(await readdir(path.join(dataDir, 'drafts'))).toEqual(['current.json']);
  });

  it('reports a damaged file instead of starting an empty article, and leaves it as it was', async () => {
    const { store } = await freshStore();
    await store.save(article);
    await writeFile(store.filePath, '{"document": {"schemaVersion": 1, "meta": ');
    await expect(store.load()).rejects.toMatchObject({ code: 'storage.corrupt_file' });
    expect(await readFile(store.filePath, 'utf8')).toBe('{"document": {"schemaVersion": 1, "meta": ');
  });
});
