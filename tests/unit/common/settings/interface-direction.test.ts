// Arabic reads right to left and English left to right; the native menus, set in their
// direction at start, tell the user when a switched language will turn them at the next one.
import { describe, expect, it } from 'vitest';
import {
  directionOf,
  menuDirectionAtNextStart,
} from '../../../../common/settings/interface-direction.ts';

describe('the interface direction', () => {
  it('is right to left in Arabic and left to right in English', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('en')).toBe('ltr');
  });

  it('turns the menus at the next start only when the language now reads the other way', () => {
    expect(menuDirectionAtNextStart('ar', 'en')).toBe('ltr');
    expect(menuDirectionAtNextStart('en', 'ar')).toBe('rtl');
    expect(menuDirectionAtNextStart('ar', 'ar')).toBeNull();
    expect(menuDirectionAtNextStart('en', 'en')).toBeNull();
  });

  it('has nothing to say where there are no native menus (browser mode)', () => {
    expect(menuDirectionAtNextStart(null, 'ar')).toBeNull();
    expect(menuDirectionAtNextStart(null, 'en')).toBeNull();
  });
});
