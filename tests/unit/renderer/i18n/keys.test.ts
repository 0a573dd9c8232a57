import { describe, expect, it } from 'vitest';
import { ar } from '../../../../renderer/i18n/ar.ts';
import { en } from '../../../../renderer/i18n/en.ts';
import { isPluralForms } from '../../../../renderer/i18n/translate.ts';

/** Every key with a string or a counted phrase (whose forms differ by language). */
function keyPaths(strings: object, prefix = ''): string[] {
  return Object.entries(strings).flatMap(([key, value]) =>
    typeof value === 'string' || isPluralForms(value)
      ? [`${prefix}${key}`]
      : keyPaths(value as object, `${prefix}${key}.`),
  );
}

/** Every form's text, counted phrases opened up. */
function texts(strings: object, prefix = ''): [string, string][] {
  return Object.entries(strings).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value]]
      : texts(value as object, `${prefix}${key}.`),
  );
}

describe('interface strings', () => {
  it('Arabic and English have exactly the same keys', () => {
    expect(keyPaths(en).sort()).toEqual(keyPaths(ar).sort());
  });

  it('no string is left empty in either language', () => {
    const empty = (strings: object) =>
      texts(strings)
        .filter(([, text]) => text === '')
        .map(([path]) => path);
    expect(empty(ar)).toEqual([]);
    expect(empty(en)).toEqual([]);
  });

  it('every counted phrase has all six forms in Arabic and both in English', () => {
    const plurals = keyPaths(ar).filter((path) =>
      isPluralForms(
        path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], ar),
      ),
    );
    expect(plurals.length).toBeGreaterThan(5);
    const forms = new Set(texts(ar).map(([path]) => path));
    const englishForms = new Set(texts(en).map(([path]) => path));
    for (const path of plurals) {
      for (const form of ['zero', 'one', 'two', 'few', 'many', 'other'])
        expect(forms.has(`${path}.${form}`), `${path}.${form}`).toBe(true);
      for (const form of ['one', 'other'])
        expect(englishForms.has(`${path}.${form}`), `${path}.${form}`).toBe(true);
    }
  });
});
