// Images in the article: picked from a file, pasted, or refused with a clear reason. An
// image is kept in the draft's own folder and the body names it by hash, with its Arabic
// alt text and caption.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, openDraftId, test, type App } from './fixtures.ts';

/** A real PNG of one colour, made here so the test needs no fixture file. */
function pngOf(width: number, height: number, rgb: [number, number, number]): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([
    Buffer.from([0]),
    Buffer.from(Array.from({ length: width }, () => rgb).flat()),
  ]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

interface SavedImage {
  type: string;
  hash: string;
  fileName: string;
  alt: string;
  caption: string;
  width?: number;
}

async function savedImages(app: App): Promise<SavedImage[]> {
  const saved = await app.readSavedDocument();
  const children = (saved?.document.body.root.children ?? []) as SavedImage[];
  return children.filter((node) => node.type === 'image');
}

async function imageShown(page: Page) {
  const picture = page.getByTestId('article-image-picture').first();
  await expect(picture).toBeVisible();
  await expect
    .poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
}

test('an image picked from a file is kept with the draft, with its Arabic alt text and caption, across a reload', async ({
  app,
}) => {
  const { page } = app;
  await page.getByTestId('editor').click();
  await page.keyboard.type('فقرة قبل الصورة');
  await page.getByTestId('image-file-input').setInputFiles({
    name: 'صورة الميناء.png',
    mimeType: 'image/png',
    buffer: pngOf(24, 16, [200, 40, 30]),
  });
  await imageShown(page);

  await page.getByTestId('image-alt').fill('سفن في ميناء جدة');
  await page.getByTestId('image-caption').fill('الميناء صباح الأحد');

  await expect.poll(async () => (await savedImages(app))[0]?.caption).toBe('الميناء صباح الأحد');
  const [image] = await savedImages(app);
  expect(image).toMatchObject({
    fileName: 'صورة الميناء.png',
    alt: 'سفن في ميناء جدة',
    caption: 'الميناء صباح الأحد',
    width: 24,
  });
  expect(image.hash).toMatch(/^[0-9a-f]{64}$/);
  const draftId = await openDraftId(page);
  expect(existsSync(path.join(app.dataDir, 'drafts', draftId, 'media', `${image.hash}.png`))).toBe(
    true,
  );

  await page.reload();
  await imageShown(page);
  await expect(page.getByTestId('image-alt')).toHaveValue('سفن في ميناء جدة');
  await expect(page.getByTestId('image-caption')).toHaveValue('الميناء صباح الأحد');
  expect(app.consoleErrors).toEqual([]);
});

test('a pasted image is inserted into the article', async ({ app }) => {
  const { page } = app;
  await page.getByTestId('editor').click();
  await page.keyboard.type('نص');
  const bytes = [...pngOf(8, 8, [20, 90, 160])];
  await page.getByTestId('editor').evaluate((editor, data) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(data)], 'لقطة.png', { type: 'image/png' }));
    editor.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  }, bytes);
  await imageShown(page);
  await expect
    .poll(async () => (await savedImages(app)).map((image) => image.fileName))
    .toEqual(['لقطة.png']);
});

test('a text file named .png is refused with a clear message and nothing is inserted', async ({
  app,
}) => {
  const { page } = app;
  await page.getByTestId('editor').click();
  await page.getByTestId('image-file-input').setInputFiles({
    name: 'ليست-صورة.png',
    mimeType: 'image/png',
    buffer: Buffer.from('هذا نص وليس صورة'),
  });
  await expect(page.getByTestId('image-error')).toContainText('ليس صورة يقبلها مداد');
  await expect(page.getByTestId('article-image')).toHaveCount(0);
  const draftId = await openDraftId(page);
  expect(existsSync(path.join(app.dataDir, 'drafts', draftId, 'media'))).toBe(false);
});
