// Export of the open draft: as a .midad file (to hand over on a USB stick or by mail) and
// as a standalone HTML page. What is unsaved is saved first, so the file is what is shown.
import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { Draft } from '../../../electron/contract.ts';
import { midad } from '../../bridge.ts';
import { downloadText, fileNameFor } from './download.ts';

interface ExportButtonsProps {
  draft: Draft;
  /** Saves the open draft; false when that failed. */
  flush: () => Promise<boolean>;
  onError: (error: unknown) => void;
}

export function ExportButtons({ draft, flush, onError }: ExportButtonsProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const run = async (make: () => Promise<{ text: string; extension: string; type: string }>) => {
    setBusy(true);
    try {
      if (!(await flush())) {
        onError('storage.write_failed');
        return;
      }
      const { text, extension, type } = await make();
      const headline = (await midad.drafts.open(draft.id)).meta.headline;
      downloadText(text, fileNameFor(headline, draft.id, extension), type);
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button
        type="button"
        className="quiet-button"
        data-testid="export-midad"
        disabled={busy}
        onClick={() =>
          void run(async () => ({ text: await midad.drafts.exportDraft(draft.id), extension: 'midad', type: 'application/json' }))
        }
      >
        {t('transfer.exportMidad')}
      </button>
      <button
        type="button"
        className="quiet-button"
        data-testid="export-html"
        disabled={busy}
        onClick={() =>
          void run(async () => ({ text: await midad.drafts.exportHtml(draft.id), extension: 'html', type: 'text/html' }))
        }
      >
        {t('transfer.exportHtml')}
      </button>
    </>
  );
}
