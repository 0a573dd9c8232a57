// Beside the article: how the story will read on the site, from the one serializer that
// also feeds the HTML export and the post content, so what is seen here is what is sent.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { Draft } from '../../../electron/contract/index.ts';
import '../../styles/preview.css';
import { midad } from '../../bridge.ts';
import { useErrorMessage } from '../../i18n/useErrorMessage.ts';
import { sitePreviewMarkup } from './site-preview.ts';
import { SidePanel } from '../shell/SidePanel.tsx';

export interface PreviewPanelProps {
  draftId: string;
  flush: () => Promise<boolean>;
  onClose: () => void;
}

type Shown = { draft: Draft; markup: string } | { error: unknown } | null;

export default function PreviewPanel({ draftId, flush, onClose }: PreviewPanelProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [shown, setShown] = useState<Shown>(null);

  const load = useCallback(async () => {
    try {
      await flush();
      const draft = await midad.drafts.open(draftId);
      setShown({ draft, markup: sitePreviewMarkup(draft, document.baseURI) });
    } catch (error) {
      setShown({ error });
    }
  }, [draftId, flush]);
  useEffect(() => {
    void load();
  }, [load]);

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
          onClick={() => void load()}
        >
          {t('preview.refresh')}
        </button>
      }
    >
      <p className="preview-note">{t('preview.note')}</p>
      {shown === null ? (
        <p className="loading-panel">{t('app.loadingPanel')}</p>
      ) : 'error' in shown ? (
        <p className="notice" role="alert">
          {errorMessage(shown.error)}
        </p>
      ) : (
        <article
          className="preview-page"
          lang={shown.draft.meta.language}
          dir={shown.draft.meta.direction}
        >
          {shown.draft.meta.kicker && <p className="preview-kicker">{shown.draft.meta.kicker}</p>}
          <h1 data-testid="preview-headline">{shown.draft.meta.headline}</h1>
          {shown.draft.meta.excerpt && (
            <p className="preview-excerpt">{shown.draft.meta.excerpt}</p>
          )}
          {/* Our own serializer's output: every text escaped, links only http(s)/mailto,
              images only http(s), no attribute beyond a fixed few (tests/wordpress checks it
              with WordPress's validator and a hostile corpus); the CSP blocks script anyway. */}
          <div
            className="preview-body"
            data-testid="preview-body"
            dangerouslySetInnerHTML={{ __html: shown.markup }}
          />
        </article>
      )}
    </SidePanel>
  );
}
