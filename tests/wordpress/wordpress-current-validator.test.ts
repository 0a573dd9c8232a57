// The current WordPress block validator (npm @wordpress/blocks 16.1.0, block-library 11.0.0)
// on every block the serializer writes. One known difference, recorded here: current
// WordPress saves headings and lists with the wp-block-heading / wp-block-list class that
// 6.1 does not write, and a table with hasFixedLayout written out (its default became true);
// it upgrades 6.1's form through the blocks' deprecations. Midad writes
// 6.1's form (the site it publishes to), so here the save must match our markup plus
// that class, and nothing else.
import type { ParsedBlock } from './validators/block-api.ts';
import { describeValidator } from './validators/validator-suite.ts';
import { loadCurrentWordPress } from './validators/wordpress-current.ts';

const DEFAULT_CLASSES: Record<string, string> = {
  'core/heading': 'wp-block-heading',
  'core/list': 'wp-block-list',
};

/** The block's original HTML with the class current WordPress adds to its first tag. */
function withCurrentClass(block: ParsedBlock): string {
  const className = DEFAULT_CLASSES[block.name];
  return className
    ? block.originalContent.replace(/^(\s*<[a-z0-9]+)([^>]*)>/, `$1$2 class="${className}">`)
    : block.originalContent;
}

/** Whole markup: the same class on every heading and list element right after its comment, the table's old default said. */
function withCurrentClasses(markup: string): string {
  return markup
    .replace(/<!-- wp:table -->/g, '<!-- wp:table {"hasFixedLayout":false} -->')
    .replace(/(<!-- wp:heading[^>]*-->\n<h[1-6])>/g, '$1 class="wp-block-heading">')
    .replace(
      /(<!-- wp:list(?: [^>]*)? -->\n<[ou]l(?: start="-?\d+")?)>/g,
      '$1 class="wp-block-list">',
    );
}

describeValidator({
  title: 'Current WordPress block validator',
  load: loadCurrentWordPress,
  check: { expectedContent: withCurrentClass },
  resaved: withCurrentClasses,
});
