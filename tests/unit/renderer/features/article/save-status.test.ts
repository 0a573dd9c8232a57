import { describe, expect, it } from 'vitest';
import { saveFailureKey } from '../../../../../renderer/features/article/save-status.ts';
import { ar } from '../../../../../renderer/i18n/ar.ts';
import { en } from '../../../../../renderer/i18n/en.ts';

describe('what a failed save says', () => {
  it('names a full disk and a refused folder, which need different action from the writer', () => {
    expect(saveFailureKey('storage.disk_full')).toBe('save.failedDiskFull');
    expect(saveFailureKey('storage.permission_denied')).toBe('save.failedPermission');
    expect(saveFailureKey('bridge.unreachable')).toBe('save.failedUnreachable');
  });

  it('falls back to the plain message for any other code', () => {
    expect(saveFailureKey('storage.write_failed')).toBe('save.failed');
    expect(saveFailureKey('unknown')).toBe('save.failed');
  });

  it('has every message in Arabic and English', () => {
    for (const code of ['storage.disk_full', 'storage.permission_denied', 'bridge.unreachable']) {
      const key = saveFailureKey(code).slice('save.'.length) as keyof typeof en.save;
      expect(ar.save[key]).toMatch(/تعذّر الحفظ/);
      expect(en.save[key]).toMatch(/Could not save/);
    }
  });
});
