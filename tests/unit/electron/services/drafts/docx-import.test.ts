// A .docx made with LibreOffice (tests/fixtures/docx/README.md) into a new draft, and the
// files that are not one refused with a code, nothing created.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_DOCX_BYTES } from '../../../../../electron/contract/index.ts';
import { importDocx } from '../../../../../electron/services/drafts/docx-import.ts';
import { freshDataDir, openLibrary } from './library-fixture.ts';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../../fixtures/docx/${name}`, import.meta.url)));

describe('importing a .docx', () => {
  it('makes a new draft whose headline is the first Heading 1 and whose body keeps headings, lists, quote, link and emphasis', async () => {
    const library = await openLibrary(await freshDataDir());
    const { draft, html } = await importDocx(library, fixture('article.docx'));
    expect(draft.meta.headline).toBe('ارتفاع أسعار القهوة في الأسواق');
    expect((await library.open(draft.id)).meta.headline).toBe('ارتفاع أسعار القهوة في الأسواق');
    expect(html).not.toContain('ارتفاع أسعار القهوة في الأسواق');
    expect(html).toContain('<h2 dir="rtl">أسباب الارتفاع</h2>');
    expect(html).toContain('<h3 dir="rtl">ما الذي ينتظر المستهلك</h3>');
    expect(html).toMatch(
      /<ul><li dir="rtl">تراجع المحصول في البرازيل ?<\/li><li dir="rtl">ارتفاع تكاليف الشحن ?<\/li><\/ul>/,
    );
    expect(html).toMatch(/<ol><li dir="rtl">مراجعة الأسعار كل شهر ?<\/li>/);
    expect(html).toContain(
      '<blockquote dir="rtl">«لن تعود الأسعار إلى ما كانت عليه قريبا» كما قال أحد التجار.</blockquote>',
    );
    expect(html).toContain('<strong>بنسبة ١٢٪</strong>');
    expect(html).toContain('<em>الربع الأول</em>');
    expect(html).toContain('<a href="https://www.reuters.com/">Reuters</a>');
  });

  it('reads Arabic style names: the Title is the headline, «عنوان 1» a heading and «اقتباس» a quote', async () => {
    const library = await openLibrary(await freshDataDir());
    const { draft, html } = await importDocx(library, fixture('arabic-styles.docx'));
    expect(draft.meta.headline).toBe('قمة الرياض للمناخ تختتم أعمالها');
    expect(html).toBe(
      '<p dir="rtl">اختتمت القمة أعمالها <strong><em>بإعلان مشترك</em></strong> وقّعته ٢٠ دولة.</p><h1 dir="rtl">أبرز البنود</h1>' +
        '<p dir="rtl">خفض الانبعاثات بحلول 2035.</p><blockquote dir="rtl">«هذه بداية لا نهاية» كما قال رئيس القمة.</blockquote>',
    );
  });

  it('stores the image with the new draft and refers to it by hash, never as a data: URL', async () => {
    const library = await openLibrary(await freshDataDir());
    const { draft, html } = await importDocx(library, fixture('article.docx'));
    const media = await library.listMedia(draft.id);
    expect(media).toHaveLength(1);
    expect(media[0]).toMatchObject({ mimeType: 'image/png', width: 24, height: 16 });
    expect(html).toContain(`data-midad-hash="${media[0].hash}"`);
    expect(html).not.toContain('data:');
  });

  it.each([
    ['a file that is not a zip', new TextEncoder().encode('ليس مستندًا'), 'import.not_docx'],
    ['a zip that is not a Word document', fixture('not-a-docx.zip'), 'import.not_docx'],
    ['a docx cut short', fixture('article.docx').slice(0, 2000), 'import.not_docx'],
    ['a file over 50 MB', new Uint8Array(MAX_DOCX_BYTES + 1).fill(0x50, 0, 1), 'import.too_large'],
  ])('refuses %s with a stable code and creates nothing', async (_name, bytes, code) => {
    const library = await openLibrary(await freshDataDir());
    await expect(importDocx(library, bytes)).rejects.toMatchObject({ code });
    expect(await library.list()).toEqual([]);
  });
});
