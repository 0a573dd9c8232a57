import { describe, expect, it } from 'vitest';
import { fixedBy, flagged, house } from './house-options.ts';

describe('tanween beside a final alef', () => {
  it('moves it onto the letter before the alef when the house writes شكرًا', () => {
    expect(flagged('tanween', 'شكراً جزيلاً')).toEqual(['اً', 'اً']);
    expect(fixedBy('tanween', 'شكراً جزيلاً')).toBe('شكرًا جزيلًا');
  });

  it('keeps a shadda on its letter when moving it', () => {
    // جدّاً ↔ جدًّا, spelled out: the shadda stays right after the dal.
    expect(fixedBy('tanween', 'جد\u0651ا\u064B')).toBe('جد\u0651\u064Bا');
    expect(fixedBy('tanween', 'جد\u064B\u0651ا', house({ tanween: 'on-alef' }))).toBe(
      'جد\u0651ا\u064B',
    );
  });

  it('moves it onto the alef when the house writes شكراً', () => {
    expect(fixedBy('tanween', 'شكرًا جزيلًا', house({ tanween: 'on-alef' }))).toBe('شكراً جزيلاً');
  });

  it('flags nothing when the house accepts either, or where the word is already right', () => {
    expect(flagged('tanween', 'شكراً شكرًا', house({ tanween: 'either' }))).toEqual([]);
    expect(flagged('tanween', 'شكرًا، وسماءً صافية')).toEqual([]);
    expect(flagged('tanween', 'شكراً', house({ tanween: 'on-alef' }))).toEqual([]);
  });
});
