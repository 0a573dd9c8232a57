import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanHtml, plainTextDocument } from '../../../../renderer/editor/clean-html.ts';

const { window } = new JSDOM('');
const parse = (html: string) => new window.DOMParser().parseFromString(html, 'text/html');
const fixture = (name: string) =>
  readFileSync(new URL(`../../../fixtures/paste/${name}`, import.meta.url), 'utf8');
const clean = (html: string) => cleanHtml(parse(html)).document.body;
const texts = (body: HTMLElement, selector: string) =>
  [...body.querySelectorAll(selector)].map((node) => node.textContent);

const ALLOWED_ELEMENTS = new Set([
  'p',
  'h2',
  'h3',
  'ul',
  'ol',
  'li',
  'blockquote',
  'hr',
  'img',
  'strong',
  'em',
  'a',
  'br',
]);
const ALLOWED_ATTRIBUTES = new Set([
  'dir',
  'href',
  'alt',
  'width',
  'height',
  'data-midad-pending',
  'data-midad-hash',
  'data-file-name',
]);

const xssPayloads = readFileSync(
  new URL('../../../fixtures/xss/payloads.txt', import.meta.url),
  'utf8',
)
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'));

/** What no cleaned document may hold, whatever went in. */
function unsafeParts(body: HTMLElement): string[] {
  const found: string[] = [];
  for (const element of body.querySelectorAll('*')) {
    if (!ALLOWED_ELEMENTS.has(element.localName)) found.push(`<${element.localName}>`);
    for (const { name, value } of element.attributes) {
      if (!ALLOWED_ATTRIBUTES.has(name) || /^on/i.test(name)) found.push(`${name}=`);
      if (/^\s*(javascript|data|vbscript):/i.test(value)) found.push(`${name}="${value}"`);
    }
  }
  if (/<script/i.test(body.innerHTML)) found.push('<script');
  return found;
}

