// How pictures leave, set on the settings screen in a real Chromium: the longest side in
// Arabic digits and the credit kept; the built host then exports a phone photo cleaned by it.
import jpeg from 'jpeg-js';
import { CAMERA_PHOTO, CREDIT_WORDS, metadataTraces } from '../support/pictures/metadata-traces.ts';
import { expect, test } from './fixtures.ts';

test('a newsroom caps pictures at its own size and keeps the credit; an exported phone photo follows, without its place or camera', async ({
  app,
}) => {
  const { page } = app;
  await expect(page.getByTestId('editor')).toHaveAttribute('data-ready', 'true');
  await page.getByTestId('nav-settings').click();
  await expect(page.getByRole('heading', { name: 'الصور الخارجة' })).toBeVisible();
  await expect(page.getByTestId('setting-picture-long-side')).toHaveValue('2560');
  await page.getByTestId('setting-picture-long-side').fill('٢٠٠');
  await page.getByTestId('setting-picture-save').click();
  await expect(page.getByTestId('setting-picture-outcome')).toHaveAttribute('role', 'alert');
  await page.getByTestId('setting-picture-long-side').fill('٦٤٠');
  await page.getByTestId('setting-picture-save').click();
  await expect(page.getByTestId('setting-picture-outcome')).toHaveAttribute('role', 'status');
  await page.getByTestId('setting-picture-keep-credit').check();

  await page.reload();
  await page.getByTestId('nav-settings').click();
  await expect(page.getByTestId('setting-picture-long-side')).toHaveValue('640');
  await expect(page.getByTestId('setting-picture-keep-credit')).toBeChecked();
  expect((await app.call<{ pictures: unknown }>('settings.get')).pictures).toEqual({
    maxLongSide: 640,
    keepCredit: true,
  });

  const draft = await app.call<{
    id: string;
    meta: unknown;
    body: { root: { children: unknown[] } };
  }>('drafts.create');
  const photo = await app.call<{ hash: string }>('drafts.addMedia', draft.id, {
    fileName: 'الساحة.jpg',
    mimeType: 'image/jpeg',
    dataBase64: Buffer.from(CAMERA_PHOTO).toString('base64'),
  });
  draft.body.root.children.push({
    type: 'image',
    version: 1,
    hash: photo.hash,
    alt: 'الساحة',
    caption: '',
  });
  await app.call('drafts.save', draft.id, { meta: draft.meta, body: draft.body });
  const html = await app.call<string>('drafts.exportHtml', draft.id);
  const embedded = /data:image\/jpeg;base64,([A-Za-z0-9+/=]+)/u.exec(html)?.[1];
  const bytes = new Uint8Array(Buffer.from(embedded ?? '', 'base64'));
  expect(metadataTraces(bytes, { creditAllowed: true })).toEqual([]);
  for (const word of CREDIT_WORDS) expect(Buffer.from(bytes).toString('utf8')).toContain(word);
  // The fixture is 320×240 turned a quarter: upright, and smaller than the cap, it is not enlarged.
  const { width, height } = jpeg.decode(bytes, { useTArray: true });
  expect([width, height]).toEqual([240, 320]);
});
