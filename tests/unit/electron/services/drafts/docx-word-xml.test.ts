// What the import reads from a .docx's XML itself: directions through styles and defaults,
// shapes and comments left out, and a zip that declares more than the limits.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertDocx } from '../../../../../electron/services/drafts/docx-import.ts';
import { readWordXml } from '../../../../../electron/services/drafts/docx/word-xml.ts';
import { checkZipLimits } from '../../../../../electron/services/drafts/docx/zip-limits.ts';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const styles = `<w:styles ${W}><w:docDefaults><w:pPrDefault><w:pPr/></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Arabic"><w:basedOn w:val="Normal"/><w:pPr><w:bidi/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ArabicQuote"><w:basedOn w:val="Arabic"/></w:style></w:styles>`;

describe('reading a .docx XML', () => {
  it('gives each paragraph its own w:bidi, else its style chain’s, else nothing', () => {
    const body = `<w:document ${W}><w:body>
      <w:p><w:pPr><w:bidi/></w:pPr><w:r><w:t>a</w:t></w:r></w:p>
      <w:p><w:pPr><w:pStyle w:val="ArabicQuote"/></w:pPr></w:p>
      <w:p><w:pPr><w:pStyle w:val="Arabic"/><w:bidi w:val="0"/></w:pPr></w:p>
      <w:p/>
      <w:p><w:pPr><w:rPr><w:del w:id="1"/></w:rPr></w:pPr></w:p>
      <w:p><mc:AlternateContent><mc:Choice><w:drawing><wps:wsp><wps:txbx><w:txbxContent><w:p/></w:txbxContent></wps:txbx></wps:wsp><wps:wsp/></w:drawing></mc:Choice><mc:Fallback/></mc:AlternateContent><w:commentReference w:id="0"/></w:p>
      </w:body></w:document>`;
    expect(readWordXml(body, styles)).toEqual({
      paragraphDirections: [true, true, false, null, null],
      shapes: 1,
      comments: 1,
    });
  });

  it('refuses a zip whose parts declare more than the limits, before inflating them', () => {
    const bytes = new Uint8Array(
      readFileSync(new URL('../../../../fixtures/docx/article.docx', import.meta.url)),
    );
    const view = new DataView(bytes.buffer);
    const directory = bytes.findLastIndex(
      (_, at) => at + 4 <= bytes.length && view.getUint32(at, true) === 0x06054b50,
    );
    const first = view.getUint32(directory + 16, true);
    view.setUint32(first + 24, 0xfffffff0, true);
    expect(() => checkZipLimits(bytes)).toThrow(
      expect.objectContaining({ code: 'import.too_large' }),
    );
    return expect(convertDocx(bytes)).rejects.toMatchObject({ code: 'import.too_large' });
  });
});

describe('a table past the limits in a .docx', () => {
  it('keeps the first 500 rows and 30 columns and counts the cells left out', async () => {
    const { articleDocx } = await import('../../../../../electron/services/export/docx-export.ts');
    const { article, table } = await import('../../../../fixtures/wordpress/lexical-article.ts');
    const { meta } = await import('./library-fixture.ts');
    const wide = Array.from({ length: 31 }, (_, index) => `ع${index}`);
    const rows = Array.from({ length: 501 }, (_, index) => (index === 0 ? wide : [`ص${index}`]));
    const bytes = await articleDocx({ meta, body: article(table(false, ...rows)) });
    const { html, report } = await convertDocx(bytes);
    // The export writes every row 31 cells wide: the 31st of 500 rows, and the 501st row whole.
    expect(report).toMatchObject({ tables: 1, tableCellsLeftOut: 500 + 31 });
    expect(html.match(/<tr>/g)).toHaveLength(500);
    expect(html).toContain('ع29');
    expect(html).not.toContain('ع30');
    expect(html).not.toContain('ص500');
  }, 60_000);
});
