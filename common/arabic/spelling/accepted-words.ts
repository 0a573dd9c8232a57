// The newsroom word list as the spellchecker reads it: every preferred form is a word the
// newsroom spells that way on purpose (names of people and places), so it is never flagged.
// The variants are left to the house-style check, which flags them with the preferred form:
// the spellchecker accepts them too, so one word never gets two underlines.
import type { WordListEntry } from '../house-style/options.ts';
import { spellingWords } from './words.ts';

/** The lookup forms (words.ts) of every word in the list's entries. */
export function acceptedKeys(wordList: readonly WordListEntry[]): Set<string> {
  const keys = new Set<string>();
  for (const entry of wordList)
    for (const phrase of [entry.preferred, ...entry.variants])
      for (const word of spellingWords(phrase)) keys.add(word.key);
  return keys;
}

/**
 * The entry "add to the word list" makes for a word: the word as its own only variant. The
 * list's schema wants a variant, and the house-style rule skips a variant equal to its
 * preferred form, so the entry only says "this spelling is ours".
 */
export function acceptedWordEntry(word: string): { preferred: string; variants: string[] } {
  return { preferred: word, variants: [word] };
}
