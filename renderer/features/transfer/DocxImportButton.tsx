// Takes in a Word document (.docx) as a new draft: the host reads it and keeps its images,
// the renderer cleans its HTML as it would a paste and saves the body. A file that is not
// a readable .docx creates nothing and says why.
import { useRef, useState } from 'react';
import type { DocxImportReport } from '../../../electron/contract.ts';
import { HostCallError, midad } from '../../bridge.ts';
import { useErrorMessage } from '../../i18n/useErrorMessage.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { readFileAsBase64 } from '../../read-file-base64.ts';
import { HiddenFileInput } from './HiddenFileInput.tsx';

/** The host's MAX_DOCX_BYTES (a value the renderer may not import): larger files are refused before reading. */
const MAX_DOCX_BYTES = 50 * 1024 * 1024;
const DOCX_TYPES = '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type Outcome = { kind: 'working' } | { kind: 'done' } | { kind: 'failed'; error: unknown } | null;

async function importDocxFile(file: File): Promise<{ draftId: string; report: DocxImportReport }> {
  if (file.size > MAX_DOCX_BYTES) throw new HostCallError('import.too_large');
  const { draft, html, report } = await midad.drafts.importDocx(await readFileAsBase64(file));
  try {
    // Loaded here, not at start: only an import needs the cleaner and a second editor.
    const { bodyFromDocxHtml } = await import('./docx-body.ts');
    await midad.drafts.save(draft.id, { meta: draft.meta, body: bodyFromDocxHtml(html) });
  } catch (error) {
    await midad.drafts.trash(draft.id).catch(() => undefined);
    throw error;
  }
  return { draftId: draft.id, report };
}

export function DocxImportButton({
  onImported,
}: {
  onImported: (draftId: string, report: DocxImportReport) => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const importFile = async (file: File) => {
    setOutcome({ kind: 'working' });
    try {
      const { draftId, report } = await importDocxFile(file);
      setOutcome({ kind: 'done' });
      onImported(draftId, report);
    } catch (error) {
      setOutcome({ kind: 'failed', error });
    }
  };

  return (
    <div className="import">
      <button
        type="button"
        className="quiet-button"
        data-testid="import-docx-button"
        onClick={() => input.current?.click()}
      >
        {t('paste.importDocx')}
      </button>
      <HiddenFileInput
        inputRef={input}
        accept={DOCX_TYPES}
        testId="import-docx-file"
        onFile={(file) => void importFile(file)}
      />
      {outcome && (
        <p
          className={`import-outcome import-outcome-${outcome.kind}`}
          data-testid="import-docx-outcome"
          data-outcome={outcome.kind}
          role={outcome.kind === 'failed' ? 'alert' : 'status'}
        >
          {outcome.kind === 'working'
            ? t('paste.importingDocx')
            : outcome.kind === 'done'
              ? t('paste.docxImported')
              : `${t('paste.docxImportFailed')} ${errorMessage(outcome.error)}`}
        </p>
      )}
    </div>
  );
}
