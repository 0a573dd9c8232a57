// Export in browser mode: the Word and Markdown buttons download files, and the PDF button
// opens the printed proof, which Chromium's own PDF turns into numbered A4 pages; those are
// rendered to PNG with pdftoppm (poppler-utils) and checked for ink and page numbers.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import mammoth from 'mammoth';
import { articleMeta } from '../../common/document/article-content.ts';
import type { ArticleMeta, Draft } from '../../electron/contract/index.ts';
import {
  article,
  bullets,
  heading,
  paragraph,
  quote,
  text,
} from '../fixtures/wordpress/lexical-article.ts';
import { expect, openDraftId, test, type App } from './fixtures.ts';

/** pdfinfo, pdftotext and pdftoppm come from Debian's poppler-utils, which .ci/run installs. */
const hasPoppler = spawnSync('pdftoppm', ['-v']).error === undefined;

const meta: ArticleMeta = articleMeta({
  headline: 'مترو الرياض يبدأ التشغيل',
  kicker: 'نقل',
  section: 'محليات',
  byline: 'سارة العلي',
  excerpt: 'ست خطوط وخمس وثمانون محطة',
});

const SENTENCE =
  'بدأت قطارات المترو رحلاتها الأولى صباح اليوم وسط إقبال كبير من السكان الذين انتظروا المشروع سنوات طويلة، ';

/** Long enough for three A4 pages: headings, paragraphs, a list and a quote. */
function longBody() {
  const parts = [];
  for (let section = 1; section <= 6; section += 1) {
    parts.push(heading('h2', `المرحلة ${section}`));
    parts.push(paragraph(SENTENCE.repeat(5), text('وقالت الهيئة إن التشغيل منتظم.', 'bold')));
    parts.push(paragraph(SENTENCE.repeat(4)));
  }
  parts.push(bullets('الخط الأزرق', 'الخط الأحمر'), quote('«هذا يوم تاريخي للمدينة»'));
  return article(...parts);
}

async function openLongArticle(app: App): Promise<string> {
  const draftId = await openDraftId(app.page);
  await app.call('drafts.save', draftId, { meta, body: longBody() });
  await app.page.reload();
  await expect(app.page.getByTestId('editor')).toHaveAttribute('data-ready', 'true');
  return draftId;
}

test('the Word and Markdown buttons download the Arabic article as files', async ({ app }) => {
  await openLongArticle(app);
  const [docx] = await Promise.all([
    app.page.waitForEvent('download'),
    app.page.getByTestId('export-docx').click(),
  ]);
  expect(docx.suggestedFilename()).toBe('مترو الرياض يبدأ التشغيل.docx');
  const { value: html } = await mammoth.convertToHtml(
    { path: await docx.path() },
    { styleMap: ["p[style-name='Title'] => h1:fresh"] },
  );
  expect(html).toContain('<h1>مترو الرياض يبدأ التشغيل</h1>');
  expect(html).toContain('<h2>المرحلة 1</h2>');
  expect(html).toContain('<strong>وقالت الهيئة إن التشغيل منتظم.</strong>');

  const [markdown] = await Promise.all([
    app.page.waitForEvent('download'),
    app.page.getByTestId('export-markdown').click(),
  ]);
  expect(markdown.suggestedFilename()).toBe('مترو الرياض يبدأ التشغيل.md');
  const source = await readFile(await markdown.path(), 'utf8');
  expect(
    source.startsWith(
      'نقل\n\n# مترو الرياض يبدأ التشغيل\n\nست خطوط وخمس وثمانون محطة\n\n*سارة العلي*\n\n## المرحلة 1\n',
    ),
  ).toBe(true);
  expect(app.consoleErrors).toEqual([]);
});

test('the PDF button opens the proof, which prints as numbered A4 pages of shaped Arabic', async ({
  app,
}, testInfo) => {
  test.skip(
    !hasPoppler,
    'poppler-utils is not installed (apt-get install -y poppler-utils): the PDF cannot be read back',
  );
  const draftId = await openLongArticle(app);
  // A print dialog cannot be clicked through headless: the proof's print() is recorded instead.
  await app.page.context().addInitScript(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', 'true');
  });
  const [proof] = await Promise.all([
    app.page.waitForEvent('popup'),
    app.page.getByTestId('export-pdf').click(),
  ]);
  await proof.waitForLoadState('load');
  expect(new URL(proof.url()).pathname).toBe(`/proof/${draftId}`);
  await expect(proof.locator('h1')).toHaveText('مترو الرياض يبدأ التشغيل');
  await expect(proof.locator('html')).toHaveAttribute('data-printed', 'true');

  const pdfPath = testInfo.outputPath('proof.pdf');
  await proof.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
  const pages = Number(
    /Pages:\s+(\d+)/u.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))?.[1],
  );
  expect(pages).toBeGreaterThanOrEqual(2);

  // pdftotext gives the visual order, with bidi marks: "1 / 3" in an RTL margin box reads "3/1".
  const pageText = (page: number) =>
    execFileSync('pdftotext', ['-f', String(page), '-l', String(page), pdfPath, '-'], {
      encoding: 'utf8',
    }).replace(/[\u200e\u200f\u202a-\u202e\s]/gu, '');
  expect(pageText(1)).toContain('مترو');
  for (let page = 1; page <= pages; page += 1) expect(pageText(page)).toContain(`${pages}/${page}`);

  // The first page, rendered as a person would see it: PNG to look at, PGM to count its ink.
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    pdfPath,
    testInfo.outputPath('page-1'),
  ]);
  execFileSync('pdftoppm', [
    '-gray',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    pdfPath,
    testInfo.outputPath('page-1'),
  ]);
  const png = await readFile(testInfo.outputPath('page-1.png'));
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  const ink = inkOf(await readFile(testInfo.outputPath('page-1.pgm')));
  expect(ink.width).toBe(496);
  expect(ink.darkShare).toBeGreaterThan(0.02);
  // Right-aligned Arabic: more ink in the right half of the page than in the left.
  expect(ink.rightHalf).toBeGreaterThan(ink.leftHalf);
  expect(app.consoleErrors).toEqual([]);
});

test("browser mode's host has no PDF printer and says so, for the page to print the proof itself", async ({
  app,
}) => {
  const draftId = await openDraftId(app.page);
  await expect(app.call<Draft>('drafts.exportPdf', draftId)).rejects.toThrow(
    'export.pdf_unavailable',
  );
});

/** Dark pixels of a binary PGM (P5, 8 bit): their share, and how many in each half. */
function inkOf(pgm: Buffer): {
  width: number;
  darkShare: number;
  leftHalf: number;
  rightHalf: number;
} {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/u.exec(pgm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('not an 8-bit binary PGM');
  const [whole, width, height] = [header[0], Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(whole.length);
  let leftHalf = 0;
  let rightHalf = 0;
  for (let index = 0; index < width * height; index += 1) {
    if (pixels[index]! >= 128) continue;
    if (index % width < width / 2) leftHalf += 1;
    else rightHalf += 1;
  }
  return { width, darkShare: (leftHalf + rightHalf) / (width * height), leftHalf, rightHalf };
}
