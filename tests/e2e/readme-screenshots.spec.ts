// The README's pictures, in Arabic, against a real WordPress 6.1: the article, the desk
// chief's board with a morning's stories, and night mode (Arabic and English). Rewritten on
// every run into docs/screenshots/, as editor.spec.ts rewrites docs/screenshot.png.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { paragraph } from '../fixtures/wordpress/editor-blocks.ts';
import { REPO_ROOT } from '../support/web-host-process.ts';
import { editor, settle } from './editor-typing.ts';
import { expect, test } from './fixtures.ts';
import { addSiteInUi, restAs, useWordPressForFile } from './wordpress-for-file.ts';

const site = useWordPressForFile('README screenshots');
const SHOTS = path.join(REPO_ROOT, 'docs', 'screenshots');

async function writeArticle(page: Page): Promise<void> {
  await page.getByTestId('meta-kicker').fill('طاقة');
  await page.getByTestId('meta-headline').fill('السعودية تطلق سبعة مشاريع للطاقة الشمسية');
  await page
    .getByTestId('meta-excerpt')
    .fill('مشاريع بقدرة 4.5 غيغاواط تقرّب المملكة من هدفها لعام ٢٠٣٠.');
  await editor(page).click();
  const lines = [
    'أعلنت وزارة الطاقة، الثلاثاء، إطلاق سبعة مشاريع جديدة للطاقة الشمسية بقدرة إجمالية تبلغ 4.5 غيغاواط.',
    'وقال مسؤول في الوزارة لـ«مداد» إن الشركات الفائزة بالعقود ستبدأ الأعمال الإنشائية مطلع العام المقبل.',
  ];
  for (const line of lines) {
    await page.keyboard.insertText(line);
    await page.keyboard.press('Enter');
  }
  await page.keyboard.type('> ');
  await page.keyboard.insertText(
    '«لم يعد السؤال هل نتحول إلى الطاقة المتجددة، بل كم نسرع في ذلك».',
  );
  await settle(page);
  await page.mouse.click(5, 5); // no caret blinking in the picture
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved', {
    timeout: 30_000,
  });
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

test('the article, the desk board and night mode, photographed for the README', async ({ app }) => {
  test.setTimeout(240_000);
  const { page } = app;
  await page.setViewportSize({ width: 1280, height: 960 });
  await page.emulateMedia({ colorScheme: 'light' });
  await writeArticle(page);
  await shoot(page, 'article');

  await page.emulateMedia({ colorScheme: 'dark' });
  await shoot(page, 'night-mode');
  await page.getByTestId('language-switch').click();
  await expect(page.getByTestId('nav-article')).toHaveText('Article');
  await shoot(page, 'night-mode-en');
  await page.getByTestId('language-switch').click();
  await page.emulateMedia({ colorScheme: 'light' });

  const stories = [
    ['pending', 'وزير المالية يعرض موازنة العام المقبل أمام البرلمان'],
    ['pending', 'افتتاح معرض الكتاب بمشاركة ٤٠٠ دار نشر'],
    ['pending', 'الأمطار تعلّق الدراسة في ثلاث مناطق'],
    ['future', 'مقابلة: رئيسة هيئة الأفلام عن موسم الشتاء'],
  ] as const;
  const tomorrow = new Date(Date.now() + 26 * 3600_000).toISOString().slice(0, 19);
  for (const [status, title] of stories)
    await restAs(site(), 'admin', 'wp/v2/posts', {
      method: 'POST',
      body: {
        title,
        content: paragraph,
        status,
        author: site().users.contributor.id,
        ...(status === 'future' ? { date: tomorrow } : {}),
      },
    });
  await addSiteInUi(page, site(), 'admin');
  await page.getByTestId('nav-desk').click();
  const board = page.getByTestId('desk-board');
  for (const [, title] of stories)
    await expect(board.getByTestId('desk-story').filter({ hasText: title })).toBeVisible({
      timeout: 30_000,
    });
  await shoot(page, 'desk-board');
});
