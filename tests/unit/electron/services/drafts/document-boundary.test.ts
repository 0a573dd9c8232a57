// Every document that enters the library is checked against the one article schema: a
// refused one answers its own code, quickly, and leaves every file on disk as it was.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lexicalToPlainText } from '../../../../../common/document/plain-text.ts';
import type { DraftContent } from '../../../../../electron/contract/index.ts';
import { revisionsFolder } from '../../../../../electron/services/drafts/library-paths.ts';
import {
  bodyOf,
  link,
  nestedLists,
  nestedListsJson,
  paragraph,
  textNode,
} from '../../../../support/document/article-bodies.ts';
import { hashFolder } from '../../../../support/fuzz/folder-hash.ts';
import { content, freshDataDir, meta, MINUTE, openLibrary, TestClock } from './library-fixture.ts';

type Body = DraftContent['body'];

/** Stands in for the deep body until the file is text: JSON.stringify itself cannot write 10,000 levels. */
const DEEP_BODY = 'a body too deep to stringify';

const HOSTILE_BODIES: [string, Body, string][] = [
  ['10,000 nested lists', nestedLists(10_000) as Body, 'document.too_deep'],
  [
    'a 50 MB text',
    bodyOf(paragraph(textNode('ا'.repeat(50_000_000)))) as Body,
    'document.too_large',
  ],
  [
    'a javascript: link',
    bodyOf(paragraph(link('javascript:alert(1)'))) as Body,
    'document.unsafe_url',
  ],
  [
    'a node type Midad does not know',
    bodyOf({ type: 'poll', version: 1, children: [] }) as Body,
    'document.unknown_node',
  ],
  ['a node that is not one', bodyOf(7) as Body, 'document.malformed'],
];

async function libraryWithDraft() {
  const clock = new TestClock();
  const dataDir = await freshDataDir();
  const library = await openLibrary(dataDir, { now: clock.now });
  const { id } = await library.create(content('نص المسودة كما كُتب'));
  // The first save keeps a revision: there is one to export and to put back.
  await library.save(id, content('نص المسودة كما كُتب'));
  await library.flush();
  return { clock, dataDir, library, id, drafts: path.join(dataDir, 'drafts') };
}

describe('a .midad file that crosses the trust boundary', () => {
  it.each(HOSTILE_BODIES)(
    'is refused for %s, with its code, and nothing is written',
    async (_name, body, code) => {
      const { library, drafts } = await libraryWithDraft();
      const file = JSON.parse(await library.exportDraft(library.list()[0].id)) as {
        draft: { id: string; body: Body };
      };
      file.draft.id = 'draft_arrivingfromafar';
      const deep = code === 'document.too_deep';
      file.draft.body = deep ? (DEEP_BODY as unknown as Body) : body;
      const text = deep
        ? JSON.stringify(file).replace(`"${DEEP_BODY}"`, nestedListsJson(10_000))
        : JSON.stringify(file);
      const before = await hashFolder(drafts);
      await expect(library.importDraft(text)).rejects.toMatchObject({ code });
      expect(await hashFolder(drafts)).toBe(before);
      expect(library.list()).toHaveLength(1);
    },
  );

  it('is refused when only one of its revisions is hostile', async () => {
    const { library, id, drafts } = await libraryWithDraft();
    const file = JSON.parse(await library.exportDraft(id, { includeRevisions: true })) as {
      draft: { id: string };
      revisions: { draftId: string; body: unknown }[];
    };
    file.draft.id = 'draft_arrivingfromafar';
    for (const revision of file.revisions) revision.draftId = file.draft.id;
    file.revisions[0].body = DEEP_BODY;
    const before = await hashFolder(drafts);
    await expect(
      library.importDraft(JSON.stringify(file).replace(`"${DEEP_BODY}"`, nestedListsJson(10_000))),
    ).rejects.toMatchObject({ code: 'document.too_deep' });
    expect(await hashFolder(drafts)).toBe(before);
  });
});

describe('saving, creating and replacing a draft across the trust boundary', () => {
  it.each(HOSTILE_BODIES)(
    'a save of %s answers its code, not a disk error, and the draft stays as it was',
    async (_name, body, code) => {
      const { library, id, drafts, clock } = await libraryWithDraft();
      clock.advance(10 * MINUTE);
      const before = await hashFolder(drafts);
      await expect(library.save(id, { meta, body })).rejects.toMatchObject({ code });
      expect(await hashFolder(drafts)).toBe(before);
      expect((await library.open(id)).body).toEqual(content('نص المسودة كما كُتب').body);
    },
  );

  it('a new draft with a hostile body is never made', async () => {
    const { library, drafts } = await libraryWithDraft();
    const before = await hashFolder(drafts);
    await expect(library.create({ meta, body: nestedLists(10_000) as Body })).rejects.toMatchObject(
      { code: 'document.too_deep' },
    );
    expect(await hashFolder(drafts)).toBe(before);
    expect(library.list()).toHaveLength(1);
  });

  it('a site’s version with a hostile body does not replace the draft', async () => {
    const { library, id, drafts } = await libraryWithDraft();
    const before = await hashFolder(drafts);
    await expect(
      library.replaceContent(id, {
        meta,
        body: bodyOf(paragraph(link('vbscript:msgbox(1)'))) as Body,
      }),
    ).rejects.toMatchObject({ code: 'document.unsafe_url' });
    expect(await hashFolder(drafts)).toBe(before);
  });
});

