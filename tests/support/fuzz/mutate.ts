// Mutators: a valid value or file made slightly or badly wrong, the way a crash, a disk,
// a hand edit, a proxy or an attacker would make it.
import type { Random } from './random.ts';
import {
  deeplyNestedJson,
  POLLUTING_KEYS,
  randomCharacter,
  randomJson,
  randomNumber,
  randomString,
  wrongType,
} from './values.ts';

type Path = (string | number)[];

/** A copy of `value` with one to three changes at random places: a wrong type, a key gone or added, a huge string. */
export function mutateValue(random: Random, value: unknown): unknown {
  let result: unknown = structuredClone(value);
  const changes = random.int(1, 3);
  for (let index = 0; index < changes; index += 1) result = mutateOnce(random, result);
  return result;
}

function mutateOnce(random: Random, root: unknown): unknown {
  const paths = allPaths(root);
  const target = random.pick(paths);
  const current = valueAt(root, target);
  const replacement = replacementFor(random, current);
  if (target.length === 0 && !(replacement === ADD_KEY && isContainer(current))) {
    return replacement === REMOVE || replacement === ADD_KEY ? undefined : replacement;
  }
  const parent = valueAt(root, target.slice(0, -1)) as Record<string | number, unknown>;
  const key = target[target.length - 1] as string | number;
  if (replacement === REMOVE && target.length > 0) {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else if (replacement === ADD_KEY && isContainer(current)) {
    const newKey = random.chance(0.5) ? random.pick(POLLUTING_KEYS) : randomString(random, 10);
    Object.defineProperty(current, Array.isArray(current) ? current.length : newKey, {
      value: randomJson(random, 2),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else if (replacement !== ADD_KEY) {
    Object.defineProperty(parent, key, {
      value: replacement,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return root;
}

const REMOVE = Symbol('remove');
const ADD_KEY = Symbol('add key');

function replacementFor(random: Random, current: unknown): unknown {
  switch (random.int(0, 9)) {
    case 0:
      return REMOVE;
    case 1:
      return ADD_KEY;
    case 2:
      return wrongType(random, current);
    case 3:
      return randomNumber(random);
    case 4:
      return typeof current === 'string' ? mutateText(random, current) : randomString(random);
    case 5:
      return JSON.parse(deeplyNestedJson(random, random.int(50, 3000)));
    case 6:
      return 'x'.repeat(random.int(1000, 200_000));
    case 7:
      return typeof current === 'number' ? -current : randomJson(random, 3);
    default:
      return randomJson(random, 2);
  }
}

function isContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

function allPaths(root: unknown): Path[] {
  const paths: Path[] = [[]];
  const visit = (value: unknown, path: Path, depth: number) => {
    if (!isContainer(value) || depth > 12 || paths.length > 2000) return;
    for (const key of Object.keys(value)) {
      const child: Path = [...path, Array.isArray(value) ? Number(key) : key];
      paths.push(child);
      visit((value as Record<string, unknown>)[key], child, depth + 1);
    }
  };
  visit(root, [], 0);
  return paths;
}

function valueAt(root: unknown, path: Path): unknown {
  let current = root;
  for (const key of path) current = (current as Record<string | number, unknown>)[key];
  return current;
}

/** A text (usually JSON) damaged at the byte or token level. */
export function mutateText(random: Random, text: string): string {
  switch (random.int(0, 10)) {
    case 0:
      return text.slice(0, random.int(0, text.length));
    case 1:
      return flipBytes(random, text);
    case 2:
      return insertAt(
        random,
        text,
        Array.from({ length: random.int(1, 20) }, () => randomCharacter(random)).join(''),
      );
    case 3:
      // A duplicate key: the last one wins in JSON.parse, so it overrides what came first.
      return text.replace(
        /^\s*\{/,
        `{"${random.pick(['format', 'schemaVersion', 'id', 'draft', '__proto__', 'constructor'])}": ${JSON.stringify(randomJson(random, 1))},`,
      );
    case 4:
      return text.replace(
        /"([^"\\]{1,40})"\s*:/,
        (whole) => `${whole}${JSON.stringify(randomJson(random, 1))},${whole}`,
      );
    case 5:
      return deeplyNestedJson(random, random.int(100, 20_000));
    case 6:
      return text.replace(
        /-?\d+(\.\d+)?/,
        random.pick(['1e400', '-1e400', '99999999999999999999999', '0.1e-400', '-0', '1.5']),
      );
    case 7:
      return text.replace(/"(?:[^"\\]|\\.)*"/, JSON.stringify(randomString(random, 60)));
    case 8:
      return `\ufeff${text}`;
    case 9:
      return text.replace(/\\u[0-9a-f]{4}|[\u0600-\u06ff]/i, '\\ud800');
    default:
      return insertAt(
        random,
        text,
        random.pick([
          '\u0000',
          '}',
          ']',
          ',',
          '"',
          'null',
          '{"__proto__":{"polluted":true}}',
          '\\',
        ]),
      );
  }
}

function flipBytes(random: Random, text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length === 0) return text;
  const flips = random.int(1, 8);
  for (let index = 0; index < flips; index += 1) {
    const at = random.int(0, bytes.length - 1);
    bytes[at] = (bytes[at] ?? 0) ^ (1 << random.int(0, 7));
  }
  return bytes.toString('utf8');
}

function insertAt(random: Random, text: string, inserted: string): string {
  const at = random.int(0, text.length);
  return `${text.slice(0, at)}${inserted}${text.slice(at)}`;
}

/** Byte-level damage of a file's content, for files read as bytes. */
export function mutateFileBytes(random: Random, bytes: Uint8Array): Uint8Array {
  if (random.chance(0.15)) return new Uint8Array(0);
  if (random.chance(0.15)) return bytes.slice(0, random.int(0, bytes.length));
  return new Uint8Array(
    Buffer.from(mutateText(random, Buffer.from(bytes).toString('utf8')), 'utf8'),
  );
}
