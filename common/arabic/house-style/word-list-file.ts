// The newsroom word list as a file a desk can keep and share. UTF-8 text, one entry a line:
//   preferred = variant1, variant2      (variants separated by , or ،)
//   # a comment, on its own line; blank lines are ignored
// A JSON export of the same list ([{ "preferred": "…", "variants": ["…"] }]) is read too.
// Limits match the settings' schema, so a list that parses is one the app can store.
import type { WordListEntry } from './options.ts';

/** An entry as read from a file: plain arrays, ready for the settings. */
export interface ParsedEntry {
  preferred: string;
  variants: string[];
}

const WORD_LIST_LIMITS = { entries: 5_000, variants: 20, length: 100 } as const;

export type WordListProblem =
  | 'missing-equals'
  | 'empty-preferred'
  | 'no-variants'
  | 'too-long'
  | 'too-many-variants'
  | 'too-many-entries'
  | 'bad-json'
  | 'empty-file';

export type WordListParse =
  | { ok: true; entries: ParsedEntry[] }
  /** `line` is 1-based (in JSON, the entry's position); 0 when the problem is the file as a whole. */
  | { ok: false; problem: WordListProblem; line: number };

const failure = (problem: WordListProblem, line: number): WordListParse => ({
  ok: false,
  problem,
  line,
});

export function parseWordList(file: string): WordListParse {
  const text = file.replace(/^\uFEFF/u, '');
  const parsed = /^\s*[[{]/u.test(text) ? parseJson(text) : parseLines(text);
  if (!parsed.ok) return parsed;
  if (parsed.entries.length === 0) return failure('empty-file', 0);
  if (parsed.entries.length > WORD_LIST_LIMITS.entries) return failure('too-many-entries', 0);
  return parsed;
}

/** The list as a text file parseWordList reads back to the same entries. */
export function formatWordList(entries: readonly WordListEntry[]): string {
  const header = '# Midad word list: preferred = variant1, variant2\n';
  return (
    header + entries.map((entry) => `${entry.preferred} = ${entry.variants.join(', ')}\n`).join('')
  );
}

function parseLines(text: string): WordListParse {
  const entries: ParsedEntry[] = [];
  const lines = text.split(/\r\n|\r|\n/u);
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const equals = line.indexOf('=');
    if (equals === -1) return failure('missing-equals', index + 1);
    const entry = checkedEntry(line.slice(0, equals), line.slice(equals + 1).split(/[,،]/u));
    if (typeof entry === 'string') return failure(entry, index + 1);
    entries.push(entry);
  }
  return { ok: true, entries };
}

function parseJson(text: string): WordListParse {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return failure('bad-json', 0);
  }
  // A settings export may wrap the list: { "wordList": [...] }.
  const list = isRecord(value) && !Array.isArray(value) ? value['wordList'] : value;
  if (!Array.isArray(list)) return failure('bad-json', 0);
  const entries: ParsedEntry[] = [];
  for (const [index, item] of list.entries()) {
    const preferred = isRecord(item) ? item['preferred'] : undefined;
    const variants = isRecord(item) ? item['variants'] : undefined;
    if (
      typeof preferred !== 'string' ||
      !Array.isArray(variants) ||
      !variants.every((v) => typeof v === 'string')
    ) {
      return failure('bad-json', index + 1);
    }
    const entry = checkedEntry(preferred, variants as string[]);
    if (typeof entry === 'string') return failure(entry, index + 1);
    entries.push(entry);
  }
  return { ok: true, entries };
}

function checkedEntry(
  preferredRaw: string,
  variantsRaw: readonly string[],
): ParsedEntry | WordListProblem {
  const preferred = preferredRaw.trim();
  const variants = variantsRaw.map((variant) => variant.trim()).filter((variant) => variant !== '');
  if (preferred === '') return 'empty-preferred';
  if (variants.length === 0) return 'no-variants';
  if (variants.length > WORD_LIST_LIMITS.variants) return 'too-many-variants';
  if ([preferred, ...variants].some((word) => word.length > WORD_LIST_LIMITS.length))
    return 'too-long';
  return { preferred, variants };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
