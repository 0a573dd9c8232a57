// A .docx (Word, LibreOffice, Google Docs' download) into a new draft: mammoth reads it
// into plain HTML, its images are stored with the draft by hash, and the renderer cleans
// that HTML with the same rules as a paste and writes the body. Nothing is created for a
// file that is not a readable .docx.
import { MAX_DOCX_BYTES, type DocxImport } from '../../contract/index.ts';
import { ServiceError } from '../service-error.ts';
import type { DraftLibrary } from './draft-library.ts';
import type { MediaUpload } from './media/media-store.ts';

/**
 * Word stores its built-in styles under English names ("heading 1", "Title") whatever the
 * interface language; a document's own styles may carry Arabic ones. Heading 1–6 keep
 * mammoth's defaults (h1–h6); the renderer makes the highest level used h2, the rest h3.
 */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='العنوان'] => h1:fresh",
  "p[style-name='عنوان 1'] => h1:fresh",
  "p[style-name='عنوان 2'] => h2:fresh",
  "p[style-name='عنوان 3'] => h3:fresh",
  "p[style-name='Quote'] => blockquote:fresh",
  "p[style-name='Intense Quote'] => blockquote:fresh",
  "p[style-name='Quotations'] => blockquote:fresh", // LibreOffice
  "p[style-name='اقتباس'] => blockquote:fresh",
  "r[style-name='Strong'] => strong",
  "r[style-name='Strong Emphasis'] => strong", // LibreOffice
  "r[style-name='Emphasis'] => em",
];
const TITLE_STYLES = /^(title|العنوان)$/i;
const FIRST_HEADING_STYLES = /^(heading 1|عنوان 1)$/i;
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

export interface ConvertedDocx {
  /** The document's Title, or its first paragraph when that is a Heading 1: the article's headline. */
  headline: string;
  /** mammoth's HTML; each image is <img data-midad-docx-image="n"> for images[n]. */
  html: string;
  images: MediaUpload[];
}

/** mammoth's document tree, as far as this file reads it. */
interface DocxElement {
  type: string;
  styleName?: string | null;
  value?: string;
  children?: DocxElement[];
}

const textOf = (element: DocxElement): string =>
  element.type === 'text' ? (element.value ?? '') : (element.children ?? []).map(textOf).join('');

/** Takes the headline paragraph out of the body, where it would be said twice. */
function takeHeadline(document: DocxElement, found: { headline: string }): DocxElement {
  const blocks = document.children ?? [];
  const firstText = blocks.findIndex((block) => textOf(block).trim() !== '');
  let index = blocks.findIndex(
    (block) => block.type === 'paragraph' && TITLE_STYLES.test(block.styleName ?? ''),
  );
  if (index < 0 && firstText >= 0 && FIRST_HEADING_STYLES.test(blocks[firstText].styleName ?? ''))
    index = firstText;
  if (index >= 0) {
    found.headline = textOf(blocks[index]).replace(/\s+/g, ' ').trim().slice(0, 500);
    blocks.splice(index, 1);
  }
  return document;
}

function isZip(bytes: Uint8Array): boolean {
  return ZIP_SIGNATURE.every((byte, index) => bytes[index] === byte);
}

/** import.too_large past MAX_DOCX_BYTES; import.not_docx for anything mammoth cannot read as a Word document. */
export async function convertDocx(bytes: Uint8Array): Promise<ConvertedDocx> {
  if (bytes.length > MAX_DOCX_BYTES) throw new ServiceError('import.too_large');
  if (!isZip(bytes)) throw new ServiceError('import.not_docx');
  // Loaded on the first import, not at every start: mammoth and its zip reader were ~60 ms
  // of the web host's start (measured with --cpu-prof).
  const { default: mammoth } = await import('mammoth');
  const images: MediaUpload[] = [];
  const found = { headline: '' };
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      {
        styleMap: STYLE_MAP,
        // A linked picture would be read from this machine's disk or the network.
        externalFileAccess: false,
        transformDocument: (document: DocxElement) => takeHeadline(document, found),
        convertImage: mammoth.images.imgElement(async (image) => {
          const index = images.length;
          images.push({
            fileName: `image-${index + 1}`,
            mimeType: image.contentType,
            bytes: new Uint8Array(await image.readAsBuffer()),
          });
          return { src: '', 'data-midad-docx-image': String(index) } as { src: string };
        }),
      },
    );
    html = result.value;
  } catch (error) {
    throw new ServiceError('import.not_docx', undefined, { cause: error });
  }
  return { headline: found.headline, html, images };
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Converts first, so a bad file creates nothing; then the draft, then its images. The HTML
 * names each image by <img data-midad-hash data-file-name>; one the host refused has neither.
 */
export async function importDocx(library: DraftLibrary, bytes: Uint8Array): Promise<DocxImport> {
  const converted = await convertDocx(bytes);
  const blank = await library.create();
  const draft = converted.headline
    ? { ...blank, meta: { ...blank.meta, headline: converted.headline } }
    : blank;
  if (converted.headline) await library.save(draft.id, { meta: draft.meta, body: draft.body });
  const stored: string[] = [];
  for (const image of converted.images) {
    try {
      const info = await library.addMedia(draft.id, image);
      stored.push(
        `data-midad-hash="${info.hash}" data-file-name="${escapeAttribute(info.fileName)}"`,
      );
    } catch (error) {
      // A picture Word keeps as EMF or TIFF is not an image the article can hold: left out.
      if (!(error instanceof ServiceError && error.code.startsWith('media.'))) throw error;
      stored.push('');
    }
  }
  const html = converted.html.replace(
    /data-midad-docx-image="(\d+)"/g,
    (_, index: string) => stored[Number(index)] ?? '',
  );
  return { draft, html };
}
