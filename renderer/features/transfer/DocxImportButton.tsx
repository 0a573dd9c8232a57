// Takes in a Word document (.docx) as a new draft (file-importers.ts says how). A file that
// is not a readable .docx creates nothing and says why. Disabled while an import runs.
import { useRef } from 'react';
import { useCommandHandler } from '../../commands/useCommandHandler.ts';
import { useErrorMessage } from '../../i18n/useErrorMessage.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { HiddenFileInput } from './HiddenFileInput.tsx';
import type { ImportRequest } from './import-queue.ts';
import { useImportQueue } from './useImportQueue.ts';

const DOCX_TYPES = '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function DocxImportButton({ onImport }: { onImport: (requests: ImportRequest[]) => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const input = useRef<HTMLInputElement>(null);
  useCommandHandler('file.importDocx', () => input.current?.click());
  const queue = useImportQueue();
  const working = queue.running?.kind === 'docx';
  const outcome = queue.latest.docx;
  const state = working ? 'working' : outcome ? (outcome.ok ? 'done' : 'failed') : null;

  return (
    <div className="import">
      <button
        type="button"
        className="quiet-button"
        data-testid="import-docx-button"
        disabled={queue.busy}
        aria-busy={working}
        onClick={() => input.current?.click()}
      >
        {working ? t('paste.importingDocx') : t('paste.importDocx')}
      </button>
      <HiddenFileInput
        inputRef={input}
        accept={DOCX_TYPES}
        testId="import-docx-file"
        onFile={(file) => onImport([{ file, kind: 'docx' }])}
      />
      {state && (
        <p
          className={`import-outcome import-outcome-${state}`}
          data-testid="import-docx-outcome"
          data-outcome={state}
          role={state === 'failed' ? 'alert' : 'status'}
        >
          {state === 'working'
            ? t('paste.importingDocx')
            : outcome?.ok
              ? t('paste.docxImported')
              : `${t('paste.docxImportFailed')} ${errorMessage(outcome && !outcome.ok ? outcome.error : null)}`}
        </p>
      )}
    </div>
  );
}
