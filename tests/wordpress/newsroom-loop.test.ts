// The newsroom loop on a real WordPress 6.1, with and without the midad-bridge plugin, each
// user on their own data folder: three rounds between a contributor reporter and an editor
// copy editor, each changing other sentences each round (the reporter corrects "12 مليون"
// to "11.5 مليون" in round two), the copy editor keeping unsent work across a resubmission,
// then an administrator desk chief publishes. At every open the desk has the latest text
// sent, and nothing anyone accepted is lost. A change made on the site while the desk holds
// the story (even within the same second) stops the desk's update instead of being overwritten.
import { describe, expect, it } from 'vitest';
import type { DeskOpened, DraftContent, PublishJob } from '../../electron/contract/index.ts';
import { lexicalBlocks } from '../../common/document/plain-text.ts';
import { toWordPressBlocks } from '../../common/wordpress/block-markup.ts';
import { blockMarkupText } from '../../common/wordpress/block-text.ts';
import { openFromDesk } from '../../electron/services/publish/desk/desk-open.ts';
import { answerFromDesk } from '../../electron/services/publish/desk/hand-over.ts';
import { article, paragraph } from '../fixtures/wordpress/lexical-article.ts';
import {
  deskWorld,
  publishFixture,
  reporterStory,
  runOutboxJob,
  waitForJob,
  type PublishFixture,
} from '../support/publish/publish-fixture.ts';
import type { RunningWordPress } from '../support/wordpress/start-wordpress.ts';
import { clientAs, unavailable, useWordPress } from './wordpress-site.ts';

/** Each sentence of the story (a paragraph each) and the versions it goes through, by who made them. */
const SENTENCES = [
  {
    '0': 'أعلنت الوزارة خطة جديدة للإسكان.',
    E1: 'أعلنت الوزارة أمس خطة جديدة للإسكان.',
    E3: 'أعلنت الوزارة أمس خطة جديدة للإسكان الشعبي.',
  },
  { '0': 'تبلغ كلفة الخطة 12 مليون دينار.', R2: 'تبلغ كلفة الخطة 11.5 مليون دينار.' },
  {
    '0': 'وتشمل الخطة ثلاث مدن.',
    R1: 'وتشمل الخطة أربع مدن.',
    R3: 'وتشمل الخطة أربع مدن كبرى.',
    E: 'وتشمل الخطة مدنًا عدة.',
  },
  {
    '0': 'ويبدأ التنفيذ في الربيع.',
    E2: 'ويبدأ التنفيذ في آذار المقبل.',
    C: 'ويبدأ التنفيذ في آذار (مارس) المقبل.',
  },
  { '0': 'وقال الوزير إن التمويل مضمون.', 'E2+': 'وقال الوزير إن التمويل مضمون بالكامل.' },
] as const satisfies readonly Record<string, string>[];

type Versions = string;

const storyOf = (headline: string): DraftContent =>
  reporterStory(headline, article(...SENTENCES.map((sentence) => paragraph(sentence['0']))));

/** Which version of each sentence a text holds, e.g. "E1 R2 R1 E2 0" ("?" when none is there whole). */
function versionsIn(lines: readonly string[]): Versions {
  return SENTENCES.map(
    (versions) => Object.entries(versions).find(([, text]) => lines.includes(text))?.[0] ?? '?',
  ).join(' ');
}

const versionsOfBody = (body: unknown): Versions => versionsIn(lexicalBlocks(body));
const versionsOfMarkup = (markup: string): Versions =>
  versionsIn(blockMarkupText(markup).split('\n'));

/** A user's edit of one sentence in their local copy, as the editor would save it. */
async function rewrite(
  fx: PublishFixture,
  draftId: string,
  slot: number,
  from: string,
  to: string,
): Promise<void> {
  const draft = await fx.library.open(draftId);
  const before = SENTENCES[slot] as Record<string, string>;
  const json = JSON.stringify(draft.body);
  const needle = JSON.stringify(before[from]);
  if (json.split(needle).length !== 2)
    throw new Error(`sentence ${slot} is not "${from}" in ${versionsOfBody(draft.body)}`);
  const body = JSON.parse(json.replace(needle, JSON.stringify(before[to]))) as DraftContent['body'];
  await fx.library.save(draftId, { meta: draft.meta, body, review: draft.review });
}

