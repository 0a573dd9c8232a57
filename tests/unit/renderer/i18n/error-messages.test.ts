import { describe, expect, it } from 'vitest';
import { errorCodeSchema } from '../../../../electron/contract/index.ts';
import { ar } from '../../../../renderer/i18n/ar.ts';
import { en } from '../../../../renderer/i18n/en.ts';
import { errorCodeOf, errorMessageKey } from '../../../../renderer/i18n/error-message.ts';

function lookup(strings: object, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown> | undefined)?.[part],
      strings,
    );
}

const UI_CODES = [...errorCodeSchema.options, 'bridge.unreachable', 'app.unknown'];

describe('error messages', () => {
  it.each(UI_CODES)('%s has a message in Arabic and in English', (code) => {
    const key = errorMessageKey(code);
    expect(lookup(ar, key), `ar ${key}`).toEqual(expect.stringMatching(/\S/));
    expect(lookup(en, key), `en ${key}`).toEqual(expect.stringMatching(/\S/));
    expect(lookup(ar, key)).not.toBe(lookup(en, key));
  });

  it('the Arabic messages are written in Arabic', () => {
    for (const code of UI_CODES)
      expect(lookup(ar, errorMessageKey(code))).toMatch(/[\u0600-\u06FF]/u);
  });

  it('a caught error is known by its code, and anything else reads as the generic message', () => {
    expect(errorCodeOf({ code: 'storage.disk_full' })).toBe('storage.disk_full');
    expect(errorMessageKey(Object.assign(new Error('x'), { code: 'import.invalid_file' }))).toBe(
      'errors.import.invalid_file',
    );
    expect(errorMessageKey(new Error('ENOSPC: no space left on /home/writer'))).toBe(
      'errors.app.unknown',
    );
    expect(errorMessageKey({ code: 'not a code' })).toBe('errors.app.unknown');
    expect(errorMessageKey(undefined)).toBe('errors.app.unknown');
  });
});
