import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../../../electron/contract/index.ts';
import { readProofFonts } from '../../../../../electron/services/export/proof-fonts.ts';
import { articleProofHtml } from '../../../../../electron/services/export/proof-html.ts';
import { body, meta, PHOTO_HASH } from './every-block-article.ts';

const draft: Draft = {
  id: 'proofdraft01',
  createdAt: '2026-03-01T08:00:00.000Z',
  updatedAt: '2026-03-02T09:30:00.000Z',
  workflow: { status: 'draft' },
  meta,
  body: body as unknown as Draft['body'],
  review: { comments: [] },
  remote: null,
};
const fontsFolder = path.resolve('node_modules/@fontsource/noto-naskh-arabic/files');

describe('the printed proof page', () => {
  it('lays out section, date, kicker, headline, excerpt and byline above the body, right to left', () => {
    const html = articleProofHtml(draft);
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain(
      '<div class="proof-dateline"><span>محليات</span><span>2 مارس 2026</span></div>',
    );
    const order = [
      'class="proof-kicker">عاجل<',
      '<h1>الحكومة تعلن خطة للنقل العام</h1>',
      'class="proof-excerpt">خطة من ثلاث مراحل<',
      'class="proof-byline">سارة العلي<',
      '<h2',
    ];
    const positions = order.map((part) => html.indexOf(part));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('is an A4 page numbered "page / pages" in the bottom margin', () => {
    const html = articleProofHtml(draft);
    expect(html).toMatch(/@page \{ size: A4;/u);
    expect(html).toContain('@bottom-center { content: counter(page) " / " counter(pages);');
  });

  it('embeds its images and the article font, so it prints the same anywhere', async () => {
    const fonts = await readProofFonts(fontsFolder);
    expect(fonts.map((font) => font.weight).sort()).toEqual([400, 400, 700, 700]);
    const html = articleProofHtml(draft, {
      fonts,
      images: new Map([[PHOTO_HASH, 'data:image/png;base64,iVBORw0KGgo=']]),
    });
    expect(html).toContain(
      "@font-face { font-family: 'Noto Naskh Arabic'; font-weight: 400; src: url(data:font/woff2;base64,",
    );
    expect(html).toContain('<img src="data:image/png;base64,iVBORw0KGgo=" alt="محطة القطار"/>');
    expect(html).not.toMatch(/<script|https?:\/\/(?!example\.com)/u);
  });

  it('finds the font under the hashed names of the built renderer too, and prints without it when it is missing', async () => {
    const assets = await mkdtemp(path.join(os.tmpdir(), 'midad-assets-'));
    await copyFile(
      path.join(fontsFolder, 'noto-naskh-arabic-arabic-400-normal.woff2'),
      path.join(assets, 'noto-naskh-arabic-arabic-400-normal-U_i0HMfG.woff2'),
    );
    expect((await readProofFonts(assets)).map((font) => font.weight)).toEqual([400]);
    expect(await readProofFonts(path.join(assets, 'missing'))).toEqual([]);
    await rm(assets, { recursive: true });
  });
});
