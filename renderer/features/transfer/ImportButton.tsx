// Takes in a .midad file chosen by the writer. The library never overwrites a draft: a
// file whose draft already exists comes in as a copy, and the message says so. Beside it,
// the import of a Word document (.docx) into a new draft.
import type { DocxImportReport } from '../../../electron/contract.ts';
import { useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { ImportResult } from '../../../electron/contract.ts';
import { midad } from '../../bridge.ts';
import { useErrorMessage } from '../../i18n/useErrorMessage.ts';
import { DocxImportButton } from './DocxImportButton.tsx';
import { HiddenFileInput } from './HiddenFileInput.tsx';

type Outcome =
  | { kind: 'done'; result: ImportResult; fileName: string }
  | { kind: 'failed'; error: unknown; fileName: string }
  | null;

interface ImportButtonProps {
  onImported: (result: ImportResult) => void;
  /** A .docx became this new draft. */
  onDocxImported: (draftId: string, report: DocxImportReport) => void;
}

export function ImportButton({ onImported, onDocxImported }: ImportButtonProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const importFile = async (file: File) => {
    // The last file's outcome is not this one's: it goes while this file is read.
    setOutcome(null);
    try {
      const result = await midad.drafts.importDraft(await file.text());
      setOutcome({ kind: 'done', result, fileName: file.name });
      onImported(result);
    } catch (error) {
      setOutcome({ kind: 'failed', error, fileName: file.name });
    }
  };

  return (
    <>
      <div className="import">
        <button
          type="button"
          className="quiet-button"
          data-testid="import-button"
          onClick={() => input.current?.click()}
        >
          {t('transfer.import')}
        </button>
        <HiddenFileInput
          inputRef={input}
          accept=".midad,application/json"
          testId="import-file"
          onFile={(file) => void importFile(file)}
        />
        {outcome && (
          <p
            className={`import-outcome import-outcome-${outcome.kind}`}
            data-testid="import-outcome"
            data-outcome={outcome.kind === 'done' ? outcome.result.outcome : 'failed'}
            data-file={outcome.fileName}
            role={outcome.kind === 'failed' ? 'alert' : 'status'}
          >
            {outcome.kind === 'done'
              ? t(outcome.result.outcome === 'copy' ? 'transfer.importedCopy' : 'transfer.imported')
              : `${t('transfer.importFailed')} ${errorMessage(outcome.error)}`}
          </p>
        )}
      </div>
      <DocxImportButton onImported={onDocxImported} />
    </>
  );
}