describe.each(['word.html', 'google-docs.html', 'libreoffice.html', 'web-page.html'])(
  'pasting %s',
  (name) => {
    const body = clean(fixture(name));

    it('keeps the headings, the highest level as subheading and the next as minor subheading', () => {
      expect(texts(body, 'h2')).toEqual(['ارتفاع أسعار القهوة في الأسواق']);
      expect(texts(body, 'h3')).toEqual(['أسباب الارتفاع', 'ما الذي ينتظر المستهلك']);
    });

    it('keeps the paragraphs, bulleted and numbered lists and the quote', () => {
      expect(texts(body, 'ul > li')).toEqual(['تراجع المحصول في البرازيل', 'ارتفاع تكاليف الشحن']);
      expect(texts(body, 'ol > li')).toEqual(['مراجعة الأسعار كل شهر', 'دعم المنتجين المحليين']);
      expect(texts(body, 'blockquote')).toEqual([
        '«لن تعود الأسعار إلى ما كانت عليه قريبا» كما قال أحد التجار.',
      ]);
      expect(texts(body, 'p')).toContain('The ministry said prices would be reviewed monthly.');
    });

    it('keeps bold, italic and the link', () => {
      expect(texts(body, 'strong')).toContain('بنسبة ١٢٪');
      expect(texts(body, 'em')).toContain('الربع الأول');
      const link = body.querySelector('a');
      expect(link?.textContent).toBe('Reuters');
      expect(link?.getAttribute('href')).toMatch(/^https:\/\/www\.reuters\.com\//);
    });

    it('keeps the direction: Arabic blocks right-to-left, the English paragraph left-to-right', () => {
      for (const block of body.querySelectorAll('p, h2, h3, li, blockquote')) {
        expect(block.getAttribute('dir'), block.textContent ?? '').toBe(
          /^The /.test(block.textContent ?? '') ? 'ltr' : 'rtl',
        );
      }
    });

    it('drops fonts, colours, sizes, classes, comments and tracking junk', () => {
      const html = body.innerHTML;
      for (const junk of [
        'style=',
        'class=',
        'font',
        'color',
        'lang=',
        'id=',
        '<!--',
        'o:p',
        'mso-',
        'docs-internal',
        'span',
        '[A1]',
        'tracker',
        'onclick',
        'target=',
      ]) {
        expect(html, junk).not.toContain(junk);
      }
      expect(unsafeParts(body)).toEqual([]);
    });
  },
);

describe('pasted images', () => {
  it('carries a data: image out for storing and leaves no data: URL behind', () => {
    const { document, images } = cleanHtml(parse(fixture('google-docs.html')));
    expect(images).toEqual([
      { id: '0', mimeType: 'image/png', dataBase64: expect.stringMatching(/^iVBOR/) },
    ]);
    const img = document.body.querySelector('img');
    expect(img?.getAttribute('data-midad-pending')).toBe('0');
    expect(img?.getAttribute('alt')).toBe('حبوب القهوة');
    expect(img?.hasAttribute('src')).toBe(false);
    expect(img?.parentElement).toBe(document.body);
  });

  it('drops remote images and tracking pixels: nothing is fetched from another server', () => {
    expect(clean(fixture('web-page.html')).querySelector('img')).toBeNull();
  });

  it('keeps an image the host stored only when asked to (the .docx import)', () => {
    const html = `<p><img data-midad-hash="${'a'.repeat(64)}" data-file-name="صورة.png" alt="صورة"></p>`;
    expect(clean(html).querySelector('img')).toBeNull();
    const kept = cleanHtml(parse(html), { keepStoredImages: true }).document.body.querySelector(
      'img',
    );
    expect(kept?.getAttribute('data-midad-hash')).toBe('a'.repeat(64));
    expect(kept?.getAttribute('data-file-name')).toBe('صورة.png');
  });
});

describe('pasted plain text', () => {
  it('becomes paragraphs at blank lines, and a single newline is a line break', () => {
    const doc = plainTextDocument(
      'السطر الأول\nالسطر الثاني\n\n\nفقرة ثانية\r\n  \r\nThird',
      parse(''),
    );
    const body = cleanHtml(doc).document.body;
    expect(body.innerHTML).toBe(
      '<p dir="rtl">السطر الأول<br>السطر الثاني</p><p dir="rtl">فقرة ثانية</p><p dir="ltr">Third</p>',
    );
  });
});

describe('the XSS corpus', () => {
  it('holds at least 50 payloads', () => {
    expect(xssPayloads.length).toBeGreaterThanOrEqual(50);
  });

  it.each(xssPayloads)('leaves no script, handler, javascript: or data: URL of %s', (payload) => {
    expect(unsafeParts(clean(payload))).toEqual([]);
    expect(unsafeParts(clean(`<p dir="rtl">نص ${payload} نص</p>`))).toEqual([]);
  });

  it('keeps the text of a link whose address is unsafe, without the link', () => {
    const body = clean(
      '<p><a href="jAvAsCrIpT:alert(1)">انقر</a> <a href="java&#x09;script:alert(1)">هنا</a></p>',
    );
    expect(body.innerHTML).toBe('<p dir="rtl">انقر هنا</p>');
  });
});

describe('Word lists', () => {
  const item = (list: string, level: number, marker: string, text: string) =>
    `<p class=MsoListParagraphCxSpMiddle dir=RTL style='mso-list:${list} level${level} lfo1'><![if !supportLists]><span style='mso-list:Ignore'>${marker}<span>&nbsp; </span></span><![endif]>${text}</p>`;

  it('nests deeper levels inside the item before them and tells numbers from bullets', () => {
    const body = clean(
      item('l0', 1, '١.', 'أولا') + item('l0', 2, 'o', 'فرع') + item('l0', 1, '٢.', 'ثانيا'),
    );
    expect(body.innerHTML).toBe(
      '<ol dir="rtl"><li dir="rtl">أولا<ul dir="rtl"><li dir="rtl">فرع</li></ul></li><li dir="rtl">ثانيا</li></ol>',
    );
  });

  it('starts a new list where Word starts one', () => {
    const body = clean(item('l0', 1, '·', 'نقطة') + item('l1', 1, '1.', 'رقم'));
    expect(body.innerHTML).toBe(
      '<ul dir="rtl"><li dir="rtl">نقطة</li></ul><ol dir="rtl"><li dir="rtl">رقم</li></ol>',
    );
  });
});
