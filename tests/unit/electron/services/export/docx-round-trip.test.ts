// The .docx round trip: an Arabic .docx made by LibreOffice (tests/fixtures/docx-export),
// read with mammoth into a Midad draft, exported by Midad, read back with mammoth.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleDocx } from '../../../../../electron/services/export/docx-export.ts';
import { docxHtml, draftFromHtml } from './mammoth-article.ts';

const fixture = new URL('../../../../fixtures/docx-export/arabic-article.docx', import.meta.url);

describe('a LibreOffice Arabic .docx exported again by Midad', () => {
  it('reads back with the same headline, headings, paragraphs, lists, quote, link, bold and italic', async () => {
    const source = await docxHtml(readFileSync(fixture));
    const draft = draftFromHtml(source.html);
    expect(draft.meta.headline).toBe('أمطار غزيرة تغمر شوارع الرياض');

    const exported = await docxHtml(await articleDocx(draft));

    expect(exported.html).toBe(source.html);
    expect(exported.warnings).toEqual([]);
  });

  it('keeps the exact Arabic of each part where mammoth finds it', async () => {
    const draft = draftFromHtml((await docxHtml(readFileSync(fixture))).html);
    const { html } = await docxHtml(await articleDocx(draft));

    expect(html).toContain('<h1>أمطار غزيرة تغمر شوارع الرياض</h1>');
    expect(html).toContain('<h2>تحذيرات الدفاع المدني</h2>');
    expect(html).toContain('<h3>الأحياء الأكثر تضررًا</h3>');
    expect(html).toContain('صباح اليوم <strong>أمطارًا غزيرة</strong> أدت');
    expect(html).toContain('أعلنه <em>المركز الوطني للأرصاد</em>.');
    expect(html).toContain('<a href="https://998.gov.sa/">إرشادات السلامة</a>');
    expect(html).toContain(
      '<blockquote><p>سلامتكم أولًا، فلا تغامروا بعبور الأودية.</p></blockquote>',
    );
    expect(html).toMatch(
      /<ul><li>الابتعاد عن مجاري السيول ?<\/li><li>عدم عبور الطرق المغمورة ?<\/li><\/ul>/u,
    );
    expect(html).toMatch(
      /<ol><li>حي النرجس ?<\/li><li>حي الملقا ?<\/li><li>حي العارض ?<\/li><\/ol>/u,
    );
  });
});
