// Suggestion marks (track changes): inline elements around the text a reviewer proposed to
// insert, to delete, or to format differently, each with its id, author and time. They are
// their own node types, not @lexical/mark's MarkNode, which the review comments use: a
// suggestion changes what is published, a comment never does. A formatting change is an
// element too (it keeps the format the text had before) rather than NodeState on the text,
// so the three kinds list, accept and reject the same way and the serializers in
// common/review/suggestion-json.ts read them from the JSON alone.
import {
  $applyNodeReplacement,
  $copyNode,
  ElementNode,
  type DOMExportOutput,
  type EditorConfig,
  type LexicalNode,
  type NodeKey,
  type RangeSelection,
  type SerializedElementNode,
  type SerializedPartial,
  type Spread,
} from 'lexical';
import {
  SUGGESTION_DELETE,
  SUGGESTION_FORMAT,
  SUGGESTION_INSERT,
} from '../../../common/review/suggestion-json.ts';

export type SuggestionKind = 'insert' | 'delete' | 'format';

export interface SuggestionMeta {
  id: string;
  /** The reviewer's display name. */
  author: string;
  /** When it was suggested (ISO 8601). */
  time: string;
}

export type SerializedSuggestionNode = Spread<
  SuggestionMeta & { before?: number },
  SerializedElementNode
>;

const stringOf = (value: unknown): string => (typeof value === 'string' ? value : '');

/** What the three marks share; the subclasses differ by type, tag and how they resolve. */
abstract class SuggestionNode extends ElementNode {
  __id: string;
  __author: string;
  __time: string;

  constructor(meta: SuggestionMeta = { id: '', author: '', time: '' }, key?: NodeKey) {
    super(key);
    this.__id = meta.id;
    this.__author = meta.author;
    this.__time = meta.time;
  }

  abstract getKind(): SuggestionKind;
  protected abstract tagName(): string;

  getMeta(): SuggestionMeta {
    const latest = this.getLatest();
    return { id: latest.__id, author: latest.__author, time: latest.__time };
  }

  override updateFromJSON(json: SerializedPartial<SerializedSuggestionNode>): this {
    const writable = super.updateFromJSON(json).getWritable();
    writable.__id = stringOf(json.id);
    writable.__author = stringOf(json.author);
    writable.__time = stringOf(json.time);
    return writable;
  }

  override exportJSON(): SerializedSuggestionNode {
    return { ...super.exportJSON(), ...this.getMeta() };
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const element = document.createElement(this.tagName());
    const className = (config.theme.suggestion as Record<string, string> | undefined)?.[
      this.getKind()
    ];
    if (className) element.className = className;
    element.dataset.suggestionId = this.__id;
    element.title = this.__author;
    return element;
  }

  override updateDOM(previous: this): boolean {
    return previous.__id !== this.__id || previous.__author !== this.__author;
  }

  override exportDOM(): DOMExportOutput {
    // Copied out of the editor, a suggestion is plain text: marks only mean something here.
    return { element: null };
  }

  override isInline(): true {
    return true;
  }

  override canBeEmpty(): false {
    return false;
  }

  // A paragraph split inside a suggestion (Enter) keeps both halves marked, one suggestion
  // (same id, author and time) on either side of the break, as @lexical/mark's MarkNode does.
  override insertNewAfter(_selection: RangeSelection, restoreSelection = true): ElementNode {
    const twin = $copyNode(this);
    this.insertAfter(twin, restoreSelection);
    return twin;
  }

  // Typing at a mark's edge goes beside it: the suggesting plugin decides what joins a mark.
  override canInsertTextBefore(): false {
    return false;
  }

  override canInsertTextAfter(): false {
    return false;
  }
}

export class SuggestionInsertNode extends SuggestionNode {
  static override getType(): string {
    return SUGGESTION_INSERT;
  }

  static override clone(node: SuggestionInsertNode): SuggestionInsertNode {
    return new SuggestionInsertNode(node.getMeta(), node.__key);
  }

