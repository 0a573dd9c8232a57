import { describe, expect, it } from 'vitest';
import { isBlankBody } from '../../../../../renderer/features/article/blank-body.ts';

const paragraph = (text: string) => ({
  type: 'paragraph',
  children: text ? [{ type: 'text', text }] : [],
});
const body = (...children: object[]) => ({ root: { type: 'root', children } });

describe('a blank draft body', () => {
  it('is one empty paragraph, or nothing at all', () => {
    expect(isBlankBody(body(paragraph('')))).toBe(true);
    expect(isBlankBody(body())).toBe(true);
  });

  it('is not a body with any text, nor one with several blocks', () => {
    expect(isBlankBody(body(paragraph('نص')))).toBe(false);
    expect(isBlankBody(body(paragraph(''), paragraph('')))).toBe(false);
  });
});
