// The draft library in a real Chromium against browser mode: nothing typed is lost when
// the page goes away, many drafts, history and restore, Arabic search, a damaged file,
// hand-over by .midad file, and the trash.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { lexicalToPlainText } from '../../common/document/plain-text.ts';
import type { Draft, LibraryProblem } from '../../electron/contract/index.ts';
import { startWebHostProcess } from '../support/web-host-process.ts';
import { callHost, expect, openDraftId, test, type App } from './fixtures.ts';
import { editor, settle } from './editor-typing.ts';

async function write(page: Page, text: string): Promise<void> {
  await editor(page).click();
  await settle(page);
  await page.keyboard.type(text);
  await settle(page);
}

/** Replaces the whole body with `text`. */
async function rewrite(page: Page, text: string): Promise<void> {
  await editor(page).click();
  await settle(page);
  await page.keyboard.press('Control+KeyA');
  await settle(page);
  await page.keyboard.type(text);
  await settle(page);
}

/** Waits until the open draft's text on disk is `text` (autosave runs after a pause). */
async function expectOnDisk(app: App, text: string): Promise<void> {
  await expect
    .poll(async () => lexicalToPlainText((await app.readSavedDocument())?.document.body), {
      timeout: 10_000,
    })
    .toBe(text);
}

async function showLibrary(page: Page): Promise<void> {
  await page.getByTestId('nav-library').click();
  await expect(page.getByTestId('library')).toBeVisible();
}

function row(page: Page, text: string): Locator {
  return page.getByTestId('draft-row').filter({ hasText: text });
}

test('text written and left without any warning is there when the app is opened again', async ({
  app,
  context,
}) => {
  const { page } = app;
  await write(page, 'كتبت هذه الجملة ثم أغلقت الصفحة فجأة');
  await page.waitForTimeout(1_200);
  await page.close();

  const again = await context.newPage();
  await again.goto(app.host.openUrl);
  await expect(editor(again)).toHaveAttribute('data-ready', 'true');
  await expect(editor(again)).toHaveText('كتبت هذه الجملة ثم أغلقت الصفحة فجأة');
});

test('a second draft is listed beside the first, and each one opens with its own text', async ({
  app,
}) => {
  const { page } = app;
  await write(page, 'المسودة الأولى عن الانتخابات');
  await expectOnDisk(app, 'المسودة الأولى عن الانتخابات');

  await showLibrary(page);
  await page.getByTestId('new-draft').click();
  await expect(editor(page)).toHaveAttribute('data-ready', 'true');
  await expect(editor(page)).toHaveText('');
  await write(page, 'المسودة الثانية عن الاقتصاد');
  await expectOnDisk(app, 'المسودة الثانية عن الاقتصاد');

  await showLibrary(page);
  await expect(page.getByTestId('draft-row')).toHaveCount(2);
  // Newest change first.
  await expect(page.getByTestId('draft-row').first()).toContainText('المسودة الثانية عن الاقتصاد');
  await expect(page.getByTestId('draft-row').first().getByTestId('draft-words')).toHaveAttribute(
    'data-value',
    '4',
  );

  await row(page, 'المسودة الأولى').getByTestId('draft-open').click();
  await expect(editor(page)).toHaveText('المسودة الأولى عن الانتخابات');
  await showLibrary(page);
  await row(page, 'المسودة الثانية').getByTestId('draft-open').click();
  await expect(editor(page)).toHaveText('المسودة الثانية عن الاقتصاد');
});

test('an older revision is restored from the history, and that restore is undone the same way', async ({
  app,
}) => {
  const { page } = app;
  await write(page, 'النص الأول كما أرسل إلى الديسك');
  await expectOnDisk(app, 'النص الأول كما أرسل إلى الديسك');
  // A workflow change keeps a revision at once (no five-minute wait).
  await page.getByTestId('workflow-status').selectOption('sent_to_desk');
  await rewrite(page, 'نص معدل بالكامل بعد الإرسال');
  await expectOnDisk(app, 'نص معدل بالكامل بعد الإرسال');

  await page.getByTestId('history-toggle').click();
  const history = page.getByTestId('history');
  const sent = history.locator('[data-testid=revision][data-reason=status_change]');
  await expect(sent).toHaveCount(1);
  await sent.getByTestId('revision-preview').click();
  await expect(history.getByTestId('revision-preview-text')).toHaveText(
    'النص الأول كما أرسل إلى الديسك',
  );

  await sent.getByTestId('revision-restore').click();
  await expect(editor(page)).toHaveText('النص الأول كما أرسل إلى الديسك');
  await expectOnDisk(app, 'النص الأول كما أرسل إلى الديسك');

  // The restore kept the text it replaced: restoring that brings it back.
  const beforeRestore = history.locator('[data-testid=revision][data-reason=before_restore]');
  await expect(beforeRestore).toHaveCount(1);
  await beforeRestore.getByTestId('revision-restore').click();
  await expect(editor(page)).toHaveText('نص معدل بالكامل بعد الإرسال');
  await expectOnDisk(app, 'نص معدل بالكامل بعد الإرسال');
});