describe('putting back a revision across the trust boundary', () => {
  it('refuses a revision file changed on disk to hold what Midad does not know, and writes nothing', async () => {
    const { library, id, drafts, dataDir } = await libraryWithDraft();
    const [revision] = await library.listRevisions(id);
    const file = path.join(
      revisionsFolder(path.join(dataDir, 'drafts', id)),
      `${revision.id}.json`,
    );
    const stored = JSON.parse(await readFile(file, 'utf8')) as { body: unknown };
    stored.body = bodyOf({ type: 'embed-from-the-future', version: 9, children: [] });
    await writeFile(file, JSON.stringify(stored));
    const before = await hashFolder(drafts);
    await expect(library.restoreRevision(id, revision.id)).rejects.toMatchObject({
      code: 'document.unknown_node',
    });
    expect(await hashFolder(drafts)).toBe(before);
  });
});

describe('a draft on disk with node types Midad does not know', () => {
  async function draftFromNewerMidad() {
    const setup = await libraryWithDraft();
    const file = path.join(setup.dataDir, 'drafts', setup.id, 'draft.json');
    const stored = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    const body = bodyOf(
      paragraph(textNode('قبل')),
      {
        type: 'poll',
        version: 2,
        children: [paragraph(textNode('سؤال')), paragraph(textNode('جواب'))],
      },
      paragraph(textNode('بعد')),
    );
    await writeFile(file, JSON.stringify({ ...stored, body }));
    return { ...setup, body };
  }

  it('opens as it is on disk, for the editor to hold back', async () => {
    const { library, id, body } = await draftFromNewerMidad();
    expect((await library.open(id)).body).toEqual(body);
  });

  it('kept as text, becomes paragraphs of that text, the draft as it was kept as a revision first', async () => {
    const { library, id, body } = await draftFromNewerMidad();
    const result = await library.keepUnknownAsText(id);
    expect(result.revision?.reason).toBe('before_keep_as_text');
    const draft = await library.open(id);
    expect(draft.body.root.children).toEqual([
      paragraph(textNode('قبل')),
      expect.objectContaining({ type: 'paragraph' }),
      expect.objectContaining({ type: 'paragraph' }),
      paragraph(textNode('بعد')),
    ]);
    expect(lexicalToPlainText(draft.body)).toBe('قبل\n\nسؤال\n\nجواب\n\nبعد');
    expect((await library.getRevision(id, result.revision!.id)).body).toEqual(body);
    // Editable as any draft from now on.
    await expect(library.save(id, { meta, body: draft.body })).resolves.toMatchObject({ id });
  });

  it('is not changed by keeping as text when it holds nothing unknown', async () => {
    const { library, id, drafts } = await libraryWithDraft();
    const before = await hashFolder(drafts);
    await expect(library.keepUnknownAsText(id)).resolves.toMatchObject({ revision: null });
    expect(await hashFolder(drafts)).toBe(before);
  });
});

describe('a draft file on disk past the article limits (put there by hand, not by Midad)', () => {
  it('does not keep the library from opening: it is quarantined and the draft rebuilt from its revision', async () => {
    const { library, id, dataDir } = await libraryWithDraft();
    await library.close();
    const file = path.join(dataDir, 'drafts', id, 'draft.json');
    const stored = await readFile(file, 'utf8');
    await writeFile(
      file,
      stored.replace(/"body":\{.*?\}\]\}\]\}\},/u, `"body":${nestedListsJson(10_000)},`),
    );
    expect(await readFile(file, 'utf8')).not.toBe(stored);
    const reopened = await openLibrary(dataDir);
    expect(reopened.list().map((summary) => summary.id)).toEqual([id]);
    expect(lexicalToPlainText((await reopened.open(id)).body)).toBe('نص المسودة كما كُتب');
    expect(await reopened.problems()).toEqual([
      expect.objectContaining({ draftId: id, kind: 'draft_unreadable', reason: 'wrong_schema' }),
    ]);
  });
});
