// Walking the focus with the keyboard, as a keyboard user goes along a toolbar or a menu:
// each key pressed, and where the focus must be once it is; and the focus given back.
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/** Presses each key in turn and expects the focus on its element before the next key. */
export async function walkFocus(
  page: Page,
  steps: [key: string, focused: Locator][],
): Promise<void> {
  for (const [key, focused] of steps) {
    await page.keyboard.press(key);
    await expect(focused, `the focus after ${key}`).toBeFocused();
  }
}

/** The focus is back on the button that opened a panel or a menu, which now says it is closed. */
export async function expectFocusBackOn(
  button: Locator,
  openAttribute: 'aria-pressed' | 'aria-expanded',
): Promise<void> {
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute(openAttribute, 'false');
}
