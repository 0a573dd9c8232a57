import { describe, expect, it } from 'vitest';
import type { DraftContent } from '../../../../../../electron/contract/index.ts';
import { articleBody, articleMeta } from '../../../../../../common/document/article-content.ts';
import { lexicalBlocks } from '../../../../../../common/document/plain-text.ts';
import { mergeContent } from '../../../../../../electron/services/publish/review/content-merge.ts';
import { rightToLeftParagraph } from '../../../../../support/document/article-bodies.ts';

const text = (value: string) => ({
  type: 'text',
  text: value,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
  version: 1,
});
const suggestion = (value: string) => ({
  type: 'suggestion-insert',
  id: 's1',
  author: 'هدى',
  time: '2026-12-03T10:00:00.000Z',
  children: [text(value)],
  direction: null,
  format: '',
  indent: 0,
  version: 1,
});
/** The same paragraph as an import from WordPress markup writes it: other keys, other order. */
const imported = (value: string) => ({
  children: [
    { detail: 0, format: 0, mode: 'normal', style: '', text: value, type: 'text', version: 1 },
  ],
  type: 'paragraph',
  version: 1,
  direction: null,
});

const content = (headline: string, ...blocks: unknown[]): DraftContent => ({
  meta: articleMeta({ headline }),
  body: articleBody(blocks),
});

const LEAD = 'أعلنت الوزارة خطة جديدة.';
const FIGURE = 'تبلغ الكلفة 12 مليون دينار.';

describe('merging the desk’s unsent work with the site’s new version', () => {
  it('by published text without the plugin: the desk’s lead and the reporter’s figure both stay, whatever JSON each side wrote', () => {
    const base = content('الخطة', imported(LEAD), imported(FIGURE));
    const ours = content(
      'الخطة',
      rightToLeftParagraph(text('أعلنت الوزارة أمس خطة جديدة.')),
      rightToLeftParagraph(text(FIGURE)),
    );
    const theirs = content('الخطة', imported(LEAD), imported('تبلغ الكلفة 11.5 مليون دينار.'));
    const merged = mergeContent(base, ours, theirs, 'text');
    expect(merged.ok && lexicalBlocks(merged.content.body)).toEqual([
      'أعلنت الوزارة أمس خطة جديدة.',
      'تبلغ الكلفة 11.5 مليون دينار.',
    ]);
  });

  it('never drops an open suggestion as if the paragraph were unchanged', () => {
    const base = content('الخطة', imported(LEAD), imported(FIGURE));
    const ours = content(
      'الخطة',
      rightToLeftParagraph(text(LEAD)),
      rightToLeftParagraph(text(FIGURE), suggestion(' تقريبا')),
    );
    const theirs = content('الخطة', imported(LEAD), imported('تبلغ الكلفة 11.5 مليون دينار.'));
    expect(mergeContent(base, ours, theirs, 'text')).toEqual({ ok: false });
  });

  it('by JSON with documents: the site’s new headline and the desk’s paragraph merge, a headline both changed does not', () => {
    const base = content(
      'الخطة',
      rightToLeftParagraph(text(LEAD)),
      rightToLeftParagraph(text(FIGURE)),
    );
    const ours = content(
      'الخطة',
      rightToLeftParagraph(text(LEAD)),
      rightToLeftParagraph(text(FIGURE), suggestion(' تقريبا')),
    );
    const theirs = content(
      'خطة الإسكان',
      rightToLeftParagraph(text(LEAD)),
      rightToLeftParagraph(text(FIGURE)),
    );
    const merged = mergeContent(base, ours, theirs, 'json');
    expect(merged.ok && merged.content.meta.headline).toBe('خطة الإسكان');
    expect(merged.ok && JSON.stringify(merged.content.body)).toContain('suggestion-insert');
    expect(
      mergeContent(
        base,
        content('خطة المكتب', rightToLeftParagraph(text(LEAD)), rightToLeftParagraph(text(FIGURE))),
        theirs,
        'json',
      ),
    ).toEqual({ ok: false });
  });
});
