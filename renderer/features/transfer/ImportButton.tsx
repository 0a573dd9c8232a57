// Takes in a .midad file chosen by the writer. The library never overwrites a draft: a
// file whose draft already exists comes in as a copy, and the message says so. Beside it,
// the import of a Word document (.docx) into a new draft. Both go through the window's
// import queue: while it runs, the buttons wait (disabled, busy) and say so.
import { useRef } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useCommandHandler } from '../../commands/useCommandHandler.ts';
import { useErrorMessage } from '../../i18n/useErrorMessage.ts';
import { DocxImportButton } from './DocxImportButton.tsx';
import { HiddenFileInput } from './HiddenFileInput.tsx';
import type { ImportRequest } from './import-queue.ts';
import { useImportQueue } from './useImportQueue.ts';

interface ImportButtonProps {
  /** Puts the chosen file in the import queue. */
  onImport: (requests: ImportRequest[]) => void;
}

export function ImportButton({ onImport }: ImportButtonProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const input = useRef<HTMLInputElement>(null);
  useCommandHandler('file.importMidad', () => input.current?.click());
  const queue = useImportQueue();
  const outcome = queue.latest.midad;

  return (
    <>
      <div className="import">
        <button
          type="button"
          className="quiet-button"
          data-testid="import-button"
          disabled={queue.busy}
          aria-busy={queue.running?.kind === 'midad'}
          onClick={() => input.current?.click()}
        >
          {queue.running?.kind === 'midad' ? t('importQueue.busy') : t('transfer.import')}
        </button>
        <HiddenFileInput
          inputRef={input}
          accept=".midad,application/json"
          testId="import-file"
          onFile={(file) => onImport([{ file, kind: 'midad' }])}
        />
        {outcome && (
          <p
            className={`import-outcome import-outcome-${outcome.ok ? 'done' : 'failed'}`}
            data-testid="import-outcome"
            data-outcome={outcome.ok ? (outcome.result?.outcome ?? 'imported') : 'failed'}
            data-file={outcome.fileName}
            role={outcome.ok ? 'status' : 'alert'}
          >
            {outcome.ok
              ? t(
                  outcome.result?.outcome === 'copy'
                    ? 'transfer.importedCopy'
                    : 'transfer.imported',
                )
              : `${t('transfer.importFailed')} ${errorMessage(outcome.error)}`}
          </p>
        )}
      </div>
      <DocxImportButton onImport={onImport} />
    </>
  );
}
