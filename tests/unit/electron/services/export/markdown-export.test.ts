import { describe, expect, it } from 'vitest';
import { articleMarkdown } from '../../../../../electron/services/export/markdown-export.ts';
import { article, paragraph, text } from '../../../../fixtures/wordpress/lexical-article.ts';
import { body, meta, PHOTO_HASH, WEBP_HASH } from './every-block-article.ts';

describe('the Markdown export', () => {
  it('writes every block and mark of an Arabic article as Markdown', () => {
    const names = new Map([
      [PHOTO_HASH, 'media/محطة القطار.png'],
      [WEBP_HASH, 'media/صورة.webp'],
    ]);
    expect(articleMarkdown({ meta, body }, names)).toBe(
      [
        'عاجل',
        '',
        '# الحكومة تعلن خطة للنقل العام',
        '',
        'خطة من ثلاث مراحل',
        '',
        '*سارة العلي*',
        '',
        'أعلنت **الحكومة** اليوم *خطة* جديدة ~~قديمة~~.',
        '',
        '## المرحلة الأولى',
        '',
        'تفاصيل [الخطة](https://example.com/plan)\\',
        'سطر ثانٍ',
        '',
        '### المحطات',
        '',
        '- الرياض',
        '- جدة **والدمام**',
        '  1. أولًا',
        '  2. ثانيًا',
        '',
        '3. ثالثًا',
        '4. رابعًا',
        '',
        '> قال الوزير: «سنبدأ غدًا»',
        '>',
        '> وأضاف: لن نتأخر',
        '',
        'CNN reported it first.',
        '',
        '---',
        '',
        'نجمة \\* وشرطة \\_ و# ليست عنوانًا',
        '',
        '1\\. ليست قائمة',
        '',
        '![محطة القطار](media/محطة%20القطار.png)',
        '',
        '*محطة الرياض*',
        '',
        '![صورة](media/صورة.webp)',
        '',
        '*صورة بلا مكان في وورد*',
        '',
      ].join('\n'),
    );
  });

  it('escapes what the writer typed so it never turns into markup', () => {
    const typed = article(paragraph('# ليس عنوانًا [رابط](x) <b>وسم</b> `رمز` ~~خط~~ !صورة'));
    expect(
      articleMarkdown({
        meta: { ...meta, kicker: '', excerpt: '', byline: '', headline: 'عنوان *مهم*' },
        body: typed,
      }),
    ).toBe(
      '# عنوان \\*مهم\\*\n\n\\# ليس عنوانًا \\[رابط\\](x) \\<b\\>وسم\\</b\\> \\`رمز\\` \\~\\~خط\\~\\~ \\!صورة\n',
    );
  });

  it('keeps spaces outside the marks, where Markdown can see them', () => {
    const spaced = article(paragraph('قال', text(' بوضوح ', 'bold'), 'إنه'));
    expect(
      articleMarkdown({ meta: { ...meta, kicker: '', excerpt: '', byline: '' }, body: spaced }),
    ).toBe('# الحكومة تعلن خطة للنقل العام\n\nقال **بوضوح** إنه\n');
  });

  it('leaves out a picture whose address is javascript:, vbscript: or data:, keeping its caption', () => {
    for (const src of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>',
    ]) {
      const markdown = articleMarkdown({
        meta,
        body: {
          root: {
            type: 'root',
            children: [{ type: 'image', version: 1, src, alt: 'صورة', caption: 'تعليق' }],
          },
        },
      });
      expect(markdown).not.toMatch(/\]\(|script|data:/iu);
      expect(markdown).toContain('*تعليق*');
    }
  });
});