test('two revisions compared word by word show what came in and what went out', async ({ app }) => {
  const { page } = app;
  await write(page, 'قال الوزير إن الميزانية سترتفع');
  await expectOnDisk(app, 'قال الوزير إن الميزانية سترتفع');
  await page.getByTestId('workflow-status').selectOption('sent_to_desk');
  await rewrite(page, 'قال الوزير إن الميزانية ستنخفض');
  await expectOnDisk(app, 'قال الوزير إن الميزانية ستنخفض');

  await page.getByTestId('history-toggle').click();
  const history = page.getByTestId('history');
  await history
    .locator('[data-testid=revision][data-reason=status_change]')
    .getByTestId('revision-select')
    .check();
  await history.getByTestId('revision-compare').click();
  const diff = history.getByTestId('revision-diff');
  await expect(diff.locator('del')).toHaveText('سترتفع');
  await expect(diff.locator('ins')).toHaveText('ستنخفض');
  expect(
    await diff.locator('del').evaluate((element) => getComputedStyle(element).textDecorationLine),
  ).toBe('line-through');
  expect(
    await diff.locator('ins').evaluate((element) => getComputedStyle(element).textDecorationLine),
  ).toBe('underline');
});

test('Arabic search finds a draft whatever the spelling of hamza and ta marbuta, and marks the match', async ({
  app,
}) => {
  const { page } = app;
  await write(page, 'زار أحمد مدرسة البلدة صباح الأحد');
  await expectOnDisk(app, 'زار أحمد مدرسة البلدة صباح الأحد');
  const withAhmad = await openDraftId(page);
  await showLibrary(page);
  await page.getByTestId('new-draft').click();
  await write(page, 'تقرير عن أسعار النفط');
  await expectOnDisk(app, 'تقرير عن أسعار النفط');

  await showLibrary(page);
  const search = page.getByTestId('library-search');
  const results = page.getByTestId('search-result');
  await search.fill('احمد');
  await expect(results).toHaveCount(1);
  await expect(results.first()).toHaveAttribute('data-draft-id', withAhmad);
  await expect(results.first().locator('mark')).toHaveText('أحمد');

  await search.fill('مدرسه');
  await expect(results).toHaveCount(1);
  await expect(results.first().locator('mark')).toHaveText('مدرسة');

  await search.fill('');
  await expect(page.getByTestId('draft-row')).toHaveCount(2);
});

test('a damaged draft file is reported with where its raw file went, and the app stays usable', async ({
  app,
}) => {
  const { page, dataDir } = app;
  await write(page, 'مسودة سليمة تبقى كما هي');
  await expectOnDisk(app, 'مسودة سليمة تبقى كما هي');
  const damaged = await app.call<Draft>('drafts.create');
  await app.host.stop();

  const garbage = '{"format":"midad.draft", this is not JSON';
  await writeFile(path.join(dataDir, 'drafts', damaged.id, 'draft.json'), garbage);
  const host = await startWebHostProcess(dataDir);
  try {
    await page.goto(host.openUrl);
    await expect(editor(page)).toHaveAttribute('data-ready', 'true');
    const notice = page.locator(`[data-testid=problem][data-draft-id="${damaged.id}"]`);
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(damaged.id);
    const [problem] = await callHost<LibraryProblem[]>(host, 'drafts.problems', []);
    expect(problem?.quarantinePath).toContain(path.join(dataDir, 'quarantine'));
    await expect(notice.getByTestId('problem-path')).toHaveText(problem!.quarantinePath!);
    expect(await readFile(problem!.quarantinePath!, 'utf8')).toBe(garbage);

    // The app goes on: the intact draft is open and takes new text.
    await expect(editor(page)).toHaveText('مسودة سليمة تبقى كما هي');
    await rewrite(page, 'ما زال التطبيق يعمل');
    const id = await openDraftId(page);
    await expect
      .poll(async () => lexicalToPlainText((await callHost<Draft>(host, 'drafts.open', [id])).body))
      .toBe('ما زال التطبيق يعمل');
    await showLibrary(page);
    await expect(page.getByTestId('draft-row')).toHaveCount(1);
    await expect(notice).toBeVisible();
  } finally {
    await host.stop();
  }
});