async function siteVersions(wordpress: RunningWordPress, postId: number): Promise<Versions> {
  return versionsOfMarkup((await clientAs(wordpress, 'admin').getPost(postId)).content.raw ?? '');
}

/** Runs an update the way the outbox does, to its end: the job as it ended (done or stopped in a conflict). */
async function runUpdate(
  fx: PublishFixture,
  draftId: string,
): Promise<{
  job: PublishJob;
  resolve: (choice: 'keep_theirs' | 'overwrite') => Promise<PublishJob>;
}> {
  const outbox = fx.outbox();
  await outbox.start();
  const queued = await outbox.enqueue(draftId, fx.site.id, { action: 'pending' });
  const job = await waitForJob(outbox, queued.id, ['done', 'failed', 'conflict']);
  return {
    job,
    resolve: async (choice) => {
      const resolved = await outbox.resolveConflict(job.id, choice);
      await outbox.idle();
      await outbox.stop();
      return resolved;
    },
  };
}

interface Row {
  round: string;
  who: string;
  changed: string;
  sawOnOpening: string;
  siteAfterJob: string;
}

function printTable(title: string, rows: readonly Row[]): void {
  const header: Row = {
    round: 'round',
    who: 'who',
    changed: 'changed',
    sawOnOpening: 'saw on opening',
    siteAfterJob: 'site after the job',
  };
  const widths = (Object.keys(header) as (keyof Row)[]).map((key) =>
    Math.max(...[header, ...rows].map((row) => row[key].length)),
  );
  const line = (row: Row) =>
    (Object.keys(header) as (keyof Row)[])
      .map((key, index) => row[key].padEnd(widths[index]!))
      .join(' | ');
  console.log(
    [
      `\n${title}`,
      "Sentences S0..S4; a version is named by who made it and in which round (0 = the first text, E = copy editor, R = reporter, C = desk chief, E2+ = the copy editor's unsent work merged on opening).",
      line(header),
      ...rows.map(line),
    ].join('\n'),
  );
}

