// A post's block markup read as text, as the conflict diff and the site's revisions read
// it: Arabic kept exactly (harakat, tatweel, clitics), one block a line, nothing rendered.
import { describe, expect, it } from 'vitest';
import { toWordPressBlocks } from '../../../../common/wordpress/block-markup.ts';
import { blockMarkupText, decodeEntities } from '../../../../common/wordpress/block-text.ts';
import {
  article,
  bullets,
  heading,
  lineBreak,
  paragraph,
  quote,
  text,
} from '../../../fixtures/wordpress/lexical-article.ts';

describe('block markup as text', () => {
  it('reads block markup as one line a block, comments and tags gone, entities decoded', () => {
    const markup =
      '<!-- wp:paragraph {"midadMarker":"midabc"} -->\n<p>نص &amp; <strong>عريض</strong></p>\n<!-- /wp:paragraph -->\n\n<!-- wp:list -->\n<ul><li>أ</li><li>ب</li></ul>\n<!-- /wp:list -->';
    expect(blockMarkupText(markup)).toBe('نص & عريض\nأ\nب');
  });

  it('keeps harakat, shadda, tatweel and clitics exactly as written', () => {
    const markup =
      '<!-- wp:paragraph -->\n<p>بِسْمِ اللَّهِ الرَّحْمَـٰنِ وَبِالكِتَابِ</p>\n<!-- /wp:paragraph -->';
    expect(blockMarkupText(markup)).toBe('بِسْمِ اللَّهِ الرَّحْمَـٰنِ وَبِالكِتَابِ');
  });

  it("reads the serializer's output of an Arabic article as its blocks, in order", () => {
    const body = article(
      heading('h2', 'خَلْفِيَّةُ الخَبَرِ'),
      paragraph('قَالَ ', text('المُتَحَدِّثُ', 'bold'), ' إِنَّ «القَرَارَ» نِهَائِيٌّ & لا رَجْعَةَ فِيهِ.'),
      bullets('الرِّيَاض', 'عَمَّان'),
      quote('لَنْ نَتَرَاجَعَ'),
    );
    expect(blockMarkupText(toWordPressBlocks(body))).toBe(
      'خَلْفِيَّةُ الخَبَرِ\nقَالَ المُتَحَدِّثُ إِنَّ «القَرَارَ» نِهَائِيٌّ & لا رَجْعَةَ فِيهِ.\nالرِّيَاض\nعَمَّان\nلَنْ نَتَرَاجَعَ',
    );
  });

  it('makes a line break inside a paragraph a line of its own', () => {
    expect(
      blockMarkupText(
        toWordPressBlocks(article(paragraph('السَّطْرُ الأَوَّلُ', lineBreak, 'السَّطْرُ الثَّانِي'))),
      ),
    ).toBe('السَّطْرُ الأَوَّلُ\nالسَّطْرُ الثَّانِي');
  });

  it('decodes numeric entities and leaves one beyond Unicode as it was written', () => {
    expect(decodeEntities('&#1605;&#x62F;&#x627;&#x62F; &#99999999; &unknown;')).toBe(
      'مداد &#99999999; &unknown;',
    );
  });
});
