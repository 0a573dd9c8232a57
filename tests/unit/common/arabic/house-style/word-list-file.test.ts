import { describe, expect, it } from 'vitest';
import {
  formatWordList,
  parseWordList,
} from '../../../../../common/arabic/house-style/word-list-file.ts';

describe('word list file', () => {
  it('reads one entry a line, with comments, blank lines, and Arabic or Latin commas', () => {
    const file =
      '\uFEFF# أسماء الأماكن\n\nإسطنبول = اسطنبول، استانبول\r\nأوباما = اوباما , أوبama\n';
    expect(parseWordList(file)).toEqual({
      ok: true,
      entries: [
        { preferred: 'إسطنبول', variants: ['اسطنبول', 'استانبول'] },
        { preferred: 'أوباما', variants: ['اوباما', 'أوبama'] },
      ],
    });
  });

  it('says which line is wrong and why', () => {
    expect(parseWordList('إسطنبول = اسطنبول\nأوباما اوباما\n')).toEqual({
      ok: false,
      problem: 'missing-equals',
      line: 2,
    });
    expect(parseWordList('# x\n = اسطنبول')).toEqual({
      ok: false,
      problem: 'empty-preferred',
      line: 2,
    });
    expect(parseWordList('إسطنبول = ، ')).toEqual({ ok: false, problem: 'no-variants', line: 1 });
    expect(parseWordList(`إسطنبول = ${'ا'.repeat(101)}`)).toEqual({
      ok: false,
      problem: 'too-long',
      line: 1,
    });
  });

  it('refuses a file with no entries', () => {
    expect(parseWordList('# only a comment\n')).toEqual({
      ok: false,
      problem: 'empty-file',
      line: 0,
    });
  });

  it('reads a JSON export, bare or inside settings', () => {
    const entries = [{ preferred: 'أوباما', variants: ['اوباما'] }];
    expect(parseWordList(JSON.stringify(entries))).toEqual({ ok: true, entries });
    expect(parseWordList(JSON.stringify({ wordList: entries }))).toEqual({ ok: true, entries });
  });

  it('says which JSON entry is wrong, and when the JSON is broken', () => {
    expect(parseWordList('[{"preferred": "أ", "variants": ["ا"]}, {"preferred": 3}]')).toEqual({
      ok: false,
      problem: 'bad-json',
      line: 2,
    });
    expect(parseWordList('[{"preferred": ')).toEqual({ ok: false, problem: 'bad-json', line: 0 });
  });

  it('reads back exactly what it exported', () => {
    const entries = [
      { preferred: 'إسطنبول', variants: ['اسطنبول', 'استانبول'] },
      { preferred: 'عبد الله', variants: ['عبدالله'] },
    ];
    expect(parseWordList(formatWordList(entries))).toEqual({ ok: true, entries });
  });
});
