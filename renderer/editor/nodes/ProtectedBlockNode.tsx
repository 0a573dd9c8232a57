// A block of the post on the site that Midad does not write itself (gallery, embed, columns,
// classic content, a plugin's block, or a known block, a table among them, whose markup Midad
// would not reproduce byte for byte). Its JSON ({ type: 'protected-block', blockName, source }) is
// made by common/wordpress/block-import.ts and written back by toWordPressBlocks as the
// exact `source`, so keeping it unchanged here keeps it unchanged on the site.
import type { JSX } from 'react';
import {
  $applyNodeReplacement,
  DecoratorNode,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import { ProtectedBlockCard } from './ProtectedBlockCard.tsx';

export type SerializedProtectedBlockNode = Spread<
  { blockName: string; source: string },
  SerializedLexicalNode
>;

export class ProtectedBlockNode extends DecoratorNode<JSX.Element> {
  __blockName: string;
  __source: string;

  static override getType(): string {
    return 'protected-block';
  }

  static override clone(node: ProtectedBlockNode): ProtectedBlockNode {
    return new ProtectedBlockNode(node.__blockName, node.__source, node.__key);
  }

  constructor(blockName = '', source = '', key?: NodeKey) {
    super(key);
    this.__blockName = blockName;
    this.__source = source;
  }

  static override importJSON(json: SerializedProtectedBlockNode): ProtectedBlockNode {
    return $createProtectedBlockNode('', '').updateFromJSON(json);
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedProtectedBlockNode>): this {
    const writable = super.updateFromJSON(json).getWritable();
    writable.__blockName = typeof json.blockName === 'string' ? json.blockName : '';
    writable.__source = typeof json.source === 'string' ? json.source : '';
    return writable;
  }

  override exportJSON(): SerializedProtectedBlockNode {
    return { ...super.exportJSON(), blockName: this.__blockName, source: this.__source };
  }

  override createDOM(): HTMLElement {
    const element = document.createElement('div');
    element.className = 'editor-protected-block';
    element.contentEditable = 'false';
    return element;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): false {
    return false;
  }

  /** The text is the site's, not the writer's: it stays out of word counts and spelling. */
  override getTextContent(): string {
    return '';
  }

  getSource(): string {
    return this.getLatest().__source;
  }

  override decorate(): JSX.Element {
    return (
      <ProtectedBlockCard
        nodeKey={this.getKey()}
        blockName={this.__blockName}
        source={this.__source}
      />
    );
  }
}

export function $createProtectedBlockNode(blockName: string, source: string): ProtectedBlockNode {
  return $applyNodeReplacement(new ProtectedBlockNode(blockName, source));
}

export function $isProtectedBlockNode(
  node: LexicalNode | null | undefined,
): node is ProtectedBlockNode {
  return node instanceof ProtectedBlockNode;
}