function loopTests(plugin: boolean) {
  const { site } = useWordPress({ permalinks: 'pretty', locale: 'ar', midadBridge: plugin });
  const mode = plugin ? 'with midad-bridge' : 'without the plugin';

  async function sentToDesk(headline: string) {
    const reporter = await publishFixture(site(), 'contributor');
    const draftId = await reporter.createDraft(storyOf(headline));
    const postId = await runOutboxJob(reporter, draftId, 'pending');
    return { reporter, draftId, postId };
  }

  it('three rounds reporter and copy editor, then the desk chief publishes: every open sees the latest text sent, every correction is published', async () => {
    const rows: Row[] = [];
    const { reporter, draftId, postId } = await sentToDesk('خطة الإسكان في ثلاث جولات');
    // What the site holds after each job is asserted, not only printed: the table in
    // docs/newsroom-loop.md is what this test proves.
    const siteHolds = async (expected: Versions): Promise<Versions> => {
      const held = await siteVersions(site(), postId);
      expect(held).toBe(expected);
      return held;
    };
    rows.push({
      round: '0',
      who: 'reporter',
      changed: 'writes S0..S4',
      sawOnOpening: '',
      siteAfterJob: await siteHolds('0 0 0 0 0'),
    });
    const copyEditor = await publishFixture(site(), 'editor');

    const deskOpens = async (
      expected: Versions,
      outcome: NonNullable<DeskOpened['fromSite']>['outcome'] | 'new',
    ): Promise<DeskOpened> => {
      const opened = await openFromDesk(deskWorld(copyEditor), copyEditor.site.id, postId);
      expect(opened.fromSite?.outcome ?? 'new').toBe(outcome);
      expect(versionsOfBody(opened.body)).toBe(expected);
      return opened;
    };
    const reporterAnswers = async (expected: Versions) => {
      const answer = await answerFromDesk(deskWorld(reporter), draftId);
      expect(answer.draft.workflow.status).toBe('draft');
      expect(versionsOfBody(answer.draft.body)).toBe(expected);
      return answer;
    };

    // Round 1: the desk opens the reporter's first text, dates the announcement, sends it back.
    const first = await deskOpens('0 0 0 0 0', 'new');
    await rewrite(copyEditor, first.id, 0, '0', 'E1');
    await runOutboxJob(copyEditor, first.id, 'draft');
    rows.push({
      round: '1',
      who: 'copy editor',
      changed: 'S0 → E1',
      sawOnOpening: `${versionsOfBody(first.body)} (new copy)`,
      siteAfterJob: await siteHolds('E1 0 0 0 0'),
    });
    const answer1 = await reporterAnswers('E1 0 0 0 0');
    expect(answer1.took).toBe(plugin ? 'document' : 'markup');
    await rewrite(reporter, draftId, 2, '0', 'R1');
    await runOutboxJob(reporter, draftId, 'pending');
    rows.push({
      round: '1',
      who: 'reporter',
      changed: 'S2 → R1',
      sawOnOpening: versionsOfBody(answer1.draft.body),
      siteAfterJob: await siteHolds('E1 0 R1 0 0'),
    });

    // Round 2: the desk's second open brings the reporter's version, not its own first round.
    const second = await deskOpens('E1 0 R1 0 0', 'took_site');
    expect(second.id).toBe(first.id);
    await rewrite(copyEditor, second.id, 3, '0', 'E2');
    await runOutboxJob(copyEditor, second.id, 'draft');
    rows.push({
      round: '2',
      who: 'copy editor',
      changed: 'S3 → E2',
      sawOnOpening: `${versionsOfBody(second.body)} (took the site's)`,
      siteAfterJob: await siteHolds('E1 0 R1 E2 0'),
    });
    // The copy editor goes on working here without sending: the reporter's resubmission must not lose it.
    await rewrite(copyEditor, second.id, 4, '0', 'E2+');
    const answer2 = await reporterAnswers('E1 0 R1 E2 0');
    await rewrite(reporter, draftId, 1, '0', 'R2');
    await runOutboxJob(reporter, draftId, 'pending');
    rows.push({
      round: '2',
      who: 'reporter',
      changed: 'S1 12 → 11.5 مليون (R2)',
      sawOnOpening: versionsOfBody(answer2.draft.body),
      siteAfterJob: await siteHolds('E1 R2 R1 E2 0'),
    });
    rows.push({
      round: '2',
      who: 'copy editor',
      changed: 'S4 → E2+ (unsent)',
      sawOnOpening: '',
      siteAfterJob: '(not sent)',
    });

    // Round 3: the reporter's figure and the desk's unsent sentence merge on opening.
    const third = await deskOpens('E1 R2 R1 E2 E2+', 'merged');
    expect((await copyEditor.library.listRevisions(third.id))[0]).toMatchObject({
      reason: 'before_site_version',
    });
    await rewrite(copyEditor, third.id, 0, 'E1', 'E3');
    await runOutboxJob(copyEditor, third.id, 'draft');
    rows.push({
      round: '3',
      who: 'copy editor',
      changed: 'S0 → E3 (and sends E2+)',
      sawOnOpening: `${versionsOfBody(third.body)} (merged)`,
      siteAfterJob: await siteHolds('E3 R2 R1 E2 E2+'),
    });
    const answer3 = await reporterAnswers('E3 R2 R1 E2 E2+');
    await rewrite(reporter, draftId, 2, 'R1', 'R3');
    await runOutboxJob(reporter, draftId, 'pending');
    rows.push({
      round: '3',
      who: 'reporter',
      changed: 'S2 → R3',
      sawOnOpening: versionsOfBody(answer3.draft.body),
      siteAfterJob: await siteHolds('E3 R2 R3 E2 E2+'),
    });

    // The desk chief opens it on a third machine, names the month both ways, and publishes.
    const chief = await publishFixture(site(), 'admin');
    const final = await openFromDesk(deskWorld(chief), chief.site.id, postId);
    expect(versionsOfBody(final.body)).toBe('E3 R2 R3 E2 E2+');
    await rewrite(chief, final.id, 3, 'E2', 'C');
    await runOutboxJob(chief, final.id, 'publish');
    const published = await clientAs(site(), 'admin').getPost(postId);
    expect(published.status).toBe('publish');
    expect(versionsOfMarkup(published.content.raw ?? '')).toBe('E3 R2 R3 C E2+');
    expect(published.content.raw).toContain('11.5 مليون');
    expect(published.content.raw).not.toContain('12 مليون');
    rows.push({
      round: 'end',
      who: 'desk chief',
      changed: 'S3 → C, publishes',
      sawOnOpening: versionsOfBody(final.body),
      siteAfterJob: `${versionsOfMarkup(published.content.raw ?? '')} (published)`,
    });

    // The reporter learns it was published, and with which text: never "returned unchanged".
    const told = await answerFromDesk(deskWorld(reporter), draftId);
    expect(told.draft.workflow.status).toBe('published');
    expect(told.published).toMatchObject({ status: 'published', differs: true });
    expect(
      told
        .published!.diff.pieces.filter((piece) => piece.type === 'insert')
        .map((piece) => piece.text)
        .join(''),
    ).toContain('مارس');
    rows.push({
      round: 'end',
      who: 'reporter',
      changed: '(checks the answer)',
      sawOnOpening: `told: published, differs=${told.published!.differs}`,
      siteAfterJob: '',
    });
    printTable(`The newsroom loop ${mode}`, rows);
  });

  it('an edit made in WordPress while the desk holds unsent work in the same paragraph is a conflict, never an overwrite; keeping the site’s version loads it', async () => {
    const { postId } = await sentToDesk('تعديل متزامن في الموقع');
    const copyEditor = await publishFixture(site(), 'editor');
    const opened = await openFromDesk(deskWorld(copyEditor), copyEditor.site.id, postId);
    await rewrite(copyEditor, opened.id, 1, '0', 'R2');
    // Someone edits the same sentence on the site, outside Midad.
    const admin = clientAs(site(), 'admin');
    const before = (await admin.getPost(postId)).content.raw ?? '';
    const theirs = 'تبلغ كلفة الخطة 13 مليون دينار.';
    await admin.updatePost(postId, { content: before.replace(SENTENCES[1]['0'], theirs) });

    // Opening it again keeps the local work and names the conflict: an edit, not a resubmission.
    const again = await openFromDesk(deskWorld(copyEditor), copyEditor.site.id, postId);
    expect(again.fromSite).toMatchObject({ outcome: 'conflict', conflict: { kind: 'edited' } });
    expect(versionsOfBody(again.body)).toBe('0 R2 0 0 0');

    const { job, resolve } = await runUpdate(copyEditor, opened.id);
    expect(job.state.state).toBe('conflict');
    const state = job.state as Extract<PublishJob['state'], { state: 'conflict' }>;
    expect(state.kind).toBe('edited');
    // Against what this copy last saw: one figure out, one in, not the whole post "added on the site".
    expect(
      state.diff.pieces
        .filter((piece) => piece.type === 'insert')
        .map((piece) => piece.text.trim()),
    ).toEqual(['13']);
    expect(state.diff.wordsDeleted).toBe(1);
    const siteText = blockMarkupText((await admin.getPost(postId)).content.raw ?? '');
    expect(siteText).toContain(theirs);

    // "Keep the site's version": the local draft now holds the site's text, its own kept as a revision.
    const kept = await resolve('keep_theirs');
    expect(kept.state.state).toBe('done');
    const local = await copyEditor.library.open(opened.id);
    expect(lexicalBlocks(local.body)).toContain(theirs);
    expect(local.remote?.[copyEditor.site.id]?.sentUpdatedAt).toBe(local.updatedAt);
    const [newest] = await copyEditor.library.listRevisions(opened.id);
    expect(newest).toMatchObject({ reason: 'before_site_version' });
    expect(versionsOfBody((await copyEditor.library.getRevision(opened.id, newest!.id)).body)).toBe(
      '0 R2 0 0 0',
    );
    // And the next update goes out over it, keeping the site's figure.
    await rewrite(copyEditor, opened.id, 3, '0', 'E2');
    await runOutboxJob(copyEditor, opened.id, 'pending');
    const after = blockMarkupText((await admin.getPost(postId)).content.raw ?? '');
    expect(after).toContain(theirs);
    expect(after).toContain(SENTENCES[3].E2);
  });

  it('a write to the post within the same second as what the desk last saw still stops the desk’s update', async () => {
    const reporter = clientAs(site(), 'contributor');
    const copyEditor = await publishFixture(site(), 'editor');
    const admin = clientAs(site(), 'admin');
    const markup = toWordPressBlocks(storyOf('').body);
    // WordPress keeps whole seconds: try until the site's write lands in the second the desk saw.
    let caught: { postId: number; draftId: string } | null = null;
    for (let attempt = 1; attempt <= 10 && !caught; attempt++) {
      const post = await reporter.createPost({
        title: `في الثانية نفسها ${attempt}`,
        content: markup,
        status: 'pending',
      });
      const opened = await openFromDesk(deskWorld(copyEditor), copyEditor.site.id, post.id);
      const seenAt = opened.remote![copyEditor.site.id]!.modifiedGmt;
      const written = await admin.updatePost(post.id, {
        content: markup.replace(SENTENCES[2]['0'], SENTENCES[2].R1),
      });
      if (written.modified_gmt === seenAt) caught = { postId: post.id, draftId: opened.id };
    }
    if (!caught) throw new Error('no write landed within the second the desk saw in ten tries');
    console.log(`same-second write caught on post ${caught.postId}`);
    const { job, resolve } = await runUpdate(copyEditor, caught.draftId);
    expect(job.state.state).toBe('conflict');
    expect(await siteVersions(site(), caught.postId)).toBe('0 0 R1 0 0');
    await resolve('keep_theirs');
    expect(versionsOfBody((await copyEditor.library.open(caught.draftId)).body)).toBe('0 0 R1 0 0');
  });

  it('the reporter’s resubmission over the desk’s unsent work in the same paragraph is named as such, and the desk keeps its work until it chooses', async () => {
    const { reporter, draftId, postId } = await sentToDesk('المراسل يرسل نسخة جديدة');
    const copyEditor = await publishFixture(site(), 'editor');
    const opened = await openFromDesk(deskWorld(copyEditor), copyEditor.site.id, postId);
    await runOutboxJob(copyEditor, opened.id, 'draft');
    await rewrite(copyEditor, opened.id, 2, '0', 'E');
    await answerFromDesk(deskWorld(reporter), draftId);
    await rewrite(reporter, draftId, 2, '0', 'R1');
    await runOutboxJob(reporter, draftId, 'pending');

    const again = await openFromDesk(deskWorld(copyEditor), copyEditor.site.id, postId);
    expect(again.fromSite).toMatchObject({
      outcome: 'conflict',
      conflict: { kind: 'resubmitted' },
    });
    expect(versionsOfBody(again.body)).toBe('0 0 E 0 0');
    const { job, resolve } = await runUpdate(copyEditor, opened.id);
    expect(job.state).toMatchObject({ state: 'conflict', kind: 'resubmitted' });
    expect(await siteVersions(site(), postId)).toBe('0 0 R1 0 0');
    // The desk chose its own sentence over the reporter's, having seen both.
    await resolve('overwrite');
    expect(await siteVersions(site(), postId)).toBe('0 0 E 0 0');
  });
}

describe.skipIf(unavailable)('the newsroom loop with the midad-bridge plugin', () => {
  loopTests(true);
});

describe.skipIf(unavailable)('the newsroom loop without the plugin', () => {
  loopTests(false);
});
