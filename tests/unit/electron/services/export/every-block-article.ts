// One Arabic article with every block and mark Midad's editor makes, for the export tests.
import { articleMeta } from '../../../../../common/document/article-content.ts';
import type { ArticleMeta } from '../../../../../electron/contract/index.ts';
import {
  article,
  bullets,
  heading,
  leftToRight,
  lineBreak,
  link,
  numbers,
  paragraph,
  quote,
  rule,
  text,
} from '../../../../fixtures/wordpress/lexical-article.ts';

export const PHOTO_HASH = 'a'.repeat(64);
export const WEBP_HASH = 'b'.repeat(64);

export const meta: ArticleMeta = articleMeta({
  headline: 'الحكومة تعلن خطة للنقل العام',
  kicker: 'عاجل',
  section: 'محليات',
  byline: 'سارة العلي',
  excerpt: 'خطة من ثلاث مراحل',
});

const imageNode = (hash: string, alt: string, caption: string) => ({
  type: 'image',
  version: 1,
  hash,
  alt,
  caption,
});

export const body = (() => {
  const state = article(
    paragraph(
      'أعلنت ',
      text('الحكومة', 'bold'),
      ' اليوم ',
      text('خطة', 'italic'),
      ' ',
      text('جديدة', 'underline'),
      ' ',
      text('قديمة', 'strikethrough'),
      '.',
    ),
    heading('h2', 'المرحلة الأولى'),
    paragraph('تفاصيل ', link('https://example.com/plan', 'الخطة'), lineBreak, 'سطر ثانٍ'),
    heading('h3', 'المحطات'),
    bullets('الرياض', ['جدة ', text('والدمام', 'bold')], numbers(1, 'أولًا', 'ثانيًا')),
    numbers(3, 'ثالثًا', 'رابعًا'),
    quote('قال الوزير: «سنبدأ غدًا»', lineBreak, 'وأضاف: لن نتأخر'),
    leftToRight(paragraph('CNN reported it first.')),
    rule,
    paragraph('نجمة * وشرطة _ و# ليست عنوانًا'),
    paragraph('1. ليست قائمة'),
  );
  (state.root.children as unknown[]).push(
    imageNode(PHOTO_HASH, 'محطة القطار', 'محطة الرياض'),
    imageNode(WEBP_HASH, 'صورة', 'صورة بلا مكان في وورد'),
  );
  return state;
})();
