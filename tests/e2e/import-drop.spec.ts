// Files dropped on the library: .docx and .midad files come in one after the other through
// the same importers as the buttons, with "2 of 3" progress; other files are named and left
// out; a drop while an import runs waits its turn; the buttons wait (disabled) meanwhile.
import type { Page } from '@playwright/test';
import { expect, openDraftId, test } from './fixtures.ts';
import { DOCX_TYPE, fixtureBytes, importDocx } from './library-files.ts';
import { recordStates, statesSeen } from './states-seen.ts';

interface DroppedFile {
  name: string;
  type: string;
  base64: string;
}

const docx = (name: string): DroppedFile => ({
  name,
  type: DOCX_TYPE,
  base64: fixtureBytes('docx/article.docx').toString('base64'),
});

/** Drops the files on the library as the system would after a drag: dragenter, dragover, drop. */
async function dropFiles(
  page: Page,
  batches: DroppedFile[][],
  phases = ['dragenter', 'dragover', 'drop'],
) {
  // The library loads on first open: drop only once its head is there to receive it.
  await page.locator('[data-testid="library"] .library-head').waitFor();
  await page.evaluate(
    ({ batches, phases }) => {
      const target = document.querySelector('[data-testid="library"] .library-head')!;
      for (const files of batches) {
        const data = new DataTransfer();
        for (const file of files) {
          const bytes = Uint8Array.from(atob(file.base64), (char) => char.charCodeAt(0));
          data.items.add(new File([bytes], file.name, { type: file.type }));
        }
        for (const phase of phases) {
          target.dispatchEvent(
            new DragEvent(phase, { dataTransfer: data, bubbles: true, cancelable: true }),
          );
        }
      }
    },
    { batches, phases },
  );
}

/** Every "current/total" the progress shows from now on, and whether the buttons are disabled then. */
const recordProgress = (page: Page) =>
  recordStates(page, 'importProgress', () => {
    const progress = document.querySelector('[data-testid="import-progress"]');
    const docxButton = document.querySelector<HTMLButtonElement>(
      '[data-testid="import-docx-button"]',
    );
    const midadButton = document.querySelector<HTMLButtonElement>('[data-testid="import-button"]');
    return progress
      ? `${progress.getAttribute('data-current')}/${progress.getAttribute('data-total')}:${
          docxButton?.disabled && midadButton?.disabled ? 'disabled' : 'enabled'
        }`
      : null;
  });

const progressSeen = (page: Page) => statesSeen(page, 'importProgress');

test('.docx and .midad files dropped on the library come in one by one, 1 of 3 to 3 of 3, with the buttons waiting', async ({
  app,
}) => {
  // Three Word documents cleaned one after the other: slow on a loaded machine.
  test.setTimeout(120_000);
  const { page } = app;
  const draftId = await openDraftId(page);
  await page.getByTestId('meta-headline').fill('مسودة للنقل');
  await expect
    .poll(async () => (await app.readSavedDocument())?.document.meta.headline)
    .toBe('مسودة للنقل');
  const midad = Buffer.from(await app.call<string>('drafts.exportDraft', draftId)).toString(
    'base64',
  );
  const before = (await app.call<unknown[]>('drafts.list')).length;
  await page.getByTestId('nav-library').click();
  await expect(page.getByTestId('drop-hint')).toContainText('.docx');

  // Dragged over, the whole screen says where the files go.
  await dropFiles(page, [[docx('one.docx')]], ['dragenter', 'dragover']);
  await expect(page.getByTestId('drop-zone-overlay')).toBeVisible();
  await dropFiles(page, [[docx('one.docx')]], ['dragleave']);
  await expect(page.getByTestId('drop-zone-overlay')).toHaveCount(0);

  await recordProgress(page);
  await dropFiles(page, [
    [
      docx('أول.docx'),
      { name: 'صورة.png', type: 'image/png', base64: 'iVBORw0KGgo=' },
      { name: 'نسخة.midad', type: 'application/json', base64: midad },
      docx('ثالث.DOCX'),
    ],
  ]);
  // The picture is named and left out, in Arabic; nothing of it is read.
  await expect(page.getByTestId('drop-refused')).toContainText('صورة.png');
  await expect(page.getByTestId('drop-refused')).toContainText('لا يُستورد إلا');

  const results = page.getByTestId('import-result');
  await expect(results).toHaveCount(3, { timeout: 30_000 });
  await expect(results.nth(0)).toHaveAttribute('data-file', 'أول.docx');
  await expect(results.nth(1)).toHaveAttribute('data-file', 'نسخة.midad');
  await expect(results.nth(2)).toHaveAttribute('data-file', 'ثالث.DOCX');
  for (const index of [0, 1, 2]) {
    await expect(results.nth(index)).toHaveAttribute('data-outcome', 'imported');
  }
  await expect(page.getByTestId('import-progress')).toHaveCount(0);
  expect(await progressSeen(page)).toEqual(['1/3:disabled', '2/3:disabled', '3/3:disabled']);
  await expect(page.getByTestId('import-docx-button')).toBeEnabled();
  await expect(page.getByTestId('import-button')).toBeEnabled();
  // The .midad's draft already exists: it comes in as a copy, never over it.
  await expect(page.getByTestId('import-outcome')).toHaveAttribute('data-outcome', 'copy');
  // A batch stays in the library: nothing was opened instead of the draft being written.
  await expect(page.getByTestId('library')).toBeVisible();
  expect(await app.call<unknown[]>('drafts.list')).toHaveLength(before + 3);
  expect(app.consoleErrors).toEqual([]);
});

test('a drop while an import runs waits its turn and says so; a file that is not a .docx fails with its reason', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  await page.getByTestId('nav-library').click();
  await recordProgress(page);
  await dropFiles(page, [
    [docx('first.docx'), docx('second.docx')],
    [
      {
        name: 'ليس-مستندا.docx',
        type: DOCX_TYPE,
        base64: fixtureBytes('docx/not-a-docx.zip').toString('base64'),
      },
    ],
  ]);
  await expect(page.getByTestId('drop-queued')).toBeVisible();
  await expect(page.getByTestId('drop-queued')).toContainText('الانتظار');
  const results = page.getByTestId('import-result');
  await expect(results).toHaveCount(3, { timeout: 30_000 });
  await expect(results.nth(2)).toHaveAttribute('data-outcome', 'failed');
  await expect(results.nth(2)).toContainText('ليس مستند');
  expect(await progressSeen(page)).toEqual(['1/3:disabled', '2/3:disabled', '3/3:disabled']);
  // Once the queue is through, there is nothing left to wait for.
  await expect(page.getByTestId('drop-queued')).toHaveCount(0);
});

test('the .docx button shows its work and cannot be pressed again until the document is in', async ({
  app,
}) => {
  const { page } = app;
  await recordProgress(page);
  // One document opens as soon as it is in, as before.
  await importDocx(page, 'مقال.docx', 'docx/article.docx');
  expect(await progressSeen(page)).toEqual(['1/1:disabled']);
  await page.getByTestId('nav-library').click();
  await expect(page.getByTestId('import-docx-button')).toBeEnabled();
  await expect(page.getByTestId('import-docx-outcome')).toHaveAttribute('data-outcome', 'done');
});
