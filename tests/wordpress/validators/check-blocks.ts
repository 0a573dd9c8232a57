// The checks every piece of markup must pass in a WordPress block validator: each block,
// inner blocks too, is a known block (not core/freeform or core/missing), parses as valid,
// and is still valid when validated again against its own save output, so that a block
// accepted only through a `deprecated` save (which the editor silently rewrites) fails.
import type { LoadedWordPress, ParsedBlock } from './block-api.ts';

const FALLBACK_BLOCKS = new Set(['core/freeform', 'core/missing']);

export interface CheckOptions {
  /** The HTML a block's save must reproduce, when it is not the block's own (known differences). */
  expectedContent?: (block: ParsedBlock) => string;
}

/** One line per problem; empty when WordPress takes every block as it is. */
export function blockProblems(
  wordpress: LoadedWordPress,
  markup: string,
  options: CheckOptions = {},
): string[] {
  wordpress.drainLog();
  const problems: string[] = [];
  const visit = (block: ParsedBlock, where: string) => {
    const at = `${where}${block.name}`;
    if (FALLBACK_BLOCKS.has(block.name))
      problems.push(
        `${at}: not a block WordPress knows (${JSON.stringify(block.originalContent)})`,
      );
    else {
      if (!block.isValid) problems.push(`${at}: invalid`);
      const blockType = wordpress.blocks.getBlockType(block.name);
      const expected = options.expectedContent?.(block) ?? block.originalContent;
      const [valid] = blockType
        ? wordpress.blocks.validateBlock({ ...block, originalContent: expected }, blockType)
        : [false];
      if (block.isValid && !valid)
        problems.push(`${at}: valid only through a deprecated save or a fix`);
    }
    block.innerBlocks.forEach((inner, index) => visit(inner, `${at} > [${index}] `));
  };
  wordpress.blocks.parse(markup).forEach((block, index) => visit(block, `[${index}] `));
  if (problems.length > 0)
    problems.push(...wordpress.drainLog().map((line) => `  log: ${line.slice(0, 2000)}`));
  return problems;
}

/** The block names in document order, inner blocks after their parent. */
export function blockNames(wordpress: LoadedWordPress, markup: string): string[] {
  const names: string[] = [];
  const visit = (block: ParsedBlock) => {
    names.push(block.name);
    block.innerBlocks.forEach(visit);
  };
  wordpress.blocks.parse(markup).forEach(visit);
  return names;
}
