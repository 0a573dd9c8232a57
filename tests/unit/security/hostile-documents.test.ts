// Every output Midad writes, run over the same hostile .midad corpus: taken in by the draft
// library (or refused with a code), then the HTML export, Markdown, Word, the proof page, the
// preview's markup and the markup a post is sent with. Nothing that could run may survive.
// The outputs are also run on each file's body as it is, past the document boundary: the
// one URL filter of every output must hold on its own, not only behind the import's check.
import { describe, expect, it } from 'vitest';
import { toWordPressBlocks } from '../../../common/wordpress/block-markup.ts';
import type { Draft } from '../../../electron/contract/index.ts';
import {
  ArticleExports,
  type ExportSource,
} from '../../../electron/services/export/article-exports.ts';
import { ServiceError } from '../../../electron/services/service-error.ts';
import { sitePreviewMarkup } from '../../../renderer/features/preview/site-preview.ts';
import { hostileDocuments, midadFileOf } from '../../fixtures/hostile-midad/hostile-documents.ts';
import {
  hostileDocxFindings,
  hostileHtmlFindings,
  hostileMarkdownFindings,
} from '../../support/hostile-output-scan.ts';
import { freshDataDir, openLibrary } from '../electron/services/drafts/library-fixture.ts';

const corpus = hostileDocuments();

describe('a hostile .midad file', () => {
  it('comes in a corpus of at least thirty files', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
  });

  it.each(corpus.map((document) => [document.name, document] as const))(
    '%s is refused with a code, or no output of it can run anything',
    async (_name, document) => {
      const library = await openLibrary(await freshDataDir());
      let draftId: string;
      try {
        draftId = (await library.importDraft(midadFileOf(document))).draftId;
      } catch (error) {
        // Refused at the door is safe, as long as it says why with a code: the file's form
        // (import.*) or the article document's trust boundary (document.*).
        expect(error).toBeInstanceOf(ServiceError);
        expect((error as ServiceError).code).toMatch(/^(?:import|document)\./u);
        return;
      }
      expect(await outputFindings(await library.open(draftId), library)).toEqual(NO_FINDINGS);
    },
  );

  it.each(corpus.map((document) => [document.name, document] as const))(
    '%s, handed to every output as it is (no import check), leaves nothing that can run',
    async (_name, document) => {
      const draft = document.draft as unknown as Draft;
      const asItIs: ExportSource = {
        open: async () => draft,
        listMedia: async () => [],
        readMedia: async () => {
          throw new Error('the corpus has no picture files');
        },
      };
      expect(await outputFindings(draft, asItIs)).toEqual(NO_FINDINGS);
    },
  );
});

const NO_FINDINGS = { html: [], proof: [], preview: [], post: [], markdown: [], docx: [] };

/** What each output makes of the draft, scanned for anything a reader's browser or Word would run. */
async function outputFindings(draft: Draft, source: ExportSource) {
  const exports = new ArticleExports({ drafts: async () => source });
  return {
    html: hostileHtmlFindings(await exports.html(draft.id)),
    proof: hostileHtmlFindings(await exports.proofHtml(draft.id)),
    preview: hostileHtmlFindings(sitePreviewMarkup(draft, 'http://127.0.0.1:5173/')),
    post: hostileHtmlFindings(toWordPressBlocks(draft.body, { resolveImage: (image) => image })),
    markdown: hostileMarkdownFindings(await exports.markdown(draft.id)),
    docx: await hostileDocxFindings(await exports.docx(draft.id)),
  };
}
