// A draft as a Word document (.docx) with the `docx` library: the headline in the Title
// style, kicker and byline in styles of their own, then the body with real Word headings,
// numbering, hyperlinks, a Quote style, tables and the draft's images. Every paragraph is
// bidirectional and every run right-to-left with Noto Naskh Arabic as its complex-script
// font, so Word and LibreOffice lay Arabic out right without the reader changing anything.
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
  type Table,
  type ILevelsOptions,
  type NumberingDefinition,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { docxTable } from './docx-table.ts';
import type { ArticleMeta } from '../../contract/index.ts';
import {
  articleBlocks,
  type ArticleBlock,
  type InlineRun,
  type ListBlock,
} from '../../../common/document/article-blocks.ts';
import type { TextDirection } from '../../../common/wordpress/lexical-json.ts';

export const ARTICLE_FONT = 'Noto Naskh Arabic';
const LANGUAGE = 'ar-SA';
const BULLETS = 'midad-bullets';
const NUMBERS = 'midad-numbers';
/** The text column of an A4 page with 2.5 cm margins, in the 96-to-the-inch pixels docx sizes images in. */
const COLUMN_PX = 600;

/** A stored image as the .docx takes it; WebP has no place in Word and is left out with its caption kept. */
export interface DocxImage {
  bytes: Uint8Array;
  mimeType: string;
  width?: number;
  height?: number;
}

export interface DocxArticle {
  meta: ArticleMeta;
  body: unknown;
}

