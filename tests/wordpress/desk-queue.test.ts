// The desk on a real WordPress 6.1: a contributor's pending post with a gallery, a table
// and an embed is in the copy editor's queue with its reporter, section and words; opening
// it makes one linked draft (the same one the second time); editing a paragraph and sending
// the update through the outbox leaves the gallery, table and embed byte-identical. A table
// the reporter sent from Midad opens at the desk as a table again, not as a card.
import { describe, expect, it } from 'vitest';
import type { DraftContent } from '../../electron/contract/index.ts';
import { toWordPressBlocks } from '../../common/wordpress/block-markup.ts';
import { splitTopLevelBlocks } from '../../common/wordpress/block-split.ts';
import { deskQueue, openFromDesk } from '../../electron/services/publish/desk/desk-open.ts';
import type { PostFields } from '../../electron/services/publish/wordpress/wordpress-types.ts';
import * as blocks from '../fixtures/wordpress/editor-blocks.ts';
import { article, link, paragraph, table, text } from '../fixtures/wordpress/lexical-article.ts';
import {
  deskWorld,
  publishFixture,
  reporterStory,
  runOutboxJob,
  waitForJob,
} from '../support/publish/publish-fixture.ts';
import { clientAs, unavailable, useWordPress } from './wordpress-site.ts';

const LEAD =
  '<!-- wp:paragraph -->\n<p>افتتح الميناء الجديد صباح اليوم.</p>\n<!-- /wp:paragraph -->';
const foreign = { gallery: blocks.gallery, table: blocks.table, embed: blocks.embed };

describe.skipIf(unavailable)('the desk queue on a real WordPress', () => {
  const { site } = useWordPress({ permalinks: 'pretty', locale: 'ar' });

  it("lists a contributor's pending story, opens it once, and an edited paragraph leaves its gallery, table and embed byte-identical", async () => {
    const admin = clientAs(site(), 'admin');
    const { term } = await admin.ensureTerm('categories', 'اقتصاد');
    const markup = [LEAD, foreign.gallery, foreign.table, foreign.embed].join('\n\n');
    const fields = {
      title: 'افتتاح الميناء',
      content: markup,
      status: 'pending',
      categories: [term.id],
      author: site().users.contributor.id,
    };
    const created = await admin.createPost(fields as PostFields);
    expect(created.content.raw).toBe(markup);

    // The desk chief's account here: WordPress names a contributor who never published only to
    // accounts with list_users, so an editor's queue shows that reporter as unknown (null).
    const fx = await publishFixture(site(), 'admin');
    const world = deskWorld(fx);
    const queued = (await deskQueue(world, fx.site.id)).find((item) => item.postId === created.id);
    expect(queued).toMatchObject({
      title: 'افتتاح الميناء',
      sections: ['اقتصاد'],
      openAsDraftId: null,
    });
    expect(queued!.reporter).toBe((await clientAs(site(), 'contributor').verifyCredentials()).name);
    expect(queued!.words).toBeGreaterThanOrEqual(5);

    const draft = await openFromDesk(world, fx.site.id, created.id);
    // The link names the reporter as the post's author: the desk's copy is someone else's story.
    expect(draft.remote?.[fx.site.id]).toMatchObject({
      postId: created.id,
      modifiedGmt: created.modified_gmt,
      authorId: site().users.contributor.id,
    });
    expect(fx.site.account.id).not.toBe(site().users.contributor.id);
    expect((await openFromDesk(world, fx.site.id, created.id)).id).toBe(draft.id);
    expect(
      (await deskQueue(world, fx.site.id)).find((item) => item.postId === created.id)!
        .openAsDraftId,
    ).toBe(draft.id);

    // The copy editor fixes the lead paragraph, and nothing else.
    const body = structuredClone(draft.body) as unknown as {
      root: { children: { children?: { text?: string }[] }[] };
    };
    body.root.children[0]!.children![0]!.text = 'افتُتح الميناء الجديد صباح اليوم.';
    await fx.library.save(draft.id, {
      meta: draft.meta,
      body: body as unknown as DraftContent['body'],
    });
    const outbox = fx.outbox();
    const job = await outbox.enqueue(draft.id, fx.site.id, { action: 'update' });
    expect((await waitForJob(outbox, job.id, ['done', 'failed', 'conflict'])).state.state).toBe(
      'done',
    );
    await outbox.stop();

    const after = await admin.getPost(created.id);
    const sources = splitTopLevelBlocks(after.content.raw ?? '').map((block) => block.source);
    console.log(`content.raw after the desk's update:\n${after.content.raw}`);
    expect(sources[0]).toContain('افتُتح الميناء');
    expect(sources).toContain(foreign.gallery);
    expect(sources).toContain(foreign.table);
    expect(sources).toContain(foreign.embed);
  });

  it('opens a table the reporter sent from Midad as a table the desk can edit, not a card', async () => {
    const results = table(
      true,
      ['المدينة', 'المقاعد'],
      [text('الرياض', 'bold'), link('https://news.example/riyadh', 'اثنا عشر')],
      ['جدة', '٩'],
    );
    const reporter = await publishFixture(site(), 'contributor');
    const draftId = await reporter.createDraft(
      reporterStory(
        'نتائج الانتخابات البلدية',
        article(paragraph('أعلنت اللجنة النتائج.'), results),
      ),
    );
    const postId = await runOutboxJob(reporter, draftId, 'pending');
    const tableMarkup = toWordPressBlocks(article(results));
    const onSite = await clientAs(site(), 'admin').getPost(postId);
    expect(splitTopLevelBlocks(onSite.content.raw ?? '').map((block) => block.source)).toContain(
      tableMarkup,
    );

    const desk = await publishFixture(site(), 'admin');
    const draft = await openFromDesk(deskWorld(desk), desk.site.id, postId);
    const { root } = draft.body as unknown as { root: { children: { type: string }[] } };
    expect(root.children.map((node) => node.type)).toEqual(['paragraph', 'table']);
    // The desk's table goes back as the very block the reporter's copy wrote.
    expect(toWordPressBlocks({ root: { ...root, children: [root.children[1]] } })).toBe(
      tableMarkup,
    );
  });
});
