// Review comments are anchored by @lexical/mark nodes in the body; they belong to the
// newsroom, never to the reader: every serializer writes a mark as its text alone.
import { $createMarkNode } from '@lexical/mark';
import { describe, expect, it } from 'vitest';
import { articleBlocks, runsText } from '../../../../common/document/article-blocks.ts';
import { toWordPressBlocks } from '../../../../common/wordpress/block-markup.ts';
import type { Draft } from '../../../../electron/contract/index.ts';
import { articleHtmlDocument } from '../../../../electron/services/drafts/html-export.ts';
import { articleMarkdown } from '../../../../electron/services/export/markdown-export.ts';
import {
  article,
  paragraph,
  text,
  type Inline,
} from '../../../fixtures/wordpress/lexical-article.ts';
import { meta } from '../../electron/services/export/every-block-article.ts';

function commented(ids: string[], ...children: Inline[]) {
  return () => {
    const mark = $createMarkNode(ids);
    for (const child of children) mark.append(typeof child === 'string' ? text(child)() : child());
    return mark;
  };
}

const marked = article(
  paragraph(
    'قالت ',
    commented(['thread-1', 'thread-2'], text('الوزارة', 'bold'), ' اليوم'),
    ' إن المطر سيستمر',
  ),
);
const plain = article(paragraph('قالت ', text('الوزارة', 'bold'), ' اليوم', ' إن المطر سيستمر'));

describe('review marks in what leaves the newsroom', () => {
  it('the body JSON really holds the mark and its comment ids', () => {
    expect(JSON.stringify(marked)).toContain('"type":"mark"');
    expect(JSON.stringify(marked)).toContain('thread-1');
  });

  it('WordPress block markup has the commented text but no mark and no comment id', () => {
    const html = toWordPressBlocks(marked);
    expect(html).toBe(toWordPressBlocks(plain));
    expect(html).toContain('<strong>الوزارة</strong> اليوم');
    expect(html).not.toMatch(/mark|thread-1/);
  });

  it('the blocks the exports read hold the commented text and nothing of the comment', () => {
    const [block] = articleBlocks(marked);
    expect(block.kind === 'paragraph' && runsText(block.runs)).toBe(
      'قالت الوزارة اليوم إن المطر سيستمر',
    );
    expect(JSON.stringify(articleBlocks(marked))).not.toMatch(/mark"|thread-1/);
  });

  it('the HTML and Markdown exports carry no mark and no comment id', () => {
    const draft = {
      id: 'draft-00001',
      createdAt: '2026-11-29T10:00:00.000Z',
      updatedAt: '2026-11-29T10:00:00.000Z',
      workflow: { status: 'draft' as const },
      meta,
      body: marked as unknown as Draft['body'],
      review: { comments: [] },
      remote: null,
    };
    expect(articleHtmlDocument(draft)).not.toMatch(/<mark|thread-1/);
    const markdown = articleMarkdown({ meta, body: marked });
    expect(markdown).toContain('قالت **الوزارة** اليوم إن المطر سيستمر');
    expect(markdown).not.toContain('thread-1');
  });
});
