// What a screen showed as it went by, states too brief to poll for (an import's "2 of 3", a
// job's progress bar): noted in the page on every change of the DOM, read back at the end.
import type { Page } from '@playwright/test';

/** Runs in the page: keeps each new state `stateOf` reads in `window[key]`. */
function noteStates(key: string, stateOf: () => string | null): void {
  const seen: string[] = [];
  (window as unknown as Record<string, string[]>)[key] = seen;
  const note = () => {
    const state = stateOf();
    if (state && seen.at(-1) !== state) seen.push(state);
  };
  new MutationObserver(note).observe(document.body, {
    subtree: true,
    childList: true,
    attributes: true,
  });
}

/**
 * From now on, notes each state `stateOf` reads off the page (null: nothing to note) when it
 * differs from the last. `stateOf` runs in the page: it may use nothing of the test's.
 */
export async function recordStates(
  page: Page,
  key: string,
  stateOf: () => string | null,
): Promise<void> {
  // Both functions go to the page as their source, as Playwright sends any page function.
  await page.evaluate(`(${noteStates.toString()})(${JSON.stringify(key)}, ${stateOf.toString()})`);
}

/** Every state noted under `key` since `recordStates`, in order. */
export function statesSeen(page: Page, key: string): Promise<string[]> {
  return page.evaluate((key) => (window as unknown as Record<string, string[]>)[key] ?? [], key);
}
