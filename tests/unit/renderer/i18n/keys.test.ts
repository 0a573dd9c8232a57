import { describe, expect, it } from 'vitest';
import { ar } from '../../../../renderer/i18n/ar.ts';
import { en } from '../../../../renderer/i18n/en.ts';

function keyPaths(strings: object, prefix = ''): string[] {
  return Object.entries(strings).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keyPaths(value as object, `${prefix}${key}.`),
  );
}

describe('interface strings', () => {
  it('Arabic and English have exactly the same keys', () => {
    expect(keyPaths(en).sort()).toEqual(keyPaths(ar).sort());
  });

  it('no string is left empty in either language', () => {
    const empty = (strings: object) =>
      keyPaths(strings).filter((path) => path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], strings) === '');
    expect(empty(ar)).toEqual([]);
    expect(empty(en)).toEqual([]);
  });
});
