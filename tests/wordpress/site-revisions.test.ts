// The revisions a real WordPress 6.1 keeps of a published draft, read through Midad: one
// per save, newest first, each with its Arabic text (harakat kept) and who saved it (an
// edit made on the site included); the word diff of two of them names exactly the words
// that changed; a draft never sent to the site is told so.
import { describe, expect, it } from 'vitest';
import { articleMeta } from '../../common/document/article-content.ts';
import type { DraftContent } from '../../electron/contract/index.ts';
import { compareWords } from '../../common/arabic/word-comparison.ts';
import { toWordPressBlocks } from '../../common/wordpress/block-markup.ts';
import { listSiteRevisions } from '../../electron/services/publish/revisions/site-revisions.ts';
import { ServiceError } from '../../electron/services/service-error.ts';
import { article, paragraph } from '../fixtures/wordpress/lexical-article.ts';
import {
  publishFixture,
  waitForJob,
  type PublishFixture,
} from '../support/publish/publish-fixture.ts';
import { clientAs, unavailable, useWordPress } from './wordpress-site.ts';

const meta = articleMeta({ headline: 'موعد الاجتماع' });

const FIRST = 'قَالَ المُتَحَدِّثُ إِنَّ الاجْتِمَاعَ سَيُعْقَدُ يَوْمَ الأَحَدِ.';
const SECOND = 'وَأَضَافَ أَنَّ القَرَارَ نِهَائِيٌّ.';

function content(first: string, second: string): DraftContent {
  return {
    meta,
    body: article(paragraph(first), paragraph(second)) as unknown as DraftContent['body'],
  };
}

async function sendAndWait(
  fx: PublishFixture,
  draftId: string,
  action: 'publish' | 'update',
): Promise<void> {
  const outbox = fx.outbox();
  const job = await outbox.enqueue(draftId, fx.site.id, { action });
  expect((await waitForJob(outbox, job.id, ['done', 'failed', 'conflict'])).state.state).toBe(
    'done',
  );
  await outbox.stop();
}

describe.skipIf(unavailable)("a draft's revisions on a real WordPress", () => {
  const { site } = useWordPress({ permalinks: 'pretty', locale: 'ar' });

  it('lists the three saves of a published story newest first, and their diff shows exactly the changed Arabic words', async () => {
    const fx = await publishFixture(site(), 'editor');
    const world = { drafts: fx.library, sites: fx.sites };
    const draftId = await fx.createDraft(content(FIRST, SECOND));
    await sendAndWait(fx, draftId, 'publish');
    const monday = FIRST.replace('الأَحَدِ', 'الإِثْنَيْنِ');
    await fx.library.save(draftId, content(monday, SECOND));
    await sendAndWait(fx, draftId, 'update');
    const provisional = SECOND.replace('نِهَائِيٌّ', 'مُؤَقَّتٌ');
    await fx.library.save(draftId, content(monday, provisional));
    await sendAndWait(fx, draftId, 'update');

    const found = await listSiteRevisions(world, draftId, fx.site.id);
    const postId = (await fx.library.open(draftId)).remote![fx.site.id]!.postId;
    expect(found.postId).toBe(postId);
    expect(found.revisions.map((revision) => revision.text)).toEqual([
      `${monday}\n${provisional}`,
      `${monday}\n${SECOND}`,
      `${FIRST}\n${SECOND}`,
    ]);
    const times = found.revisions.map((revision) => revision.savedAt);
    expect([...times].sort().reverse()).toEqual(times);
    for (const revision of found.revisions) {
      expect(revision).toMatchObject({
        authorId: fx.site.account.id,
        authorName: fx.site.account.name,
      });
    }
    // The draft as it is now reads the same as the site's latest save.
    expect(found.currentText).toBe(found.revisions[0]!.text);

    const oldest = found.revisions.at(-1)!;
    const newest = found.revisions[0]!;
    const comparison = compareWords(oldest.text, newest.text);
    const changed = (type: 'insert' | 'delete') =>
      comparison.pieces.filter((piece) => piece.type === type).map((piece) => piece.text);
    expect(changed('delete')).toEqual(['الأَحَدِ', 'نِهَائِيٌّ']);
    expect(changed('insert')).toEqual(['الإِثْنَيْنِ', 'مُؤَقَّتٌ']);
    expect(comparison).toMatchObject({ wordsInserted: 2, wordsDeleted: 2 });
  });

  it('shows an edit made on the site by someone else as the newest revision, saved by them', async () => {
    const fx = await publishFixture(site(), 'editor');
    const draftId = await fx.createDraft(content(FIRST, SECOND));
    await sendAndWait(fx, draftId, 'publish');
    const postId = (await fx.library.open(draftId)).remote![fx.site.id]!.postId;
    const theirs = FIRST.replace('سَيُعْقَدُ', 'أُجِّلَ');
    const admin = clientAs(site(), 'admin');
    await admin.updatePost(postId, { content: toWordPressBlocks(content(theirs, SECOND).body) });

    const found = await listSiteRevisions(
      { drafts: fx.library, sites: fx.sites },
      draftId,
      fx.site.id,
    );
    expect(found.revisions.map((revision) => revision.authorId)).toEqual([
      site().users.admin.id,
      fx.site.account.id,
    ]);
    expect(found.revisions[0]!.text).toBe(`${theirs}\n${SECOND}`);
    // Looked up through wp/v2/users: the admin wrote the sample post wp_install publishes, so the editor may see the name.
    expect(found.revisions[0]!.authorName).toBe((await admin.verifyCredentials()).name);
    const comparison = compareWords(found.currentText, found.revisions[0]!.text);
    expect(comparison.pieces.filter((piece) => piece.type !== 'equal')).toEqual([
      { type: 'delete', text: 'سَيُعْقَدُ' },
      { type: 'insert', text: 'أُجِّلَ' },
    ]);
  });

  it('answers publish.not_published for a draft never sent to the site', async () => {
    const fx = await publishFixture(site(), 'editor');
    const draftId = await fx.createDraft(content(FIRST, SECOND));
    const failure = await listSiteRevisions(
      { drafts: fx.library, sites: fx.sites },
      draftId,
      fx.site.id,
    ).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ServiceError);
    expect((failure as ServiceError).code).toBe('publish.not_published');
  });
});
