import { describe, expect, it } from 'vitest';
import { isPermissionAllowed } from '../../../../electron/main/permission-policy.ts';

describe('web permissions', () => {
  it.each([
    'media',
    'geolocation',
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

  it('lets the app itself show system notifications (a publish job that ended)', () => {
    expect(isPermissionAllowed('notifications', 'app://midad/index.html')).toBe(true);
    expect(isPermissionAllowed('notifications', 'https://example.com/')).toBe(false);
  });

  it('refuses even the clipboard to any other origin', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://example.com/')).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', '')).toBe(false);
  });
});
