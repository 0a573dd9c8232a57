// Files from tests/fixtures given to the library as a user would: a .docx picked with the
// import button, read from disk as the file dialog would hand it over.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openDraftId } from './fixtures.ts';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The bytes of a file under tests/fixtures (`docx/article.docx`). */
export const fixtureBytes = (path: string) =>
  readFileSync(new URL(`../fixtures/${path}`, import.meta.url));

/** Picks `fixture` in the library's .docx import button under the name `name`. */
export async function pickDocx(
  page: Page,
  name: string,
  fixture: string,
  mimeType = DOCX_TYPE,
): Promise<void> {
  await page.getByTestId('import-docx-file').setInputFiles({
    name,
    mimeType,
    buffer: fixtureBytes(fixture),
  });
}

/** Goes to the library, picks the .docx there and waits until the draft it became is open. */
export async function importDocx(page: Page, name: string, fixture: string): Promise<void> {
  const before = await openDraftId(page);
  await page.getByTestId('nav-library').click();
  await pickDocx(page, name, fixture);
  await expect.poll(() => openDraftId(page)).not.toBe(before);
}
