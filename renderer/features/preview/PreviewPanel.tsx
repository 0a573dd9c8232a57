// Beside the article: how the story will read on the site, from the one serializer that
// also feeds the HTML export and the post content, so what is seen here is what is sent.
import { useTranslation } from '../../i18n/useTranslation.ts';
import '../../styles/preview.css';
import { midad } from '../../bridge.ts';
import { useHostQuery } from '../../useHostQuery.ts';
import { useErrorMessage } from '../../i18n/useErrorMessage.ts';
import { sitePreviewMarkup } from './site-preview.ts';
import { SidePanel } from '../shell/SidePanel.tsx';

export interface PreviewPanelProps {
  draftId: string;
  flush: () => Promise<boolean>;
  onClose: () => void;
}

export default function PreviewPanel({ draftId, flush, onClose }: PreviewPanelProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  // Refresh keeps the page shown until the new one is ready.
  const shown = useHostQuery(
    async () => {
      await flush();
      const draft = await midad.drafts.open(draftId);
      return { draft, markup: sitePreviewMarkup(draft, document.baseURI) };
    },
    [draftId, flush],
    { keepPrevious: true },
  );
  const page = shown.data;

  return (
    <SidePanel
      className="preview"
      testId="preview"
      title={t('preview.title')}
      closeLabel={t('preview.close')}
      onClose={onClose}
      actions={
        <button
          type="button"
          className="quiet-button"
          data-testid="preview-refresh"
          onClick={() => void shown.reload()}
        >
          {t('preview.refresh')}
        </button>
      }
    >
      <p className="preview-note">{t('preview.note')}</p>
      {shown.error ? (
        <p className="notice" role="alert">
          {errorMessage(shown.error)}
        </p>
      ) : !page ? (
        <p className="loading-panel">{t('app.loadingPanel')}</p>
      ) : (
        <article
          className="preview-page"
          lang={page.draft.meta.language}
          dir={page.draft.meta.direction}
        >
          {page.draft.meta.kicker && <p className="preview-kicker">{page.draft.meta.kicker}</p>}
          <h1 data-testid="preview-headline">{page.draft.meta.headline}</h1>
          {page.draft.meta.excerpt && <p className="preview-excerpt">{page.draft.meta.excerpt}</p>}
          {/* Our own serializer's output: every text escaped, links only http(s)/mailto,
              images only http(s), no attribute beyond a fixed few (tests/wordpress checks it
              with WordPress's validator and a hostile corpus); the CSP blocks script anyway. */}
          <div
            className="preview-body"
            data-testid="preview-body"
            dangerouslySetInnerHTML={{ __html: page.markup }}
          />
        </article>
      )}
    </SidePanel>
  );
}
