// Bytes written one at a time into a buffer that grows: the compacted postings, as varints.
export class ByteWriter {
  #bytes: Uint8Array;
  length = 0;
  constructor(capacity: number) {
    this.#bytes = new Uint8Array(Math.max(64, capacity));
  }
  byte(value: number): void {
    if (this.length === this.#bytes.length) this.#grow();
    this.#bytes[this.length] = value;
    this.length += 1;
  }
  varint(value: number): void {
    let rest = value;
    while (rest >= 0x80) {
      this.byte((rest & 0x7f) | 0x80);
      rest >>>= 7;
    }
    this.byte(rest);
  }
  bytes(): Uint8Array {
    return this.#bytes.slice(0, this.length);
  }
  #grow(): void {
    const grown = new Uint8Array(this.#bytes.length * 2);
    grown.set(this.#bytes);
    this.#bytes = grown;
  }
}
