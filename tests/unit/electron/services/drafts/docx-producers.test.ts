// .docx files made by producers other than LibreOffice (tests/fixtures/docx/README.md), each
// element checked: a right-to-left paragraph that starts with a Latin word, a quote style,
// a table with its header row, a footnote, a picture with its caption, and the report.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertDocx } from '../../../../../electron/services/drafts/docx-import.ts';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../../fixtures/docx/${name}`, import.meta.url)));

describe('a .docx made by pandoc', () => {
  it('keeps the Latin-first paragraph right-to-left, the Block Text quote, the table, the note and the caption', async () => {
    const { headline, html, report } = await convertDocx(fixture('pandoc-article.docx'));
    expect(headline).toBe('انتخابات البلدية في المدينة');
    expect(html).toContain('<p dir="rtl">iPhone مبيعات ارتفعت في المنطقة العربية هذا العام.</p>');
    expect(html).toContain(
      '<blockquote dir="rtl">«الأرقام تتحدث عن نفسها» كما قال المتحدث باسم الشركة.</blockquote>',
    );
    expect(html).toContain(
      '<table><thead><tr><th><p dir="rtl">المدينة</p></th><th><p dir="rtl">المقاعد</p></th></tr></thead>',
    );
    expect(html).toContain('<tr><td><p dir="rtl">جدة</p></td><td><p dir="rtl">٩</p></td></tr>');
    expect(html).toMatch(/مساء الأحد\.<sup><a href="#footnote-(\d+)" id="footnote-ref-\1">\[1\]/);
    expect(html).toMatch(/<li id="footnote-\d+"><p> بحسب بيان اللجنة العليا للانتخابات\./);
    expect(html).toContain('data-caption="صورة من مركز الاقتراع"');
    expect(html).not.toContain('<p>صورة من مركز الاقتراع');
    expect(html).toContain('<p>The commission said turnout was higher than expected.</p>');
    expect(report).toEqual({
      rightToLeft: 1,
      quotes: 1,
      tables: 1,
      tableCellsLeftOut: 0,
      notes: 1,
      captions: 1,
      imagesLeftOut: 0,
      shapesLeftOut: 0,
      commentsLeftOut: 0,
    });
  });
});

describe('a .docx made by python-docx', () => {
  it('keeps the Latin-first paragraph right-to-left, the Intense Quote, the table, the note and the caption', async () => {
    const { headline, html, report } = await convertDocx(fixture('python-docx-article.docx'));
    expect(headline).toBe('تقرير الصحة السنوي');
    expect(html).toContain('<p dir="rtl">WHO أعلنت أن معدلات التطعيم ارتفعت في المنطقة.</p>');
    expect(html).toContain(
      '<blockquote dir="rtl">«نحن على الطريق الصحيح» قالت الوزيرة.</blockquote>',
    );
    expect(html).toContain(
      '<thead><tr><th><p dir="rtl">البلد</p></th><th><p dir="rtl">النسبة</p></th>',
    );
    expect(html).toContain(
      '<tr><td><p dir="rtl">الأردن</p></td><td><p dir="rtl">٩١٪</p></td></tr>',
    );
    expect(html).toContain('<a href="#footnote-1" id="footnote-ref-1">[1]</a>');
    expect(html).toContain('<li id="footnote-1"><p> المصدر: وزارة الصحة، التقرير السنوي.');
    expect(html).toContain('data-caption="حملة التطعيم في إحدى المدارس"');
    expect(html).toContain('<p>The ministry will publish the full data next month.</p>');
    expect(report).toMatchObject({ rightToLeft: 1, quotes: 1, tables: 1, notes: 1, captions: 1 });
  });
});
