// A Word document can carry script too: as hyperlink targets, or as text that looks like
// markup. The import (mammoth, then the paste cleaner) brings in the words and none of it.
import { readFileSync } from 'node:fs';
import { Document, ExternalHyperlink, Packer, Paragraph, TextRun } from 'docx';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { convertDocx } from '../../../../../electron/services/drafts/docx-import.ts';
import { cleanHtml } from '../../../../../renderer/editor/clean-html.ts';

const xssPayloads = readFileSync(
  new URL('../../../../fixtures/xss/payloads.txt', import.meta.url),
  'utf8',
)
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'));

const HOSTILE_TARGETS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.domain)',
  ' javascript:window.__xss++',
  'vbscript:msgbox(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:image/svg+xml,<svg onload=alert(1)>',
];

async function hostileDocx(): Promise<Uint8Array> {
  const paragraphs = [
    ...xssPayloads.map(
      (payload) =>
        new Paragraph({ bidirectional: true, children: [new TextRun(`قبل ${payload} بعد`)] }),
    ),
    ...HOSTILE_TARGETS.map(
      (target) =>
        new Paragraph({
          bidirectional: true,
          children: [
            new TextRun('اقرأ '),
            new ExternalHyperlink({ link: target, children: [new TextRun('التفاصيل')] }),
          ],
        }),
    ),
  ];
  const document = new Document({ sections: [{ children: paragraphs }] });
  return new Uint8Array(await Packer.toBuffer(document));
}

describe('a Word document that carries the XSS corpus', () => {
  it('comes in as its words, with no script, handler, or javascript:, vbscript: or data: address', async () => {
    const { html } = await convertDocx(await hostileDocx());
    const { window } = new JSDOM('');
    const body = cleanHtml(new window.DOMParser().parseFromString(html, 'text/html'), {
      keepStoredImages: true,
    }).document.body;

    for (const element of body.querySelectorAll('*')) {
      for (const { name, value } of element.attributes) {
        expect(name).not.toMatch(/^on/i);
        expect(value).not.toMatch(/^\s*(javascript|vbscript|data):/i);
      }
    }
    expect(body.querySelectorAll('script, iframe, object, embed, svg, style, form, a').length).toBe(
      0,
    );
    // The words are all there: the payloads come in as text, to be read, never run.
    expect(body.querySelectorAll('p').length).toBe(xssPayloads.length + HOSTILE_TARGETS.length);
    expect(body.textContent).toContain('<script>');
    expect(body.textContent).toContain('اقرأ التفاصيل');
  });
});
