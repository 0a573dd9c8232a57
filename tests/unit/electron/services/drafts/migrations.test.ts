// Files from older versions are brought forward; the foundation's single current.json
// becomes a draft of the library, once.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDraftText } from '../../../../../electron/services/drafts/migrations.ts';
import { nestedListsJson } from '../../../../support/document/article-bodies.ts';
import { bodyOf, freshDataDir, meta, openLibrary, TestClock } from './library-fixture.ts';

const legacy = { schemaVersion: 1 as const, meta, body: bodyOf('مقال كتب قبل المكتبة') };

describe('draft file migrations', () => {
  it('reads a current file as it is', () => {
    const file = {
      format: 'midad.draft',
      schemaVersion: 1,
      id: 'abcdefghijkl',
      createdAt: '2026-11-29T10:00:00.000Z',
      updatedAt: '2026-11-29T10:00:00.000Z',
      workflow: { status: 'draft' },
      meta,
      body: bodyOf('نص'),
      remote: null,
    };
    // A file from before review notes reads with an empty review and nothing else changed.
    const draft = { ...file, review: { comments: [] } };
    expect(readDraftText(JSON.stringify(file), { newDraftId: () => 'unused' })).toEqual({
      ok: true,
      draft,
      migratedFrom: null,
    });
  });

  it('brings a version-0 file (the foundation current.json) up to version 1 with an id, times and workflow', () => {
    const outcome = readDraftText(
      JSON.stringify({ document: legacy, savedAt: '2026-11-01T08:00:00.000Z' }),
      {
        newDraftId: () => 'newDraftId01',
      },
    );
    expect(outcome).toEqual({
      ok: true,
      migratedFrom: 0,
      draft: {
        format: 'midad.draft',
        schemaVersion: 1,
        id: 'newDraftId01',
        createdAt: '2026-11-01T08:00:00.000Z',
        updatedAt: '2026-11-01T08:00:00.000Z',
        workflow: { status: 'draft' },
        meta,
        body: legacy.body,
        review: { comments: [] },
        remote: null,
      },
    });
  });

  it('runs each step in turn, and refuses a version it has no step for', () => {
    const steps = { 0: (file: unknown) => ({ ...(file as object), schemaVersion: 1 }) };
    expect(
      readDraftText('{"format":"midad.draft","schemaVersion":2}', { newDraftId: () => 'x' }, steps),
    ).toEqual({
      ok: false,
      reason: 'future_version',
    });
    expect(
      readDraftText('{"format":"midad.draft","schemaVersion":0}', { newDraftId: () => 'x' }, steps),
    ).toEqual({
      ok: false,
      reason: 'wrong_schema',
    });
  });
});

describe('importing the foundation document', () => {
  /** Writes drafts/current.json as the foundation's single-document store did. */
  async function writeLegacyDocument(dataDir: string, document: typeof legacy, savedAt: string) {
    await mkdir(path.join(dataDir, 'drafts'), { recursive: true });
    await writeFile(
      path.join(dataDir, 'drafts', 'current.json'),
      JSON.stringify({ document, savedAt }, null, 2),
    );
  }

  async function dataDirWithLegacyDocument() {
    const dataDir = await freshDataDir();
    await writeLegacyDocument(dataDir, legacy, '2026-11-01T08:00:00.000Z');
    return { dataDir };
  }

  it('makes current.json a draft with an imported revision, and leaves the file where it was', async () => {
    const { dataDir } = await dataDirWithLegacyDocument();
    const library = await openLibrary(dataDir);
    const [summary] = library.list();
    expect(summary).toMatchObject({
      title: meta.headline,
      words: 4,
      createdAt: '2026-11-01T08:00:00.000Z',
    });
    expect((await library.open(summary.id)).body).toEqual(legacy.body);
    expect((await library.listRevisions(summary.id)).map((revision) => revision.reason)).toEqual([
      'imported',
    ]);
    expect(
      JSON.parse(await readFile(path.join(dataDir, 'drafts', 'current.json'), 'utf8')).document,
    ).toEqual(legacy);
    const state = JSON.parse(await readFile(path.join(dataDir, 'library.json'), 'utf8'));
    expect(state.legacyCurrentDocument).toEqual({
      draftId: summary.id,
      savedAt: '2026-11-01T08:00:00.000Z',
    });
  });

  it('imports it once: reopening makes no second draft', async () => {
    const { dataDir } = await dataDirWithLegacyDocument();
    await (await openLibrary(dataDir)).close();
    await (await openLibrary(dataDir)).close();
    expect((await openLibrary(dataDir)).list()).toHaveLength(1);
  });

  it('carries a later version of current.json into the same draft', async () => {
    const { dataDir } = await dataDirWithLegacyDocument();
    const first = await openLibrary(dataDir);
    const [{ id }] = first.list();
    await first.close();
    await writeLegacyDocument(
      dataDir,
      { ...legacy, body: bodyOf('نسخة أحدث من المقال') },
      '2026-11-02T08:00:00.000Z',
    );
    const clock = new TestClock();
    const library = await openLibrary(dataDir, { now: clock.now });
    expect(library.list().map((summary) => summary.id)).toEqual([id]);
    expect((await library.open(id)).body).toEqual(bodyOf('نسخة أحدث من المقال'));
  });

  it('reports an unreadable current.json without moving it', async () => {
    const dataDir = await freshDataDir();
    await mkdir(path.join(dataDir, 'drafts'), { recursive: true });
    await writeFile(path.join(dataDir, 'drafts', 'current.json'), '{"document": ');
    const library = await openLibrary(dataDir);
    expect(await library.problems()).toEqual([
      expect.objectContaining({
        kind: 'legacy_document_unreadable',
        reason: 'not_json',
        quarantinePath: null,
      }),
    ]);
    expect(await readFile(path.join(dataDir, 'drafts', 'current.json'), 'utf8')).toBe(
      '{"document": ',
    );
  });

  it('reports a current.json nested past the article limits without moving it, and opens the library', async () => {
    const dataDir = await freshDataDir();
    await mkdir(path.join(dataDir, 'drafts'), { recursive: true });
    const text = `{"document":{"schemaVersion":1,"meta":${JSON.stringify(meta)},"body":${nestedListsJson(10_000)}},"savedAt":"2026-11-01T08:00:00.000Z"}`;
    await writeFile(path.join(dataDir, 'drafts', 'current.json'), text);
    const library = await openLibrary(dataDir);
    expect(library.list()).toEqual([]);
    expect(await library.problems()).toEqual([
      expect.objectContaining({
        kind: 'legacy_document_unreadable',
        reason: 'wrong_schema',
        quarantinePath: null,
      }),
    ]);
    expect(await readFile(path.join(dataDir, 'drafts', 'current.json'), 'utf8')).toBe(text);
  });
});
