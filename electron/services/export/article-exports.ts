// The exports a writer hands on beyond .midad: a standalone HTML page, Word (.docx),
// Markdown, the proof page and its PDF. Reads the draft and its images from the library,
// each image cleaned of its camera metadata, turned upright and capped as it leaves; the PDF
// is printed by the PdfRenderer the host gives (Electron's printToPDF), which browser mode does not have.
import type { Draft } from '../../contract/index.ts';
import { articleHtmlDocument } from '../drafts/html-export.ts';
import type { MediaEntry, MediaFile } from '../drafts/media/media-store.ts';
import type { PictureRules } from '../pictures/picture-cleaner.ts';
import { inThreadCleaner, type PictureCleaner } from '../pictures/picture-cleaning-thread.ts';
import { ServiceError } from '../service-error.ts';
import type { DocxImage } from './docx-export.ts';
import { articleMarkdown } from './markdown-export.ts';
import { readProofFonts, type ProofFont } from './proof-fonts.ts';
import { articleProofHtml } from './proof-html.ts';

/** Prints a self-contained HTML page to an A4 PDF. */
export interface PdfRenderer {
  printToPdf(html: string): Promise<Uint8Array>;
}

/** What the exports read of the draft library. */
export interface ExportSource {
  open(draftId: string): Promise<Draft>;
  listMedia(draftId: string): Promise<MediaEntry[]>;
  readMedia(draftId: string, hash: string): Promise<MediaFile>;
}

export interface ArticleExportsOptions {
  drafts: () => Promise<ExportSource>;
  /** Where Noto Naskh Arabic's woff2 files are (the built renderer's assets); none: the system's serif. */
  fontsFolder?: string;
  pdfRenderer?: PdfRenderer;
  /** The newsroom's picture settings as they are now (the defaults when not given). */
  pictureRules?: () => PictureRules;
  /** Where pictures are cleaned (a worker thread in the hosts); here by default. */
  pictureCleaner?: PictureCleaner;
}

export class ArticleExports {
  readonly #options: ArticleExportsOptions;
  #fonts: Promise<ProofFont[]> | undefined;

  constructor(options: ArticleExportsOptions) {
    this.#options = options;
  }

  /** The article as one HTML file, its images inside it as data: URLs. */
  async html(draftId: string): Promise<string> {
    const draft = await (await this.#options.drafts()).open(draftId);
    return articleHtmlDocument(draft, await this.#dataUrls(draftId));
  }

  async docx(draftId: string): Promise<Uint8Array> {
    // The docx library is a third of the host's code: loaded on the first Word export, not at every start.
    const { articleDocx } = await import('./docx-export.ts');
    const draft = await (await this.#options.drafts()).open(draftId);
    const images = new Map<string, DocxImage>(
      (await this.#images(draftId)).map(({ info, bytes }) => [
        info.hash,
        { bytes, mimeType: info.mimeType, width: info.width, height: info.height },
      ]),
    );
    return articleDocx(draft, images);
  }

  /** Images are named `media/<file name>`, as they would sit beside the Markdown file. */
  async markdown(draftId: string): Promise<string> {
    const library = await this.#options.drafts();
    const draft = await library.open(draftId);
    const names = new Map(
      (await library.listMedia(draftId)).map((entry) => [entry.hash, `media/${entry.fileName}`]),
    );
    return articleMarkdown(draft, names);
  }

  async proofHtml(draftId: string): Promise<string> {
    const draft = await (await this.#options.drafts()).open(draftId);
    const images = await this.#dataUrls(draftId);
    const folder = this.#options.fontsFolder;
    this.#fonts ??= folder === undefined ? Promise.resolve([]) : readProofFonts(folder);
    return articleProofHtml(draft, { images, fonts: await this.#fonts });
  }

  /** export.pdf_unavailable where there is no printer (browser mode prints the proof page itself). */
  async pdf(draftId: string): Promise<Uint8Array> {
    const renderer = this.#options.pdfRenderer;
    if (!renderer) throw new ServiceError('export.pdf_unavailable');
    const html = await this.proofHtml(draftId);
    try {
      return await renderer.printToPdf(html);
    } catch (error) {
      throw new ServiceError('export.pdf_failed', undefined, { cause: error });
    }
  }

  async #dataUrls(draftId: string): Promise<Map<string, string>> {
    return new Map(
      (await this.#images(draftId)).map(({ info, bytes }) => [
        info.hash,
        `data:${info.mimeType};base64,${Buffer.from(bytes).toString('base64')}`,
      ]),
    );
  }

  /** The draft's images as they may leave: stripped, upright, capped (one at a time: each decoded photo holds ~50 MB). */
  async #images(draftId: string): Promise<MediaFile[]> {
    const library = await this.#options.drafts();
    const rules = this.#options.pictureRules?.();
    const cleaner = this.#options.pictureCleaner ?? inThreadCleaner;
    const images: MediaFile[] = [];
    for (const entry of await library.listMedia(draftId)) {
      const { info, bytes } = await library.readMedia(draftId, entry.hash);
      const clean = await cleaner.clean({ ...info, bytes }, rules);
      const size =
        clean.width !== undefined && clean.height !== undefined
          ? { width: clean.width, height: clean.height }
          : {};
      images.push({ info: { ...info, ...size }, bytes: clean.bytes });
    }
    return images;
  }
}
