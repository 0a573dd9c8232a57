// A .docx (Word, LibreOffice, Google Docs' download) into a new draft: mammoth reads it
// into plain HTML, its images are stored with the draft by hash, and the renderer cleans
// that HTML with the same rules as a paste and writes the body (tables and notes kept). What
// mammoth does not read (directions, shapes) comes from the XML (./docx). Nothing is created
// for a file that is not a readable .docx.
import { MAX_DOCX_BYTES, type DocxImport, type DocxImportReport } from '../../contract/index.ts';
import { ServiceError } from '../service-error.ts';
import { applyDirectionMarks, shapeDocument, type DocxElement } from './docx/document-tree.ts';
import { STYLE_MAP } from './docx/style-names.ts';
import { readWordXml, type WordXmlFacts } from './docx/word-xml.ts';
import { checkZipLimits } from './docx/zip-limits.ts';
import type { DraftLibrary } from './draft-library.ts';
import type { MediaUpload } from './media/media-store.ts';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** A part of the document larger than this is not read for directions and shapes. */
const MAX_XML_PART_CHARS = 64 * 1024 * 1024;

export interface ConvertedDocx {
  /** The document's Title, or its first paragraph when that is a Heading 1: the article's headline. */
  headline: string;
  /** mammoth's HTML; each image is <img data-midad-docx-image="n"> for images[n]. */
  html: string;
  images: MediaUpload[];
  /** What was changed or left out, but for the images the draft could not hold (known once stored). */
  report: DocxImportReport;
}

/** Direction and left-out things from the XML; nothing (directions unknown) for a part that cannot be read. */
async function readFacts(bytes: Uint8Array): Promise<WordXmlFacts> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(bytes);
  const part = async (name: string) => {
    const text = (await zip.file(name)?.async('string')) ?? '';
    return text.length > MAX_XML_PART_CHARS ? '' : text;
  };
  return readWordXml(await part('word/document.xml'), await part('word/styles.xml'));
}

function isZip(bytes: Uint8Array): boolean {
  return ZIP_SIGNATURE.every((byte, index) => bytes[index] === byte);
}

/** import.too_large past MAX_DOCX_BYTES; import.not_docx for anything mammoth cannot read as a Word document. */
export async function convertDocx(bytes: Uint8Array): Promise<ConvertedDocx> {
  if (bytes.length > MAX_DOCX_BYTES) throw new ServiceError('import.too_large');
  if (!isZip(bytes)) throw new ServiceError('import.not_docx');
  checkZipLimits(bytes);
  // Loaded on the first import, not at every start: mammoth and its zip reader were ~60 ms
  // of the web host's start (measured with --cpu-prof).
  const { default: mammoth } = await import('mammoth');
  const images: MediaUpload[] = [];
  const shaped: { result?: ReturnType<typeof shapeDocument> } = {};
  let html: string;
  let facts: WordXmlFacts;
  try {
    facts = await readFacts(bytes);
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      {
        styleMap: STYLE_MAP,
        // A linked picture would be read from this machine's disk or the network.
        externalFileAccess: false,
        transformDocument: (document: DocxElement) => {
          shaped.result = shapeDocument(document, facts.paragraphDirections);
          return document;
        },
        convertImage: mammoth.images.imgElement(async (image) => {
          const index = images.length;
          images.push({
            fileName: `image-${index + 1}`,
            mimeType: image.contentType,
            bytes: new Uint8Array(await image.readAsBuffer()),
          });
          const caption = (image as { midadCaption?: string }).midadCaption;
          return {
            src: '',
            'data-midad-docx-image': String(index),
            ...(caption ? { 'data-caption': caption } : {}),
          } as { src: string };
        }),
      },
    );
    html = applyDirectionMarks(result.value);
  } catch (error) {
    throw new ServiceError('import.not_docx', undefined, { cause: error });
  }
  const { headline, counts } = shaped.result ?? shapeDocument({ type: 'document' }, null);
  return {
    headline,
    html,
    images,
    report: {
      ...counts,
      imagesLeftOut: 0,
      shapesLeftOut: facts.shapes,
      commentsLeftOut: facts.comments,
    },
  };
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
  const report = { ...converted.report };
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
      report.imagesLeftOut += 1;
    }
  }
  const html = converted.html.replace(
    /data-midad-docx-image="(\d+)"/g,
    (_, index: string) => stored[Number(index)] ?? '',
  );
  return { draft, html, report };
}
