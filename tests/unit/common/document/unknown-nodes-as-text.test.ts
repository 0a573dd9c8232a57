import { describe, expect, it } from 'vitest';
import { checkArticleBody } from '../../../../common/document/article-document-check.ts';
import { lexicalToPlainText } from '../../../../common/document/plain-text.ts';
import { unknownNodesAsText } from '../../../../common/document/unknown-nodes-as-text.ts';
import { bodyOf, paragraph, textNode } from '../../../support/document/article-bodies.ts';

describe('keeping unknown nodes as text', () => {
  it('makes a paragraph of each line of an unknown block and leaves known nodes as they are', () => {
    const body = bodyOf(paragraph(textNode('أول')), {
      type: 'layout-container',
      children: [
        { type: 'row', children: [textNode('خلية ١')] },
        { type: 'row', children: [textNode('خلية ٢')] },
      ],
    });
    const kept = unknownNodesAsText(body);
    expect(kept.root.children[0]).toEqual(body.root.children[0]);
    expect(lexicalToPlainText(kept)).toBe('أول\n\nخلية ١\n\nخلية ٢');
    expect(checkArticleBody(kept)).toEqual({ ok: true });
  });

  it('makes an unknown node inside a line a run of its text, and an empty one nothing', () => {
    const body = bodyOf(
      paragraph(
        textNode('قال '),
        { type: 'hashtag-v2', children: [textNode('#الرياض')] },
        { type: 'emoji-v2', version: 1 },
        textNode(' اليوم'),
      ),
    );
    const kept = unknownNodesAsText(body);
    expect(lexicalToPlainText(kept)).toBe('قال #الرياض اليوم');
    expect(checkArticleBody(kept)).toEqual({ ok: true });
  });

  it('keeps an unknown item of a list as an item', () => {
    const list = {
      type: 'list',
      listType: 'bullet',
      start: 1,
      tag: 'ul',
      children: [{ type: 'checkitem', children: [textNode('بند')] }],
    };
    const kept = unknownNodesAsText(bodyOf(list));
    expect(kept.root.children[0]).toMatchObject({
      type: 'list',
      children: [{ type: 'listitem', children: [{ type: 'text', text: 'بند' }] }],
    });
    expect(checkArticleBody(kept)).toEqual({ ok: true });
  });
});
