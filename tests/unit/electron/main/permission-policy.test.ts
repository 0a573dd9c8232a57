import { describe, expect, it } from 'vitest';
import { isPermissionAllowed } from '../../../../electron/main/permission-policy.ts';

describe('web permissions', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'openExternal',
    'fullscreen',
    'hid',
    'unknown',
  ])('refuses %s', (permission) => {
    expect(isPermissionAllowed(permission, 'app://midad/index.html')).toBe(false);
  });

  it('lets the app itself copy sanitized text to the clipboard', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://midad/index.html')).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://midad')).toBe(true);
  });

  it('refuses even the clipboard to any other origin', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://example.com/')).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', '')).toBe(false);
  });
});