test('a draft exported as .midad comes back as a copy when imported, and nothing is overwritten', async ({
  app,
}) => {
  const { page } = app;
  await page.getByTestId('meta-headline').fill('تقرير للتسليم');
  await write(page, 'نص يسلم على ذاكرة USB');
  await expectOnDisk(app, 'نص يسلم على ذاكرة USB');
  const original = await openDraftId(page);

  const [midadFile] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-midad').click(),
  ]);
  expect(midadFile.suggestedFilename()).toBe('تقرير للتسليم.midad');
  const exported = await midadFile.path();
  const [htmlFile] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-html').click(),
  ]);
  expect(htmlFile.suggestedFilename()).toBe('تقرير للتسليم.html');
  expect(await readFile(await htmlFile.path(), 'utf8')).toContain('نص يسلم على ذاكرة USB');

  await showLibrary(page);
  await page.getByTestId('import-file').setInputFiles(exported);
  await expect(page.getByTestId('import-outcome')).toHaveAttribute('data-outcome', 'copy');
  await expect(page.getByTestId('import-outcome')).toContainText('نسخة');
  await expect(row(page, 'تقرير للتسليم')).toHaveCount(2);
  const copy = await row(page, 'تقرير للتسليم').evaluateAll((rows) =>
    rows.map((element) => element.getAttribute('data-draft-id')),
  );
  expect(new Set(copy).size).toBe(2);
  expect(copy).toContain(original);
  const kept = await app.call<Draft>('drafts.open', original);
  expect(lexicalToPlainText(kept.body)).toBe('نص يسلم على ذاكرة USB');
});

test('a file that is not a .midad draft is refused with a plain message', async ({
  app,
}, testInfo) => {
  const { page } = app;
  await showLibrary(page);
  const notMidad = testInfo.outputPath('notes.midad');
  await writeFile(notMidad, 'ملاحظات عادية وليست مسودة');
  await page.getByTestId('import-file').setInputFiles(notMidad);
  await expect(page.getByTestId('import-outcome')).toHaveAttribute('data-outcome', 'failed');
  await expect(page.getByTestId('import-outcome')).toContainText('ليس ملف');
  await expect(page.getByTestId('draft-row')).toHaveCount(1);
});

test('a draft moved to the trash comes back from it, and the trash empties only after asking', async ({
  app,
}) => {
  const { page } = app;
  await write(page, 'مسودة ستذهب إلى المهملات');
  await expectOnDisk(app, 'مسودة ستذهب إلى المهملات');
  await showLibrary(page);
  await page.getByTestId('new-draft').click();
  await write(page, 'مسودة تبقى');
  await expectOnDisk(app, 'مسودة تبقى');

  await showLibrary(page);
  await row(page, 'ستذهب').getByTestId('draft-trash').click();
  await expect(page.getByTestId('draft-row')).toHaveCount(1);
  await page.getByTestId('library-tab-trash').click();
  await expect(page.getByTestId('trash-row')).toHaveText(/مسودة ستذهب إلى المهملات/);
  await page.getByTestId('trash-restore').click();
  await expect(page.getByTestId('trash-empty')).toBeVisible();
  await page.getByTestId('library-tab-drafts').click();
  await expect(page.getByTestId('draft-row')).toHaveCount(2);
  await row(page, 'ستذهب').getByTestId('draft-open').click();
  await expect(editor(page)).toHaveText('مسودة ستذهب إلى المهملات');

  // The open draft can go to the trash too; another one opens in its place.
  await showLibrary(page);
  await row(page, 'ستذهب').getByTestId('draft-trash').click();
  await expect(page.getByTestId('draft-row')).toHaveCount(1);
  await page.getByTestId('nav-article').click();
  await expect(editor(page)).toHaveText('مسودة تبقى');

  await showLibrary(page);
  await page.getByTestId('library-tab-trash').click();
  await page.getByTestId('trash-empty-all').click();
  await expect(page.getByTestId('trash-row')).toHaveCount(1);
  await page.getByTestId('trash-empty-all-confirm').click();
  await expect(page.getByTestId('trash-empty')).toBeVisible();
  expect(await app.call<unknown[]>('drafts.listTrash')).toEqual([]);
});
