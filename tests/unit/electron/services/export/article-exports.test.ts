// The exports read the draft and its stored images from the library; the PDF goes through
// the printer the host gives, and browser mode, which has none, is told to print instead.
import { describe, expect, it } from 'vitest';
import {
  ArticleExports,
  type PdfRenderer,
} from '../../../../../electron/services/export/article-exports.ts';
import { content, freshDataDir, openLibrary } from '../drafts/library-fixture.ts';
import { pngOf } from '../drafts/media-images.ts';
import { docxHtml } from './mammoth-article.ts';
import jpeg from 'jpeg-js';
import { CAMERA_PHOTO, metadataTraces } from '../../../../support/pictures/metadata-traces.ts';

async function draftWithCameraPhoto() {
  const library = await openLibrary(await freshDataDir());
  const draft = await library.create(content('فقرة أولى'));
  const photo = await library.addMedia(draft.id, {
    fileName: 'الساحة.jpg',
    mimeType: 'image/jpeg',
    bytes: CAMERA_PHOTO,
  });
  const body = structuredClone(draft.body);
  body.root.children.push({
    type: 'image',
    version: 1,
    hash: photo.hash,
    alt: 'الساحة',
    caption: '',
  });
  await library.save(draft.id, { meta: draft.meta, body });
  return { library, draftId: draft.id };
}

/** The bytes of every JPEG embedded as a data: URL in a page. */
function embeddedJpegs(html: string): Uint8Array[] {
  return [...html.matchAll(/data:image\/jpeg;base64,([A-Za-z0-9+/=]+)/gu)].map(
    (match) => new Uint8Array(Buffer.from(match[1]!, 'base64')),
  );
}

async function draftWithPhoto() {
  const library = await openLibrary(await freshDataDir());
  const draft = await library.create(content('فقرة أولى'));
  const photo = await library.addMedia(draft.id, {
    fileName: 'محطة.png',
    mimeType: 'image/png',
    bytes: pngOf(20, 10),
  });
  const body = structuredClone(draft.body);
  body.root.children.push({
    type: 'image',
    version: 1,
    hash: photo.hash,
    alt: 'محطة',
    caption: '',
  });
  await library.save(draft.id, { meta: draft.meta, body });
  return { library, draftId: draft.id };
}

describe('the article exports', () => {
  it('put the draft’s own stored photo into the Word file and name it in the Markdown', async () => {
    const { library, draftId } = await draftWithPhoto();
    const exports = new ArticleExports({ drafts: async () => library });
    const { html } = await docxHtml(await exports.docx(draftId));
    expect(html).toContain('<p>فقرة أولى</p>');
    expect(html).toMatch(/<img alt="محطة" src="data:image\/png;base64,/u);
    expect(await exports.markdown(draftId)).toContain('![محطة](media/محطة.png)');
  });

  it('print the proof, photo embedded, with the printer the host gives', async () => {
    const { library, draftId } = await draftWithPhoto();
    const printed: string[] = [];
    const pdfRenderer: PdfRenderer = {
      printToPdf: async (html) => (printed.push(html), new Uint8Array([37, 80, 68, 70])),
    };
    const exports = new ArticleExports({ drafts: async () => library, pdfRenderer });
    expect(Buffer.from(await exports.pdf(draftId)).toString('latin1')).toBe('%PDF');
    expect(printed[0]).toContain('فقرة أولى');
    expect(printed[0]).toContain('src="data:image/png;base64,');
  });

  it('answer export.pdf_unavailable without a printer, and export.pdf_failed when printing fails', async () => {
    const { library, draftId } = await draftWithPhoto();
    await expect(
      new ArticleExports({ drafts: async () => library }).pdf(draftId),
    ).rejects.toMatchObject({ code: 'export.pdf_unavailable' });
    const broken: PdfRenderer = {
      printToPdf: async () => Promise.reject(new Error('gpu process crashed')),
    };
    await expect(
      new ArticleExports({ drafts: async () => library, pdfRenderer: broken }).pdf(draftId),
    ).rejects.toMatchObject({ code: 'export.pdf_failed' });
  });

  it('carry a phone photo without its GPS, camera or IPTC fields, upright and capped, in HTML, Word and the proof; the draft keeps the original', async () => {
    const { library, draftId } = await draftWithCameraPhoto();
    const exports = new ArticleExports({
      drafts: async () => library,
      pictureRules: () => ({ maxLongSide: 200, keepCredit: false }),
    });
    const pages = {
      html: await exports.html(draftId),
      docx: (await docxHtml(await exports.docx(draftId))).html,
      proof: await exports.proofHtml(draftId),
    };
    for (const [name, page] of Object.entries(pages)) {
      const pictures = embeddedJpegs(page);
      expect(pictures, name).toHaveLength(1);
      expect(metadataTraces(pictures[0]!), name).toEqual([]);
      const { width, height } = jpeg.decode(pictures[0]!, { useTArray: true });
      expect([width, height], name).toEqual([150, 200]);
    }
    const [stored] = await library.listMedia(draftId);
    expect((await library.readMedia(draftId, stored!.hash)).bytes).toEqual(CAMERA_PHOTO);
  });

  it('answer drafts.not_found for a draft that is not there', async () => {
    const { library } = await draftWithPhoto();
    await expect(
      new ArticleExports({ drafts: async () => library }).markdown('nosuchdraft1'),
    ).rejects.toMatchObject({ code: 'drafts.not_found' });
  });
});
