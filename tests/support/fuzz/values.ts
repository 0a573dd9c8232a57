// Hostile values for the fuzz tests: strings mixing Arabic, bidi controls, NUL, lone
// surrogates and very long runs; JSON with huge numbers, wrong types, deep nesting and
// the keys that pollute prototypes.
import type { Random } from './random.ts';

const ARABIC = 'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئىةًٌٍَُِّْـ٠١٢٣٤٥٦٧٨٩،؛؟';
const BIDI_CONTROLS = [
  '\u200e',
  '\u200f',
  '\u061c',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
];
const ODD_CHARACTERS = [
  '\u0000',
  '\ud800',
  '\udfff',
  '\ufeff',
  '\ufffd',
  '\u2028',
  '\u2029',
  '💥',
  '\u{10ffff}',
  '\\',
  '"',
  '\n',
  '\r',
  '\t',
  '%00',
  '../',
  '..\\',
  '<script>',
  '${x}',
  '{{x}}',
];
export const POLLUTING_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
];

export function randomCharacter(random: Random): string {
  const kind = random.int(0, 9);
  if (kind <= 3) return random.pick([...ARABIC]);
  if (kind <= 5) return String.fromCharCode(random.int(32, 126));
  if (kind === 6) return random.pick(BIDI_CONTROLS);
  if (kind === 7) return random.pick(ODD_CHARACTERS);
  if (kind === 8) return String.fromCharCode(random.int(0, 0xffff));
  return ' ';
}

export function randomString(random: Random, maxLength = 40): string {
  if (random.chance(0.02)) return random.pick([...ARABIC]).repeat(random.int(10_000, 120_000));
  let text = '';
  const length = random.int(0, maxLength);
  for (let index = 0; index < length; index += 1) text += randomCharacter(random);
  return text;
}

export function randomNumber(random: Random): number {
  return random.pick([
    0,
    -0,
    1,
    -1,
    0.5,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 2,
    Number.MIN_SAFE_INTEGER - 2,
    2 ** 31,
    -(2 ** 31) - 1,
    5e-324,
    123456789012345680000,
    random.int(-1000, 1000),
    random.next() * 1e6,
  ]);
}

/** Any JSON value (no NaN or Infinity: those do not survive JSON). */
export function randomJson(random: Random, depth = 3): unknown {
  const kind = random.int(0, depth > 0 ? 7 : 4);
  switch (kind) {
    case 0:
      return null;
    case 1:
      return random.chance(0.5);
    case 2:
      return randomNumber(random);
    case 3:
    case 4:
      return randomString(random);
    case 5:
      return Array.from({ length: random.int(0, 5) }, () => randomJson(random, depth - 1));
    default: {
      const record: Record<string, unknown> = {};
      const size = random.int(0, 5);
      for (let index = 0; index < size; index += 1) {
        const key = random.chance(0.2) ? random.pick(POLLUTING_KEYS) : randomString(random, 12);
        Object.defineProperty(record, key, {
          value: randomJson(random, depth - 1),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return record;
    }
  }
}

/** A value nested `depth` levels deep, as JSON text (JSON.stringify would overflow first). */
export function deeplyNestedJson(random: Random, depth: number): string {
  const [open, close] = random.chance(0.5) ? ['[', ']'] : ['{"a":', '}'];
  return `${open.repeat(depth)}1${close.repeat(depth)}`;
}

/** A value of another type than `value`. */
export function wrongType(random: Random, value: unknown): unknown {
  const choices: unknown[] = [
    null,
    true,
    0,
    -1,
    1e308,
    '',
    randomString(random, 8),
    [],
    {},
    [value],
    { value },
  ];
  const differing = choices.filter(
    (choice) => typeof choice !== typeof value || Array.isArray(choice) !== Array.isArray(value),
  );
  return random.pick(differing.length > 0 ? differing : choices);
}
