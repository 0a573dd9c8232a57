// Typing into the article editor the way the e2e specs do: the editor's element, a pause
// for the browser and Lexical to catch up, and paragraphs typed one after another.
import type { Locator, Page } from '@playwright/test';

export function editor(page: Page): Locator {
  return page.getByTestId('editor');
}

/** Lets Chromium deliver selectionchange and Lexical reconcile before the next key. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

export async function typeParagraphs(page: Page, paragraphs: string[]): Promise<void> {
  await editor(page).click();
  for (const [index, paragraph] of paragraphs.entries()) {
    if (index > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(paragraph);
  }
  await settle(page);
}
