// A draft on disk holding node types this Midad does not know (as a newer Midad writes them)
// opens read-only with a notice naming them, and nothing typed or saved changes its file;
// "keep as text" turns them into paragraphs (keeping the draft as it was in its history) and
// the draft is editable again.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from '@playwright/test';
import { articleBody, articleMeta } from '../../common/document/article-content.ts';
import { lexicalToPlainText } from '../../common/document/plain-text.ts';
import { test } from './fixtures.ts';

const textNode = (text: string) => ({
  type: 'text',
  text,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  version: 1,
});
const paragraph = (text: string) => ({
  type: 'paragraph',
  direction: null,
  format: '',
  indent: 0,
  version: 1,
  textFormat: 0,
  textStyle: '',
  children: [textNode(text)],
});

/** The body a newer Midad might write: a paragraph, a poll and an embedded timeline Midad has no nodes for. */
const bodyFromNewerMidad = articleBody([
  paragraph('افتتاحية الخبر كما كتبها المراسل'),
  {
    type: 'poll',
    version: 2,
    question: 'هل تؤيد القرار؟',
    children: [paragraph('سؤال الاستطلاع عن القرار')],
  },
  {
    type: 'timeline-embed',
    version: 1,
    children: [
      {
        type: 'text',
        text: 'خط زمني للأحداث',
        detail: 0,
        format: 0,
        mode: 'normal',
        style: '',
        version: 1,
      },
    ],
  },
  paragraph('خاتمة الخبر'),
]);

test('a draft with node types Midad does not know opens read-only and its file stays as it was until the user keeps them as text', async ({
  app,
}) => {
  const { page, dataDir } = app;
  const created = await app.call<{ id: string }>('drafts.create', {
    meta: articleMeta({ headline: 'خبر من إصدار أحدث' }),
    body: articleBody([paragraph('نص مؤقت')]),
  });
  // The file as a newer Midad left it on disk.
  const file = path.join(dataDir, 'drafts', created.id, 'draft.json');
  const onDisk = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  await writeFile(file, JSON.stringify({ ...onDisk, body: bodyFromNewerMidad }));
  const before = await readFile(file);

  await page.getByTestId('nav-library').click();
  await page
    .getByTestId('draft-row')
    .filter({ hasText: 'خبر من إصدار أحدث' })
    .getByTestId('draft-open')
    .click();
  const notice = page.getByTestId('held-back-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toHaveAttribute('data-code', 'document.unknown_node');
  await expect(notice).toContainText('poll');
  await expect(notice).toContainText('timeline-embed');
  await expect(page.getByTestId('article')).toHaveAttribute('data-read-only', 'true');
  // The text is shown, the unknown parts as their text: not an empty editor.
  const editor = page.getByTestId('editor');
  await expect(editor).toContainText('افتتاحية الخبر كما كتبها المراسل');
  await expect(editor).toContainText('سؤال الاستطلاع عن القرار');
  await expect(editor).toContainText('خط زمني للأحداث');

  // Typing, a headline change, leaving the window and going to the library: each would save an editable draft.
  await editor.click();
  await page.keyboard.type('كتابة لا ينبغي أن تُحفظ');
  await page.keyboard.press('Enter');
  await page.getByTestId('meta-headline').click();
  await page.keyboard.type(' عنوان آخر');
  await page.evaluate(() => window.dispatchEvent(new Event('blur')));
  await page.getByTestId('nav-library').click();
  await expect(page.getByTestId('library')).toBeVisible();
  await page
    .getByTestId('draft-row')
    .filter({ hasText: 'خبر من إصدار أحدث' })
    .getByTestId('draft-open')
    .click();
  await expect(page.getByTestId('held-back-notice')).toBeVisible();
  await expect(page.getByTestId('editor')).not.toContainText('كتابة لا ينبغي أن تُحفظ');
  expect((await readFile(file)).equals(before)).toBe(true);

  await page.getByTestId('keep-as-text').click();
  await expect(page.getByTestId('held-back-notice')).toHaveCount(0);
  await expect(page.getByTestId('article')).toHaveAttribute('data-read-only', 'false');
  const saved = JSON.parse(await readFile(file, 'utf8')) as { body: unknown };
  expect(lexicalToPlainText(saved.body)).toBe(
    [
      'افتتاحية الخبر كما كتبها المراسل',
      'سؤال الاستطلاع عن القرار',
      'خط زمني للأحداث',
      'خاتمة الخبر',
    ].join('\n\n'),
  );

  // Editable now, and saved as any draft is.
  await page.getByTestId('editor').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' وتحديث');
  await expect
    .poll(async () => lexicalToPlainText((await app.readSavedDocument())?.document.body), {
      timeout: 10_000,
    })
    .toContain('خاتمة الخبر وتحديث');

  // The draft as it was, unknown parts and all, is in its history.
  await page.getByTestId('history-toggle').click();
  await expect(
    page.getByTestId('history').locator('[data-testid=revision][data-reason=before_keep_as_text]'),
  ).toHaveCount(1);
  expect(app.consoleErrors).toEqual([]);
});
