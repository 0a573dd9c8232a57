import { describe, expect, it } from 'vitest';
import { ar } from '../../../../renderer/i18n/ar.ts';
import { en } from '../../../../renderer/i18n/en.ts';
import { translate } from '../../../../renderer/i18n/translate.ts';

describe('interface strings at run time', () => {
  it('a key reads in the chosen language, with its placeholders filled in', () => {
    expect(translate(ar, ar, 'app.name')).toBe('مداد');
    expect(translate(en, ar, 'history.words', { words: '1,204' })).toBe('1,204 words');
    expect(translate(ar, ar, 'history.diffSummary', { inserted: 3, deleted: 0 })).toBe('أُضيفت 3 كلمة وحُذفت 0 كلمة.');
  });

  it('a string missing in English falls back to Arabic, then to the default, then to the key', () => {
    const partial = { app: { name: 'Midad' } };
    expect(translate(partial, ar, 'app.loadingPanel')).toBe(ar.app.loadingPanel);
    expect(translate(partial, ar, 'errors.nothing.like_this', { defaultValue: 'Something went wrong' })).toBe('Something went wrong');
    expect(translate(partial, ar, 'no.such.key')).toBe('no.such.key');
  });

  it('a key that names a group of strings, or something inherited, is not a string', () => {
    expect(translate(ar, ar, 'app')).toBe('app');
    expect(translate(ar, ar, 'app.toString')).toBe('app.toString');
  });

  it('a placeholder without a value stays visible instead of reading "undefined"', () => {
    expect(translate(en, ar, 'history.words', {})).toBe('{{words}} words');
  });
});
