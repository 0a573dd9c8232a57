// What the validator tests use of WordPress's block API (`wp.blocks`), the same in 6.1's
// bundles and in the current npm package.

export interface ParsedBlock {
  name: string;
  isValid: boolean;
  attributes: Record<string, unknown>;
  innerBlocks: ParsedBlock[];
  originalContent: string;
}

export interface BlockType {
  name: string;
}

export interface WordPressBlocks {
  parse(html: string): ParsedBlock[];
  serialize(blocks: ParsedBlock[]): string;
  getBlockType(name: string): BlockType | undefined;
  /** [valid, log]: the block's save output for its attributes against its original HTML. */
  validateBlock(block: ParsedBlock, blockType: BlockType): [boolean, unknown[]];
}

export interface LoadedWordPress {
  version: string;
  blocks: WordPressBlocks;
  /** What WordPress logged while loading and parsing; tests print it when a block fails. */
  drainLog(): string[];
}

/** jsdom has no matchMedia; WordPress's viewport store asks for one when it loads. */
export function matchMediaStub() {
  return () => ({
    matches: false,
    media: '',
    onchange: null,
    addListener() {},
    removeListener() {},
    addEventListener() {},
    removeEventListener() {},
    dispatchEvent: () => false,
  });
}
