// An article's table in the exports: a Word table (read back by the .docx import: header
// row, cells, right to left) and a Markdown pipe table.
import { describe, expect, it } from 'vitest';
import { convertDocx } from '../../../../../electron/services/drafts/docx-import.ts';
import { articleDocx } from '../../../../../electron/services/export/docx-export.ts';
import { articleMarkdown } from '../../../../../electron/services/export/markdown-export.ts';
import { article, paragraph, table, text } from '../../../../fixtures/wordpress/lexical-article.ts';
import { meta } from '../drafts/library-fixture.ts';

const body = article(
  paragraph('قبل الجدول'),
  table(true, ['المدينة', 'المقاعد'], ['الرياض', text('١٢', 'bold')], ['a|b', '']),
);

describe('a table in the exports', () => {
  it('is a Word table with its header row and right-to-left cells, read back as one', async () => {
    const bytes = await articleDocx({ meta, body });
    const { html, report } = await convertDocx(bytes);
    expect(report.tables).toBe(1);
    expect(html).toContain(
      '<table><thead><tr><th><p dir="rtl"><strong>المدينة</strong></p></th><th><p dir="rtl"><strong>المقاعد</strong></p></th></tr></thead>',
    );
    expect(html).toContain(
      '<td><p dir="rtl">الرياض</p></td><td><p dir="rtl"><strong>١٢</strong></p></td>',
    );
  });

  it('is a Markdown pipe table, its "|" escaped', () => {
    expect(articleMarkdown({ meta, body })).toContain(
      '| المدينة | المقاعد |\n| --- | --- |\n| الرياض | **١٢** |\n| a\\|b |  |',
    );
  });
});
