// A draft's review comments are part of the draft: saved, kept in revisions, carried in a
// .midad file; a draft from before review notes opens with none, and nothing is lost.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftContentSchema, type DraftReview } from '../../../../../electron/contract/index.ts';
import { content, freshDataDir, MINUTE, openLibrary, TestClock } from './library-fixture.ts';

const review: DraftReview = {
  comments: [
    {
      id: 'thread-1',
      quote: 'الأمطار الغزيرة',
      author: 'ليلى',
      createdAt: '2026-11-29T10:00:00.000Z',
      text: 'من المصدر؟',
      resolved: true,
      resolvedBy: 'سارة',
      resolvedAt: '2026-11-29T11:00:00.000Z',
      replies: [
        {
          id: 'reply-1',
          author: 'سارة',
          createdAt: '2026-11-29T10:30:00.000Z',
          text: 'الأرصاد الجوية',
        },
      ],
    },
  ],
};

describe("a draft's review notes", () => {
  it('a draft written before review notes existed opens with no comments and keeps its text', async () => {
    const dataDir = await freshDataDir();
    const library = await openLibrary(dataDir);
    const { id } = await library.create(content('نص قديم'));
    await library.close();
    const file = path.join(dataDir, 'drafts', id, 'draft.json');
    const older = JSON.parse(await readFile(file, 'utf8'));
    delete older.review;
    await writeFile(file, JSON.stringify(older));
    const reopened = await openLibrary(dataDir);
    const draft = await reopened.open(id);
    expect(draft.review).toEqual({ comments: [] });
    expect(draft.body).toEqual(content('نص قديم').body);
    expect(await reopened.problems()).toEqual([]);
  });

  it('comments are saved with the draft and read back after the app restarts', async () => {
    const dataDir = await freshDataDir();
    const library = await openLibrary(dataDir);
    const { id } = await library.create();
    await library.save(id, { ...content('الأمطار الغزيرة تغمر جدة'), review });
    await library.close();
    expect((await (await openLibrary(dataDir)).open(id)).review).toEqual(review);
  });

  it('a save that carries no review keeps the comments the draft has', async () => {
    const library = await openLibrary(await freshDataDir());
    const { id } = await library.create();
    await library.save(id, { ...content('نص'), review });
    await library.save(id, content('نص معدل'));
    expect((await library.open(id)).review).toEqual(review);
  });

  it('revisions keep the comments as they were, and restoring one brings them back', async () => {
    const clock = new TestClock();
    const library = await openLibrary(await freshDataDir(), { now: clock.now });
    const { id } = await library.create();
    await library.save(id, { ...content('الأمطار الغزيرة'), review });
    clock.advance(6 * MINUTE);
    await library.save(id, { ...content('نص جديد'), review: { comments: [] } });
    const [, older] = await library.listRevisions(id);
    expect((await library.getRevision(id, older.id)).review).toEqual(review);
    await library.restoreRevision(id, older.id);
    expect((await library.open(id)).review).toEqual(review);
  });

  it('a .midad file carries the comments into another library', async () => {
    const library = await openLibrary(await freshDataDir());
    const { id } = await library.create();
    await library.save(id, { ...content('الأمطار الغزيرة'), review });
    const file = await library.exportDraft(id, { includeRevisions: true });
    const other = await openLibrary(await freshDataDir());
    await other.importDraft(file);
    expect((await other.open(id)).review).toEqual(review);
  });

  it('a .midad file from before review notes imports with no comments', async () => {
    const library = await openLibrary(await freshDataDir());
    const { id } = await library.create(content('نص'));
    const exported = JSON.parse(await library.exportDraft(id));
    delete exported.draft.review;
    const other = await openLibrary(await freshDataDir());
    await other.importDraft(JSON.stringify(exported));
    expect((await other.open(id)).review).toEqual({ comments: [] });
  });

  it('a comment past the length limit is refused before it reaches the draft, which keeps what it had', async () => {
    const library = await openLibrary(await freshDataDir());
    const { id } = await library.create();
    await library.save(id, { ...content('نص'), review });
    const tooLong = { comments: [{ ...review.comments[0], text: 'ك'.repeat(5_001) }] };
    expect(draftContentSchema.safeParse({ ...content('نص'), review: tooLong }).success).toBe(false);
    expect((await library.open(id)).review).toEqual(review);
  });
});
