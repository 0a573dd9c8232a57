// Find and replace in a real Chromium against browser mode: Arabic spelling variants meet,
// whole words and the selection narrow the search, one Ctrl+Z takes a "replace all" back,
// suggesting mode turns replacements into suggestions, and a word half bold is one word.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { articleBody, articleMeta } from '../../common/document/article-content.ts';
import { expect, test } from './fixtures.ts';
import { editor, settle, typeParagraphs } from './editor-typing.ts';

const count = (page: Page): Locator => page.getByTestId('find-count');

test('Ctrl+F finds احمد written أحمد and إحمد, steps through them and Escape gives the article back', async ({
  app,
}) => {
  const { page } = app;
  await typeParagraphs(page, ['قال أحمد إن إحمد واحمد وأَحْمَدُ', 'ومحمد لم يحضر']);

  await page.keyboard.press('Control+KeyF');
  await expect(page.getByTestId('find-bar')).toBeVisible();
  await expect(page.getByTestId('find-query')).toBeFocused();
  await page.getByTestId('find-query').fill('احمد');
  await expect(count(page)).toHaveText('1 من 4');
  // Every match is painted, the current one apart, without touching the article's DOM.
  const painted = () =>
    page.evaluate(() => [
      CSS.highlights.get('find-match')?.size ?? 0,
      CSS.highlights.get('find-current')?.size ?? 0,
    ]);
  await expect.poll(painted).toEqual([3, 1]);
  await expect(editor(page).locator('mark')).toHaveCount(0);

  await page.keyboard.press('Enter');
  await expect(count(page)).toHaveText('2 من 4');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.press('Shift+Enter');
  await expect(count(page)).toHaveText('4 من 4');

  // Exact match: only what is written that way.
  await page.getByTestId('find-query').fill('إحمد');
  await page.getByTestId('find-exact').check();
  await expect(count(page)).toHaveText('1 من 1');
  await page.getByTestId('find-query').fill('بيت');
  await expect(count(page)).toHaveText('لا نتائج');

  await page.getByTestId('find-query').press('Escape');
  await expect(page.getByTestId('find-bar')).toHaveCount(0);
  await expect(editor(page)).toBeFocused();

  // Opened again and the article clicked: Escape there closes the bar as well.
  await page.keyboard.press('Control+KeyF');
  await expect(page.getByTestId('find-query')).toBeFocused();
  await editor(page).click();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('find-bar')).toHaveCount(0);
  expect(app.consoleErrors).toEqual([]);
});

test('whole word leaves out a longer word, and "in the selection" only looks in the selected paragraph', async ({
  app,
}) => {
  const { page } = app;
  await typeParagraphs(page, ['أحمد والأحمدي', 'أحمد في الوسط', 'أحمد في الآخر']);

  // The search starts at the caret, at the start of the second paragraph.
  await editor(page).locator('p').nth(1).click();
  await page.keyboard.press('Home');
  await settle(page);
  await page.keyboard.press('Control+KeyF');
  await page.getByTestId('find-query').fill('احمد');
  await expect(count(page)).toHaveText('3 من 4');
  await page.getByTestId('find-whole-word').check();
  await expect(count(page)).toHaveText('2 من 3');
  await page.getByTestId('find-query').press('Escape');

  // Select the second paragraph, then find and replace in it only.
  await editor(page).locator('p').nth(1).click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await settle(page);
  await page.keyboard.press('Control+KeyH');
  await expect(page.getByTestId('find-in-selection')).toBeChecked();
  await page.getByTestId('find-query').fill('احمد');
  await expect(count(page)).toHaveText('1 من 1');
  await page.getByTestId('find-replacement').fill('محمود');
  await page.getByTestId('find-replace-all').click();
  await expect(editor(page).locator('p')).toHaveText([
    'أحمد والأحمدي',
    'محمود في الوسط',
    'أحمد في الآخر',
  ]);
  expect(app.consoleErrors).toEqual([]);
});

