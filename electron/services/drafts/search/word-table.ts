// Words to numbers, looked up by where a word stands in a text: indexing a library scans
// millions of words, and a Map would need a copy of each to look it up; this one copies a
// word only to add it.

export const NOT_FOUND = -2;

export class WordTable {
  #slots = new Int32Array(1 << 12).fill(-1);
  readonly #words: string[] = [];
  readonly #hashes: number[] = [];
  readonly #values: number[] = [];

  get size(): number {
    return this.#words.length;
  }

  /** The number kept for text[start, end), or NOT_FOUND. */
  get(text: string, start: number, end: number, hash: number): number {
    const mask = this.#slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.#slots[slot];
      if (entry < 0) return NOT_FOUND;
      if (this.#hashes[entry] === hash && sameWord(this.#words[entry], text, start, end))
        return this.#values[entry];
    }
  }

  /** Keeps `value` for `word`, which is not in the table yet. */
  set(word: string, hash: number, value: number): void {
    if ((this.#words.length + 1) * 2 > this.#slots.length) this.#grow();
    const entry = this.#words.length;
    this.#words.push(word);
    this.#hashes.push(hash);
    this.#values.push(value);
    this.#place(entry);
  }

  #place(entry: number): void {
    const mask = this.#slots.length - 1;
    let slot = this.#hashes[entry] & mask;
    while (this.#slots[slot] >= 0) slot = (slot + 1) & mask;
    this.#slots[slot] = entry;
  }

  #grow(): void {
    this.#slots = new Int32Array(this.#slots.length * 2).fill(-1);
    for (let entry = 0; entry < this.#words.length; entry += 1) this.#place(entry);
  }
}

function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let index = 0; index < word.length; index += 1)
    if (word.charCodeAt(index) !== text.charCodeAt(start + index)) return false;
  return true;
}
