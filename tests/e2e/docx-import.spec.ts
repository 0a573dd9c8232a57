// A .docx made by pandoc (tests/fixtures/docx/README.md) imported through the library in a
// real Chromium: the new draft shows the table as a table, right to left, the Latin-first
// paragraph right to left, the note at the end, and the import's report in Arabic.
import { expect, test } from './fixtures.ts';
import { importDocx } from './library-files.ts';

test('a .docx with a table, a note and a caption opens with a real table and the import report', async ({
  app,
}) => {
  const { page } = app;
  await importDocx(page, 'انتخابات.docx', 'docx/pandoc-article.docx');
  await expect(page.getByTestId('meta-headline')).toHaveValue('انتخابات البلدية في المدينة');

  const editor = page.getByTestId('editor');
  const table = editor.locator('table');
  await expect(table).toHaveCount(1);
  await expect(table.locator('tr')).toHaveCount(3);
  await expect(table.locator('th')).toHaveText(['المدينة', 'المقاعد']);
  await expect(table.locator('tr').nth(2).locator('td')).toHaveText(['جدة', '٩']);
  // Right to left: the first cell of a row is the rightmost.
  const [first, second] = await table
    .locator('th')
    .evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().left));
  expect(first).toBeGreaterThan(second);

  // Laid out right to left as Word did, although its first word is Latin.
  const latinFirst = editor.locator('p', { hasText: 'iPhone مبيعات ارتفعت' });
  await expect(latinFirst).toHaveCount(1);
  expect(await latinFirst.evaluate((p) => getComputedStyle(p).direction)).toBe('rtl');
  await expect(editor.locator('a[href="#note-1"]')).toHaveText('[1]');
  await expect(editor.locator('a[href="#note-ref-1"]')).toHaveText('[1]');
  await expect(editor).not.toContainText('↑');

  const report = page.getByTestId('docx-import-report');
  await expect(report).toBeVisible();
  await expect(report.getByTestId('docx-import-report-line')).toHaveText([
    'استُورد جدول واحد',
    'نُقلت حاشية واحدة إلى الهوامش في آخر المقال',
    'وُضع تعليق واحد تحت صورته',
    'صارت فقرة واحدة بنمط اقتباس اقتباسًا',
    'بقيت فقرة واحدة تبدأ بكلمة لاتينية من اليمين إلى اليسار كما في المستند',
  ]);
  await report.getByRole('button').click();
  await expect(report).toBeHidden();
});
