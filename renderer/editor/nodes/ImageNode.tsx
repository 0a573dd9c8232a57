// An image of the article: a figure with the picture, its alt text and its caption, both
// editable in place (plain text, Arabic first). The file lives in the draft's folder and
// the node names it by content hash; publishing points it at the upload. Its JSON
// ({ type: 'image', hash, fileName, alt, caption, width?, height? }) is what
// common/wordpress reads to write the wp:image block.
import type { JSX } from 'react';
import {
  $applyNodeReplacement,
  $getNodeByKey,
  DecoratorNode,
  type DOMConversionMap,
  type DOMConversionOutput,
  type DOMExportOutput,
  type LexicalEditor,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import { ImageFigure } from './ImageFigure.tsx';

export interface ImagePayload {
  hash: string;
  fileName: string;
  alt?: string;
  caption?: string;
  width?: number;
  height?: number;
}

export type SerializedImageNode = Spread<
  { hash: string; fileName: string; alt: string; caption: string; width?: number; height?: number },
  SerializedLexicalNode
>;

const HASH = /^[0-9a-f]{64}$/;
const positive = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : undefined;

export class ImageNode extends DecoratorNode<JSX.Element> {
  __hash: string;
  __fileName: string;
  __alt: string;
  __caption: string;
  __width: number | undefined;
  __height: number | undefined;

  static override getType(): string {
    return 'image';
  }

  static override clone(node: ImageNode): ImageNode {
    const {
      __hash: hash,
      __fileName: fileName,
      __alt: alt,
      __caption: caption,
      __width: width,
      __height: height,
    } = node;
    return new ImageNode({ hash, fileName, alt, caption, width, height }, node.__key);
  }

  constructor(payload: ImagePayload = { hash: '', fileName: '' }, key?: NodeKey) {
    super(key);
    this.__hash = payload.hash;
    this.__fileName = payload.fileName;
    this.__alt = payload.alt ?? '';
    this.__caption = payload.caption ?? '';
    this.__width = positive(payload.width);
    this.__height = positive(payload.height);
  }

  static override importJSON(json: SerializedImageNode): ImageNode {
    return $createImageNode({ hash: '', fileName: '' }).updateFromJSON(json);
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedImageNode>): this {
    const writable = super.updateFromJSON(json).getWritable();
    writable.__hash = typeof json.hash === 'string' && HASH.test(json.hash) ? json.hash : '';
    writable.__fileName = typeof json.fileName === 'string' ? json.fileName : '';
    writable.__alt = typeof json.alt === 'string' ? json.alt : '';
    writable.__caption = typeof json.caption === 'string' ? json.caption : '';
    writable.__width = positive(json.width);
    writable.__height = positive(json.height);
    return writable;
  }

  override exportJSON(): SerializedImageNode {
    return {
      ...super.exportJSON(),
      hash: this.__hash,
      fileName: this.__fileName,
      alt: this.__alt,
      caption: this.__caption,
      ...(this.__width === undefined ? {} : { width: this.__width }),
      ...(this.__height === undefined ? {} : { height: this.__height }),
    };
  }

  /** Only Midad's own figures: an image from another page has no file in this draft. */
  static override importDOM(): DOMConversionMap {
    return {
      figure: (element) =>
        element.hasAttribute('data-midad-image')
          ? { conversion: convertFigure, priority: 2 }
          : null,
      img: (element) =>
        element.hasAttribute('data-midad-hash') ? { conversion: convertImg, priority: 2 } : null,
    };
  }

  override exportDOM(editor: LexicalEditor): DOMExportOutput {
    const figure = document.createElement('figure');
    figure.setAttribute('data-midad-image', '');
    const img = document.createElement('img');
    const shown = editor.getElementByKey(this.getKey())?.querySelector('img');
    if (shown) img.setAttribute('src', shown.getAttribute('src') ?? '');
    img.setAttribute('alt', this.__alt);
    img.setAttribute('data-midad-hash', this.__hash);
    img.setAttribute('data-file-name', this.__fileName);
    if (this.__width !== undefined) img.setAttribute('width', String(this.__width));
    if (this.__height !== undefined) img.setAttribute('height', String(this.__height));
    figure.append(img);
    if (this.__caption !== '') {
      const caption = document.createElement('figcaption');
      caption.textContent = this.__caption;
      figure.append(caption);
    }
    return { element: figure };
  }

  override createDOM(): HTMLElement {
    const element = document.createElement('div');
    element.className = 'editor-image';
    element.contentEditable = 'false';
    return element;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): false {
    return false;
  }

  getHash(): string {
    return this.getLatest().__hash;
  }

  setAlt(alt: string): this {
    const writable = this.getWritable();
    writable.__alt = alt;
    return writable;
  }

  getCaption(): string {
    return this.getLatest().__caption;
  }

  setCaption(caption: string): this {
    const writable = this.getWritable();
    writable.__caption = caption;
    return writable;
  }

  override decorate(editor: LexicalEditor): JSX.Element {
    const key = this.getKey();
    const edit = (patch: { alt?: string; caption?: string }) =>
      editor.update(() => {
        const node = $getNodeByKey(key);
        if (!$isImageNode(node)) return;
        if (patch.alt !== undefined) node.setAlt(patch.alt);
        if (patch.caption !== undefined) node.setCaption(patch.caption);
      });
    return (
      <ImageFigure
        nodeKey={this.getKey()}
        hash={this.__hash}
        fileName={this.__fileName}
        alt={this.__alt}
        caption={this.__caption}
        width={this.__width}
        height={this.__height}
        onEdit={edit}
      />
    );
  }
}

function payloadOfImg(img: HTMLImageElement): ImagePayload | null {
  const hash = img.getAttribute('data-midad-hash') ?? '';
  if (!HASH.test(hash)) return null;
  return {
    hash,
    fileName: img.getAttribute('data-file-name') ?? '',
    alt: img.getAttribute('alt') ?? '',
    width: positive(Number(img.getAttribute('width'))),
    height: positive(Number(img.getAttribute('height'))),
    // The .docx import's caption paragraph, moved onto its picture.
    caption: (img.getAttribute('data-caption') ?? '').replace(/\s+/g, ' ').trim(),
  };
}

function convertImg(element: HTMLElement): DOMConversionOutput {
  const payload = payloadOfImg(element as HTMLImageElement);
  return { node: payload ? $createImageNode(payload) : null };
}

function convertFigure(element: HTMLElement): DOMConversionOutput {
  const img = element.querySelector('img');
  const payload = img ? payloadOfImg(img) : null;
  if (!payload) return { node: null };
  const caption = element.querySelector('figcaption')?.textContent ?? '';
  // The figure's content is the image and its caption, both now in the node.
  return { node: $createImageNode({ ...payload, caption }), forChild: () => null };
}

export function $createImageNode(payload: ImagePayload): ImageNode {
  return $applyNodeReplacement(new ImageNode(payload));
}

export function $isImageNode(node: LexicalNode | null | undefined): node is ImageNode {
  return node instanceof ImageNode;
}
