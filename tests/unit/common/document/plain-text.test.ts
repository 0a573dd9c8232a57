// The plain text of a Lexical document: blocks in order, separated by a blank line.
import { describe, expect, it } from 'vitest';
import { lexicalBlocks, lexicalToPlainText } from '../../../../common/document/plain-text.ts';

const text = (value: string) => ({ type: 'text', text: value });
const element = (type: string, children: unknown[]) => ({ type, children });
const root = (...children: unknown[]) => ({ root: { type: 'root', children } });

describe('plain text of a Lexical document', () => {
  it('joins paragraphs and headings with a blank line', () => {
    expect(
      lexicalToPlainText(
        root(
          element('heading', [text('عنوان')]),
          element('paragraph', [text('فقرة '), text('ثانية')]),
        ),
      ),
    ).toBe('عنوان\n\nفقرة ثانية');
  });

  it('keeps links and line breaks inside their paragraph', () => {
    const paragraph = element('paragraph', [
      text('انظر '),
      element('link', [text('الموقع')]),
      { type: 'linebreak' },
      text('سطر'),
    ]);
    expect(lexicalToPlainText(root(paragraph))).toBe('انظر الموقع\nسطر');
  });

  it('makes each list item a block, nested lists too', () => {
    const nested = element('list', [element('listitem', [text('فرعي')])]);
    const list = element('list', [
      element('listitem', [text('أول')]),
      element('listitem', [text('ثان'), nested]),
    ]);
    expect(lexicalBlocks(root(list))).toEqual(['أول', 'ثان', 'فرعي']);
  });

  it('keeps an empty paragraph as an empty block and ignores what is not a document', () => {
    expect(
      lexicalBlocks(root(element('paragraph', []), element('paragraph', [text('نص')]))),
    ).toEqual(['', 'نص']);
    expect(lexicalToPlainText(null)).toBe('');
    expect(lexicalToPlainText({ root: 'nope' })).toBe('');
  });

  it('reads a body whose node types are not strings, even objects String() cannot convert (found by the fuzz test)', () => {
    const odd = JSON.parse(
      '{"type":{"toString":1},"children":[{"type":"text","text":"نص"}]}',
    ) as unknown;
    expect(lexicalToPlainText(root(odd, element('list', [])))).toBe('نص');
  });
});