  static override importJSON(
    json: SerializedPartial<SerializedSuggestionNode>,
  ): SuggestionInsertNode {
    return $createSuggestionInsertNode({ id: '', author: '', time: '' }).updateFromJSON(json);
  }

  getKind(): SuggestionKind {
    return 'insert';
  }

  protected tagName(): string {
    return 'ins';
  }
}

export class SuggestionDeleteNode extends SuggestionNode {
  static override getType(): string {
    return SUGGESTION_DELETE;
  }

  static override clone(node: SuggestionDeleteNode): SuggestionDeleteNode {
    return new SuggestionDeleteNode(node.getMeta(), node.__key);
  }

  static override importJSON(
    json: SerializedPartial<SerializedSuggestionNode>,
  ): SuggestionDeleteNode {
    return $createSuggestionDeleteNode({ id: '', author: '', time: '' }).updateFromJSON(json);
  }

  getKind(): SuggestionKind {
    return 'delete';
  }

  protected tagName(): string {
    return 'del';
  }
}

export class SuggestionFormatNode extends SuggestionNode {
  /** The text format bits (bold, italic…) the text had before the suggested change. */
  __before: number;

  constructor(meta?: SuggestionMeta, before = 0, key?: NodeKey) {
    super(meta, key);
    this.__before = before;
  }

  static override getType(): string {
    return SUGGESTION_FORMAT;
  }

  static override clone(node: SuggestionFormatNode): SuggestionFormatNode {
    return new SuggestionFormatNode(node.getMeta(), node.__before, node.__key);
  }

  static override importJSON(
    json: SerializedPartial<SerializedSuggestionNode>,
  ): SuggestionFormatNode {
    return $createSuggestionFormatNode({ id: '', author: '', time: '' }, 0).updateFromJSON(json);
  }

  override updateFromJSON(json: SerializedPartial<SerializedSuggestionNode>): this {
    const writable = super.updateFromJSON(json);
    writable.__before =
      typeof json.before === 'number' && Number.isSafeInteger(json.before) ? json.before : 0;
    return writable;
  }

  override exportJSON(): SerializedSuggestionNode {
    return { ...super.exportJSON(), before: this.getBefore() };
  }

  getBefore(): number {
    return this.getLatest().__before;
  }

  getKind(): SuggestionKind {
    return 'format';
  }

  protected tagName(): string {
    return 'span';
  }
}

export type AnySuggestionNode = SuggestionInsertNode | SuggestionDeleteNode | SuggestionFormatNode;

export const SUGGESTION_NODES = [SuggestionInsertNode, SuggestionDeleteNode, SuggestionFormatNode];

export function $createSuggestionInsertNode(meta: SuggestionMeta): SuggestionInsertNode {
  return $applyNodeReplacement(new SuggestionInsertNode(meta));
}

export function $createSuggestionDeleteNode(meta: SuggestionMeta): SuggestionDeleteNode {
  return $applyNodeReplacement(new SuggestionDeleteNode(meta));
}

export function $createSuggestionFormatNode(
  meta: SuggestionMeta,
  before: number,
): SuggestionFormatNode {
  return $applyNodeReplacement(new SuggestionFormatNode(meta, before));
}

export function $isSuggestionNode(node: LexicalNode | null | undefined): node is AnySuggestionNode {
  return node instanceof SuggestionNode;
}

export function $isSuggestionInsertNode(
  node: LexicalNode | null | undefined,
): node is SuggestionInsertNode {
  return node instanceof SuggestionInsertNode;
}

export function $isSuggestionDeleteNode(
  node: LexicalNode | null | undefined,
): node is SuggestionDeleteNode {
  return node instanceof SuggestionDeleteNode;
}

export function $isSuggestionFormatNode(
  node: LexicalNode | null | undefined,
): node is SuggestionFormatNode {
  return node instanceof SuggestionFormatNode;
}
