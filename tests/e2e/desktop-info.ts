// Browser mode's page answered as the desktop app's would be: app.getInfo says `desktop`
// and whatever else a test gives (its spellchecker, the language its menus started in).
import type { Page } from '@playwright/test';

/** Answers app.getInfo as the desktop app with these fields would, and loads the page again. */
export async function actAsDesktop(page: Page, fields: Record<string, unknown>): Promise<void> {
  await page.route('**/api/app.getInfo', async (route) => {
    const answer = (await (await route.fetch()).json()) as {
      ok: true;
      value: Record<string, unknown>;
    };
    answer.value = { ...answer.value, mode: 'desktop', ...fields };
    await route.fulfill({ contentType: 'application/json', body: JSON.stringify(answer) });
  });
  await page.reload();
}
