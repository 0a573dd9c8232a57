// Sending a story to the desk against a real WordPress 6.1: the
// contributor's pending post hands the story over and the copy goes read-only (the
// workflow says so, with a revision naming the reporter); it can be taken back while the
// desk has not touched it, not after; and the desk's answer (sent back, published) frees it.
import { describe, expect, it } from 'vitest';
import type { DraftContent } from '../../electron/contract/index.ts';
import {
  answerFromDesk,
  takeBackFromDesk,
} from '../../electron/services/publish/desk/hand-over.ts';
import { ServiceError } from '../../electron/services/service-error.ts';
import { article, paragraph } from '../fixtures/wordpress/lexical-article.ts';
import {
  deskWorld,
  publishFixture,
  reporterStory,
  runOutboxJob,
  type PublishFixture,
} from '../support/publish/publish-fixture.ts';
import { clientAs, unavailable, useWordPress } from './wordpress-site.ts';

const story = (headline: string): DraftContent =>
  reporterStory(headline, article(paragraph('قال المتحدث إنّ الاجتماع سيُعقد غدًا في عمّان.')));

async function codeOf(call: () => Promise<unknown>): Promise<string> {
  try {
    await call();
  } catch (error) {
    if (error instanceof ServiceError) return error.code;
    throw error;
  }
  throw new Error('the call succeeded');
}

describe.skipIf(unavailable)('a reporter sends a story to the desk of a real WordPress', () => {
  const { site } = useWordPress({ permalinks: 'pretty', locale: 'ar' });

  async function sentToDesk(
    headline: string,
  ): Promise<{ fx: PublishFixture; draftId: string; postId: number }> {
    const fx = await publishFixture(site(), 'contributor');
    const draftId = await fx.createDraft(story(headline));
    return { fx, draftId, postId: await runOutboxJob(fx, draftId, 'pending') };
  }

  it('hands the story over: pending on the site, read-only here, and the status change is a revision by the reporter', async () => {
    const { fx, draftId, postId } = await sentToDesk('مادة تنتظر المكتب');
    const draft = await fx.library.open(draftId);
    expect(draft.workflow).toEqual({
      status: 'sent_to_desk',
      withDesk: { siteId: fx.site.id, postId, sentAt: expect.any(String) },
    });
    expect((await clientAs(site(), 'editor').getPost(postId)).status).toBe('pending');
    const [newest] = await fx.library.listRevisions(draftId);
    expect(newest).toMatchObject({
      reason: 'status_change',
      status: 'sent_to_desk',
      by: fx.site.account.name,
    });
  });

  it('is taken back while the desk has not touched it: a draft on the site again, editable here', async () => {
    const { fx, draftId, postId } = await sentToDesk('مادة تُسترد قبل أن يفتحها أحد');
    const back = await takeBackFromDesk(deskWorld(fx), draftId);
    expect(back.workflow).toEqual({ status: 'draft' });
    expect(back.remote?.[fx.site.id]?.status).toBe('draft');
    expect((await clientAs(site(), 'editor').getPost(postId)).status).toBe('draft');
    const [newest] = await fx.library.listRevisions(draftId);
    expect(newest).toMatchObject({
      reason: 'status_change',
      status: 'draft',
      by: fx.site.account.name,
    });
  });

  it('is not taken back once the desk has edited it, even within the same second, and stays read-only', async () => {
    const { fx, draftId, postId } = await sentToDesk('مادة بدأ المكتب تحريرها');
    await clientAs(site(), 'editor').updatePost(postId, { title: 'عنوان عدّله المكتب' });
    expect(await codeOf(() => takeBackFromDesk(deskWorld(fx), draftId))).toBe(
      'desk.already_opened',
    );
    expect((await fx.library.open(draftId)).workflow.status).toBe('sent_to_desk');
    expect((await clientAs(site(), 'editor').getPost(postId)).status).toBe('pending');
  });

  it('learns the desk answer: still waiting, then sent back to draft, which frees the copy', async () => {
    const { fx, draftId, postId } = await sentToDesk('مادة أعادها المكتب');
    expect((await answerFromDesk(deskWorld(fx), draftId)).draft.workflow.status).toBe(
      'sent_to_desk',
    );
    await clientAs(site(), 'editor').setPostStatus(postId, 'draft');
    const { draft: answered } = await answerFromDesk(deskWorld(fx), draftId);
    expect(answered.workflow).toEqual({ status: 'draft' });
    expect(await codeOf(() => answerFromDesk(deskWorld(fx), draftId))).toBe('desk.not_with_desk');
  });

  it('learns that the desk chief published it', async () => {
    const { fx, draftId, postId } = await sentToDesk('مادة نشرها رئيس التحرير');
    await clientAs(site(), 'admin').setPostStatus(postId, 'publish');
    const { draft: answered } = await answerFromDesk(deskWorld(fx), draftId);
    expect(answered.workflow).toEqual({ status: 'published' });
    expect(answered.remote?.[fx.site.id]?.status).toBe('publish');
  });
});
