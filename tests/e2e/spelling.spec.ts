// Midad's own spellchecker in the built app, in browser mode (where the browser's checker
// has no Arabic): a planted misspelling is underlined, a right click on it offers the
// dictionary's suggestions and the chosen one fixes it, in Arabic and in English; the word
// list accepts a word; the setting turns all underlines off.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { editor, typeParagraphs } from './editor-typing.ts';

// The app's default: Midad's own spellchecker on.
test.use({ spelling: true });

/** The Arabic dictionary takes seconds to load, many more on a busy machine. */
const LOADED = { timeout: 120_000 };

test.describe.configure({ timeout: 240_000 });

const underlined = (page: Page) => page.evaluate(() => CSS.highlights.get('spelling')?.size ?? 0);

/** Types the paragraph and waits until the dictionary is in and underlines its one misspelling. */
async function typeOneMisspelling(page: Page, paragraph: string): Promise<void> {
  await typeParagraphs(page, [paragraph]);
  await expect.poll(() => underlined(page), LOADED).toBe(1);
}

/** Right-clicks the middle of the first occurrence of `word` in the article. */
async function rightClickWord(page: Page, word: string): Promise<void> {
  const box = await page.evaluate((wanted) => {
    const root = document.querySelector('[data-testid="editor"]')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return null;
  }, word);
  if (!box) throw new Error(`${word} is not in the article`);
  await page.mouse.click(box.x, box.y, { button: 'right' });
}

test('an Arabic misspelling is underlined and the suggestion from the right-click menu fixes it', async ({
  app,
}) => {
  const { page } = app;
  await typeOneMisspelling(page, 'أعلنت الحكومه عن خطة جديدة للنقل');
  // One checker only: the browser's own is off in the article while Midad's checks.
  await expect(editor(page)).toHaveAttribute('spellcheck', 'false');

  await rightClickWord(page, 'الحكومه');
  const menu = page.getByTestId('spelling-menu');
  await menu.getByTestId('spelling-suggestion').filter({ hasText: 'الحكومة' }).click();
  await expect(editor(page)).toHaveText('أعلنت الحكومة عن خطة جديدة للنقل');
  await expect(menu).toHaveCount(0);
  await expect.poll(() => underlined(page)).toBe(0);
});

test('an English misspelling in an Arabic article is fixed the same way, and listed in the style panel', async ({
  app,
}) => {
  const { page } = app;
  await typeOneMisspelling(page, 'قالت صحيفة The Guardian إن the goverment وافقت');

  await page.getByTestId('style-toggle').click();
  await expect(page.getByTestId('spelling-item')).toHaveCount(1);
  await expect(page.getByTestId('spelling-item')).toContainText('goverment');

  await rightClickWord(page, 'goverment');
  await page
    .getByTestId('spelling-suggestion')
    .filter({ hasText: /^government$/ })
    .click();
  await expect(editor(page)).toHaveText('قالت صحيفة The Guardian إن the government وافقت');
  await expect(page.getByTestId('spelling-none')).toBeVisible();
});

test('"add to the newsroom word list" accepts the word, and the setting turns spelling off', async ({
  app,
}) => {
  const { page } = app;
  await typeOneMisspelling(page, 'التقى الأمين العام للأمم المتحدة غوتيريش وزير الخارجية أمس');

  await rightClickWord(page, 'غوتيريش');
  await page.getByTestId('spelling-add').click();
  await expect.poll(() => underlined(page)).toBe(0);
  const settings = await app.call<{ houseStyle: { wordList: { preferred: string }[] } }>(
    'settings.get',
  );
  expect(settings.houseStyle.wordList.map((entry) => entry.preferred)).toContain('غوتيريش');

  await editor(page).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' في زيارة رسمبة');
  await expect.poll(() => underlined(page)).toBe(1);

  await page.getByTestId('nav-settings').click();
  await expect(page.getByTestId('spelling-note')).toHaveAttribute('data-plan', 'own');
  await page.getByTestId('setting-spelling').uncheck();
  await expect(page.getByTestId('spelling-note')).toHaveAttribute('data-plan', 'off');
  await page.getByTestId('nav-article').click();
  await expect.poll(() => underlined(page)).toBe(0);
  await expect(editor(page)).toHaveAttribute('spellcheck', 'false');
});
