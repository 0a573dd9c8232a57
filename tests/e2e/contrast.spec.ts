// Every main screen keeps WCAG AA contrast for its text in the light and the dark colours:
// 4.5:1 for normal text, 3:1 for large. The lowest ratio of each screen is printed and
// attached to the report (summarised in docs/accessibility.md, "Contrast").
import type { Locator, Page } from '@playwright/test';
import { typeParagraphs } from './editor-typing.ts';
import { expect, test } from './fixtures.ts';
import { measureTextContrast } from './text-contrast.ts';

const SCREENS = ['article', 'library', 'desk', 'sites', 'settings'] as const;

/** What shows each screen is there, not only its tab. */
function screenReady(page: Page, screen: (typeof SCREENS)[number]): Locator {
  if (screen === 'article') return page.getByTestId('editor');
  if (screen === 'library') return page.getByTestId('draft-row').first();
  if (screen === 'desk') return page.locator('#desk-title');
  if (screen === 'sites') return page.getByTestId('add-site');
  return page.getByTestId('settings-screen');
}

/**
 * The editor's marks that are not elements of their own (find matches are CSS highlights)
 * or may not be on the page: text in each pair of colours they use, laid on the paper.
 */
const MARKS = [
  ['find-match', '--ink', '--find-match'],
  ['find-current', '--ink', '--find-current'],
  ['suggested-insert', '--insert-ink', '--insert-paper'],
  ['suggested-delete', '--danger', '--delete-paper'],
  ['history-delete', '--delete-ink', '--delete-paper'],
  ['comment', '--ink', '--comment-mark-active'],
  ['house-style', '--ink', '--style-error-paper'],
] as const;

async function addMarkSamples(page: Page): Promise<void> {
  await page.evaluate((marks) => {
    const samples = document.createElement('div');
    samples.id = 'mark-samples';
    for (const [name, ink, paper] of marks) {
      const sample = document.createElement('span');
      sample.dataset.testid = `mark-${name}`;
      sample.textContent = 'نص تحت العلامة';
      sample.style.color = `var(${ink})`;
      sample.style.backgroundColor = `var(${paper})`;
      samples.append(sample);
    }
    document.body.append(samples);
  }, MARKS);
}

/** An article with what the page draws over text: a house-style finding, a quote, a find match. */
async function writeArticle(page: Page): Promise<void> {
  await page.getByTestId('meta-headline').fill('الوزير يفتتح معرض الكتاب في الرياض');
  await typeParagraphs(page, [
    'قال الوزير "نعم" إن المعرض يفتح أبوابه للزوار يوم الخميس.',
    'وأضاف أن دور النشر العربية تشارك هذا العام بأعداد أكبر.',
  ]);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`every main screen's text keeps WCAG AA contrast in the ${scheme} colours`, async ({
    app,
  }, testInfo) => {
    // Five screens measured element by element: more than one screen's worth of time.
    test.setTimeout(180_000);
    const { page } = app;
    await page.emulateMedia({ colorScheme: scheme });
    await writeArticle(page);
    const lines: string[] = [];
    const failures: string[] = [];
    for (const screen of SCREENS) {
      await page.getByTestId(`nav-${screen}`).click();
      await expect(page.getByTestId(`nav-${screen}`)).toHaveAttribute('aria-current', 'page');
      await expect(screenReady(page, screen)).toBeVisible();
      await page.evaluate(() => document.fonts.ready);
      if (screen === 'article') await addMarkSamples(page);
      const measured = await measureTextContrast(page);
      if (screen === 'article')
        await page.evaluate(() => document.getElementById('mark-samples')?.remove());
      expect(measured.measured, `${screen} shows text`).toBeGreaterThan(0);
      const lowest = measured.lowest!;
      lines.push(
        `${scheme} ${screen}: lowest ${lowest.ratio.toFixed(2)}:1 (${lowest.where}, «${lowest.text}») over ${measured.measured} texts`,
      );
      for (const failure of measured.failures)
        failures.push(
          `${scheme} ${screen}: ${failure.ratio}:1 < ${failure.needed}:1 at ${failure.where} «${failure.text}» (${failure.colours})`,
        );
    }
    console.log(lines.join('\n'));
    await testInfo.attach(`contrast-${scheme}`, { body: lines.join('\n') });
    expect(failures).toEqual([]);
  });
}