test('replace all changes headings, lists and quotes, and one Ctrl+Z takes all of it back', async ({
  app,
}) => {
  const { page } = app;
  await typeParagraphs(page, ['أحمد في فقرة']);
  await page.keyboard.press('Enter');
  await page.getByTestId('toolbar-h2').click();
  await page.keyboard.type('إحمد في عنوان');
  await page.keyboard.press('Enter');
  await page.getByTestId('toolbar-bullet').click();
  await page.keyboard.type('احمد في قائمة');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.getByTestId('toolbar-quote').click();
  await page.keyboard.type('أحمد في اقتباس');
  await settle(page);
  const before = await editor(page).innerText();

  await page.keyboard.press('Control+KeyH');
  await page.getByTestId('find-query').fill('احمد');
  await expect(count(page)).toHaveText('1 من 4');
  await page.getByTestId('find-replacement').fill('محمود');
  await page.getByTestId('find-replace-all').click();
  await expect(count(page)).toHaveText('لا نتائج');
  await expect(editor(page).locator('h2')).toHaveText('محمود في عنوان');
  await expect(editor(page).locator('li')).toHaveText('محمود في قائمة');
  await expect(editor(page).locator('blockquote')).toHaveText('محمود في اقتباس');
  await expect(editor(page).locator('p').first()).toHaveText('محمود في فقرة');

  await page.getByTestId('find-replacement').press('Escape');
  await expect(editor(page)).toBeFocused();
  await page.keyboard.press('Control+KeyZ');
  await expect.poll(() => editor(page).innerText()).toBe(before);
  expect(app.consoleErrors).toEqual([]);
});

test('in suggesting mode each replacement is a suggestion the writer accepts or rejects', async ({
  app,
}) => {
  const { page } = app;
  await typeParagraphs(page, ['كتب أحمد وإحمد']);
  await page.getByTestId('toolbar-suggesting').click();
  await expect(page.getByTestId('toolbar-suggesting')).toHaveAttribute('aria-pressed', 'true');

  await editor(page).click();
  await page.keyboard.press('Control+KeyH');
  await page.getByTestId('find-query').fill('احمد');
  await expect(count(page)).toHaveText('1 من 2');
  await page.getByTestId('find-replacement').fill('محمد');
  await page.getByTestId('find-replace-all').click();
  await expect(count(page)).toHaveText('لا نتائج');
  await expect(editor(page).locator('del')).toHaveText(['أحمد', 'إحمد']);
  await expect(editor(page).locator('ins')).toHaveText(['محمد', 'محمد']);
  await page.getByTestId('find-replacement').press('Escape');

  await page.getByTestId('suggestions-toggle').click();
  const entries = page.getByTestId('suggestion-entry');
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toHaveAttribute('data-kind', 'replace');
  await entries.nth(0).getByTestId('suggestion-accept-one').click();
  await expect(entries).toHaveCount(1);
  await entries.nth(0).getByTestId('suggestion-reject-one').click();
  await expect(page.getByTestId('suggestions-none')).toBeVisible();
  await expect(editor(page)).toHaveText('كتب محمد وإحمد');
  expect(app.consoleErrors).toEqual([]);
});

test('a word half bold is found as one word and replaced keeping the format of its first letters', async ({
  app,
}) => {
  const { page } = app;
  await editor(page).click();
  await page.keyboard.type('في الم');
  await page.keyboard.press('Control+KeyB');
  await page.keyboard.type('درسة');
  await page.keyboard.press('Control+KeyB');
  await page.keyboard.type(' الكبيرة');
  await settle(page);
  await expect(editor(page).locator('strong')).toHaveText('درسة');

  await page.keyboard.press('Control+KeyH');
  await page.getByTestId('find-query').fill('المدرسه');
  await page.getByTestId('find-whole-word').check();
  await expect(count(page)).toHaveText('1 من 1');
  await page.getByTestId('find-replacement').fill('الجامعة');
  await page.getByTestId('find-replace').click();
  await expect(editor(page)).toHaveText('في الجامعة الكبيرة');
  await expect(editor(page).locator('strong')).toHaveCount(0);
  expect(app.consoleErrors).toEqual([]);
});

