import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { articleDocx } from '../../../../../electron/services/export/docx-export.ts';
import { pngOf, webpOf } from '../drafts/media-images.ts';
import { body, meta, PHOTO_HASH, WEBP_HASH } from './every-block-article.ts';
import { docxHtml } from './mammoth-article.ts';

const images = new Map([
  [PHOTO_HASH, { bytes: pngOf(1200, 800), mimeType: 'image/png', width: 1200, height: 800 }],
  [WEBP_HASH, { bytes: webpOf(40, 30), mimeType: 'image/webp', width: 40, height: 30 }],
]);

async function parts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  return {
    document: await read('word/document.xml'),
    styles: await read('word/styles.xml'),
    numbering: await read('word/numbering.xml'),
    media: Object.keys(zip.files)
      .filter((name) => name.startsWith('word/media/'))
      .join(' '),
  };
}

describe('the .docx export', () => {
  it('reads in Word order: kicker, headline, excerpt, byline, then the body with its structure', async () => {
    const { html } = await docxHtml(await articleDocx({ meta, body }, images));
    expect(
      html.startsWith(
        '<p>عاجل</p><h1>الحكومة تعلن خطة للنقل العام</h1><p>خطة من ثلاث مراحل</p><p>سارة العلي</p>',
      ),
    ).toBe(true);
    expect(html).toContain(
      '<p>أعلنت <strong>الحكومة</strong> اليوم <em>خطة</em> <u>جديدة</u> <s>قديمة</s>.</p>',
    );
    expect(html).toContain(
      '<h2>المرحلة الأولى</h2><p>تفاصيل <a href="https://example.com/plan">الخطة</a><br />سطر ثانٍ</p><h3>المحطات</h3>',
    );
    expect(html).toContain(
      '<ul><li>الرياض</li><li>جدة <strong>والدمام</strong><ol><li>أولًا</li><li>ثانيًا</li></ol></li></ul><ol><li>ثالثًا</li><li>رابعًا</li></ol>',
    );
    expect(html).toContain(
      '<blockquote><p>قال الوزير: «سنبدأ غدًا»</p><p>وأضاف: لن نتأخر</p></blockquote>',
    );
    expect(html).toContain('<p>CNN reported it first.</p>');
    expect(html).toMatch(/<img alt="محطة القطار" src="data:image\/png;base64,/u);
    expect(html).toContain('<p>محطة الرياض</p>');
  });

  it('sets every Arabic paragraph right to left, in Noto Naskh Arabic, in Arabic (Saudi Arabia)', async () => {
    const { document, styles } = await parts(await articleDocx({ meta, body }, images));
    const paragraphs = document.match(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/gsu) ?? [];
    const arabic = paragraphs.filter((xml) => /[\u0600-\u06ff]/u.test(xml));
    expect(arabic.length).toBeGreaterThan(15);
    for (const xml of arabic) expect(xml).toContain('<w:bidi/>');
    expect(document).toContain('<w:rtl/>');
    const arabicRuns = (document.match(/<w:r>.*?<\/w:r>/gsu) ?? []).filter((xml) =>
      /<w:t[^>]*>[^<]*[\u0600-\u06ff]/u.test(xml),
    );
    expect(arabicRuns.length).toBeGreaterThan(25);
    for (const xml of arabicRuns) expect(xml).toContain('<w:rtl/>');
    expect(styles).toMatch(
      /<w:rFonts w:ascii="Noto Naskh Arabic" w:cs="Noto Naskh Arabic"|<w:rFonts[^>]*w:cs="Noto Naskh Arabic"/u,
    );
    expect(styles).toMatch(/<w:lang [^>]*w:bidi="ar-SA"/u);
  });

  it('leaves the English paragraph left to right', async () => {
    const { document } = await parts(await articleDocx({ meta, body }, images));
    const english = (document.match(
      /<w:p>(?:(?!<\/w:p>).)*CNN reported it first\.(?:(?!<\/w:p>).)*<\/w:p>/su,
    ) ?? [''])[0];
    expect(english).not.toBe('');
    expect(english).not.toContain('<w:bidi/>');
    expect(english).not.toContain('<w:rtl/>');
  });

  it('numbers lists with real Word numbering, each numbered list from its own start', async () => {
    const { document, numbering } = await parts(await articleDocx({ meta, body }, images));
    expect(numbering).toContain('w:val="bullet"');
    expect(numbering).toContain('w:val="decimal"');
    expect((document.match(/<w:numPr>/gu) ?? []).length).toBe(6);
    const numIds = new Set(
      [...document.matchAll(/<w:numId w:val="(\d+)"\/>/gu)].map((match) => match[1]),
    );
    expect(numIds.size).toBe(3);
    // The list that goes on at 3 (ثالثًا، رابعًا) is numbered from 3 in Word too.
    expect(numbering).toMatch(
      /<w:lvl w:ilvl="0"[^>]*><w:start w:val="3"\/><w:numFmt w:val="decimal"\/>/u,
    );
  });

  it('embeds the PNG and leaves the WebP out, keeping its caption', async () => {
    const bytes = await articleDocx({ meta, body }, images);
    const { document, media } = await parts(bytes);
    expect(media.split(' ').filter(Boolean)).toHaveLength(1);
    expect(document).toContain('صورة بلا مكان في وورد');
    // 1200 px wide is scaled to the 600 px text column: 600 × 400 px in EMUs.
    expect(document).toContain('cx="5715000" cy="3810000"');
  });
});