export async function articleDocx(
  article: DocxArticle,
  images: ReadonlyMap<string, DocxImage> = new Map(),
): Promise<Uint8Array> {
  const { meta } = article;
  const writer = new BodyWriter(images, meta.direction);
  const header = [
    meta.kicker && paragraph(meta.kicker, { style: 'Kicker' }, meta.direction),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      bidirectional: meta.direction === 'rtl',
      children: [run(meta.headline, {}, meta.direction)],
    }),
    meta.excerpt && paragraph(meta.excerpt, { style: 'Excerpt' }, meta.direction),
    meta.byline && paragraph(meta.byline, { style: 'Byline' }, meta.direction),
  ].filter((part): part is Paragraph => part instanceof Paragraph);
  const document = new Document({
    title: meta.headline,
    creator: meta.byline || 'Midad',
    styles: documentStyles(),
    numbering: {
      config: [
        { reference: BULLETS, levels: listLevels(false) },
        { reference: NUMBERS, levels: listLevels(true) },
      ],
    },
    sections: [
      {
        children: [
          ...header,
          ...articleBlocks(article.body, meta.direction).flatMap((block) => writer.block(block)),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

class BodyWriter {
  readonly #images: ReadonlyMap<string, DocxImage>;
  readonly #base: TextDirection;
  /** Each numbered list is a Word list instance of its own, so it counts from its own start. */
  #listInstances = 0;

  constructor(images: ReadonlyMap<string, DocxImage>, base: TextDirection) {
    this.#images = images;
    this.#base = base;
  }

  block(block: ArticleBlock): (Paragraph | Table)[] {
    switch (block.kind) {
      case 'paragraph':
        return [
          new Paragraph({
            bidirectional: block.direction === 'rtl',
            children: runs(block.runs, block.direction),
          }),
        ];
      case 'heading':
        return [
          new Paragraph({
            heading: block.level <= 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
            bidirectional: block.direction === 'rtl',
            children: runs(block.runs, block.direction),
          }),
        ];
      case 'quote':
        return block.lines.map(
          (line) =>
            new Paragraph({
              style: 'Quote',
              bidirectional: block.direction === 'rtl',
              children: runs(line, block.direction),
            }),
        );
      case 'list':
        return this.#list(block, 0);
      case 'image':
        return this.#image(block.image.hash, block.image.alt, block.image.caption);
      case 'separator':
        return [
          new Paragraph({
            bidirectional: this.#base === 'rtl',
            alignment: AlignmentType.CENTER,
            children: [run('* * *', {}, this.#base)],
          }),
        ];
      case 'table':
        return [docxTable(block, runs)];
    }
  }

  #list(list: ListBlock, level: number): Paragraph[] {
    const instance = ++this.#listInstances;
    return list.items.flatMap((item) => [
      new Paragraph({
        bidirectional: item.direction === 'rtl',
        numbering: { reference: numberingOf(list, level), level: Math.min(level, 8), instance },
        children: runs(item.runs, item.direction),
      }),
      ...item.lists.flatMap((nested) => this.#list(nested, level + 1)),
    ]);
  }

  #image(hash: string | undefined, alt: string, caption: string): Paragraph[] {
    const image = hash === undefined ? undefined : this.#images.get(hash);
    const type = image && imageType(image.mimeType);
    const rtl = this.#base === 'rtl';
    const parts: Paragraph[] = [];
    if (image && type) {
      const { width, height } = fitToColumn(image.width, image.height);
      parts.push(
        new Paragraph({
          bidirectional: rtl,
          alignment: AlignmentType.CENTER,
          children: [
            new ImageRun({
              type,
              data: image.bytes,
              transformation: { width, height },
              altText: { name: alt || 'image', description: alt },
            }),
          ],
        }),
      );
    }
    if (caption.trim() !== '') parts.push(paragraph(caption, { style: 'Caption' }, this.#base));
    return parts;
  }
}

function runs(
  inline: readonly InlineRun[],
  direction: TextDirection,
  marks: IRunOptions = {},
): ParagraphChild[] {
  return inline.flatMap((part): ParagraphChild[] => {
    if (part.kind === 'break') return [new TextRun({ break: 1, rightToLeft: direction === 'rtl' })];
    if (part.kind === 'link') {
      return [
        new ExternalHyperlink({
          link: part.url,
          children: runs(part.runs, direction, { ...marks, style: 'Hyperlink' }),
        }),
      ];
    }
    const { bold, italic, underline, strikethrough, code } = part.marks;
    return [
      run(
        part.text,
        {
          ...marks,
          ...(bold ? { bold: true, boldComplexScript: true } : {}),
          ...(italic ? { italics: true, italicsComplexScript: true } : {}),
          ...(underline ? { underline: {} } : {}),
          ...(strikethrough ? { strike: true } : {}),
          ...(code
            ? { font: { ascii: 'Courier New', hAnsi: 'Courier New', cs: ARTICLE_FONT } }
            : {}),
        },
        direction,
      ),
    ];
  });
}

function run(text: string, options: IRunOptions, direction: TextDirection): TextRun {
  return new TextRun({ ...options, text, rightToLeft: direction === 'rtl' });
}

function paragraph(text: string, options: { style: string }, direction: TextDirection): Paragraph {
  return new Paragraph({
    ...options,
    bidirectional: direction === 'rtl',
    children: [run(text, {}, direction)],
  });
}

function documentStyles() {
  const font = {
    ascii: ARTICLE_FONT,
    hAnsi: ARTICLE_FONT,
    cs: ARTICLE_FONT,
    eastAsia: ARTICLE_FONT,
  };
  // Sizes in half points; the complex-script size is what Arabic text is set in.
  const sized = (halfPoints: number) => ({ size: halfPoints, sizeComplexScript: halfPoints });
  return {
    default: {
      document: {
        run: {
          font,
          ...sized(24),
          rightToLeft: true,
          language: { value: LANGUAGE, bidirectional: LANGUAGE },
        },
        paragraph: { spacing: { after: 160, line: 300 } },
      },
      title: {
        run: { font, ...sized(48), bold: true, boldComplexScript: true },
        paragraph: { spacing: { after: 120 } },
      },
      heading2: {
        run: { font, ...sized(32), bold: true, boldComplexScript: true },
        paragraph: { spacing: { before: 240, after: 120 } },
      },
      heading3: {
        run: { font, ...sized(28), bold: true, boldComplexScript: true },
        paragraph: { spacing: { before: 200, after: 100 } },
      },
      hyperlink: { run: { color: '1F4E79', underline: {} } },
    },
    paragraphStyles: [
      {
        id: 'Kicker',
        name: 'Kicker',
        basedOn: 'Normal',
        next: 'Normal',
        run: { font, ...sized(26), color: '8B1A1A', bold: true, boldComplexScript: true },
      },
      {
        id: 'Excerpt',
        name: 'Excerpt',
        basedOn: 'Normal',
        next: 'Normal',
        run: { font, ...sized(28), color: '444444' },
      },
      {
        id: 'Byline',
        name: 'Byline',
        basedOn: 'Normal',
        next: 'Normal',
        run: { font, ...sized(22), color: '555555' },
        paragraph: { spacing: { after: 320 } },
      },
      {
        id: 'Quote',
        name: 'Quote',
        basedOn: 'Normal',
        next: 'Normal',
        run: { font, italics: true, italicsComplexScript: true, color: '333333' },
        paragraph: { indent: { start: 720, end: 720 } },
      },
      {
        id: 'Caption',
        name: 'Caption',
        basedOn: 'Normal',
        next: 'Normal',
        run: { font, ...sized(20), color: '555555' },
        paragraph: { alignment: AlignmentType.CENTER },
      },
    ],
  };
}

/** A numbered list that starts past 1 (a list carried on after a paragraph) gets a definition of its own that starts there. */
function numberingOf(list: ListBlock, level: number): string | NumberingDefinition {
  if (!list.ordered) return BULLETS;
  if (list.start === 1 || level > 8) return NUMBERS;
  const levels = listLevels(true).map((options) =>
    options.level === level ? { ...options, start: list.start } : options,
  );
  return { reference: `${NUMBERS}-${level}-from-${list.start}`, levels };
}

/** Nine levels, as Word wants: indented from the start side, so lists sit on the right in Arabic. */
function listLevels(ordered: boolean): ILevelsOptions[] {
  const bullets = ['•', '◦', '▪'];
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format: ordered ? LevelFormat.DECIMAL : LevelFormat.BULLET,
    text: ordered ? `%${level + 1}.` : bullets[level % bullets.length],
    alignment: AlignmentType.START,
    style: { paragraph: { indent: { start: 720 * (level + 1), hanging: 360 } } },
  }));
}

function imageType(mimeType: string): 'jpg' | 'png' | 'gif' | null {
  if (mimeType === 'image/jpeg') return 'jpg';
  if (mimeType === 'image/png') return 'png';
  if (mimeType === 'image/gif') return 'gif';
  return null;
}

function fitToColumn(
  width = COLUMN_PX,
  height = Math.round(COLUMN_PX * 0.66),
): { width: number; height: number } {
  const scale = Math.min(1, COLUMN_PX / width);
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}