// The smallest valid PNG, one pixel: the caption is what this test is about.
const ONE_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

test('an image caption is searched and replaced with the text, but left alone in suggesting mode', async ({
  app,
}) => {
  const { page } = app;
  await typeParagraphs(page, ['أحمد قبل الصورة']);
  await page
    .getByTestId('image-file-input')
    .setInputFiles({ name: 'صورة.png', mimeType: 'image/png', buffer: ONE_PIXEL_PNG });
  await page.getByTestId('image-caption').fill('صورة إحمد في الميناء');

  // The toolbar's magnifier opens find and replace too.
  await editor(page).locator('p').first().click();
  await page.keyboard.press('Home');
  await page.getByTestId('toolbar-find').click();
  await expect(page.getByTestId('find-replacement')).toBeVisible();
  await page.getByTestId('find-query').fill('احمد');
  await expect(count(page)).toHaveText('1 من 2');

  // Suggesting mode: the paragraph's match becomes a suggestion, the caption cannot carry one.
  await page.getByTestId('toolbar-suggesting').click();
  await page.getByTestId('find-replacement').fill('محمد');
  await page.getByTestId('find-replace-all').click();
  await expect(editor(page).locator('ins')).toHaveText(['محمد']);
  await expect(page.getByTestId('image-caption')).toHaveValue('صورة إحمد في الميناء');
  await expect(count(page)).toHaveText('1 من 1');

  await page.getByTestId('toolbar-suggesting').click();
  await page.getByTestId('find-replace-all').click();
  await expect(page.getByTestId('image-caption')).toHaveValue('صورة محمد في الميناء');
  await expect(count(page)).toHaveText('لا نتائج');
  expect(app.consoleErrors).toEqual([]);
});

test('a read-only article is searched with Ctrl+F but offers nothing to replace', async ({
  app,
}) => {
  const { page } = app;
  const text = (value: string) => ({
    type: 'text',
    text: value,
    detail: 0,
    format: 0,
    mode: 'normal',
    style: '',
    version: 1,
  });
  const paragraph = (value: string) => ({
    type: 'paragraph',
    direction: null,
    format: '',
    indent: 0,
    version: 1,
    textFormat: 0,
    textStyle: '',
    children: [text(value)],
  });
  const created = await app.call<{ id: string }>('drafts.create', {
    meta: articleMeta({ headline: 'خبر للقراءة فقط' }),
    body: articleBody([paragraph('نص مؤقت')]),
  });
  // A node type this Midad does not know, as a newer Midad writes it, opens the draft read-only.
  const file = path.join(app.dataDir, 'drafts', created.id, 'draft.json');
  const onDisk = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  const children = [
    paragraph('قال أحمد'),
    { type: 'poll', version: 2, children: [paragraph('سؤال')] },
    paragraph('وأجاب إحمد'),
  ];
  await writeFile(file, JSON.stringify({ ...onDisk, body: articleBody(children) }));
  await page.getByTestId('nav-library').click();
  await page
    .getByTestId('draft-row')
    .filter({ hasText: 'خبر للقراءة فقط' })
    .getByTestId('draft-open')
    .click();
  await expect(page.getByTestId('article')).toHaveAttribute('data-read-only', 'true');

  await editor(page).click();
  await page.keyboard.press('Control+KeyF');
  await page.getByTestId('find-query').fill('احمد');
  await expect(count(page)).toHaveText('1 من 2');
  await page.getByTestId('find-query').press('Control+KeyH');
  await expect(page.getByTestId('find-replacement')).toHaveCount(0);
  await expect(page.getByTestId('find-replace-all')).toHaveCount(0);
});
