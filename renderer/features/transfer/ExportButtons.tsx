// Export of the open draft: as a .midad file (to hand over on a USB stick or by mail), as a
// standalone HTML page, Word (.docx), Markdown, and a PDF proof. What is unsaved is saved
// first, so the file is what is shown.
import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { Draft } from '../../../electron/contract/index.ts';
import { HostCallError, midad } from '../../bridge.ts';
import type { CommandId } from '../../../common/commands/command-table.ts';
import { useCommandHandlers } from '../../commands/useCommandHandler.ts';
import { downloadBase64, downloadText, fileNameFor } from './download.ts';
import { printProofInBrowser } from './print-proof.ts';

interface ExportButtonsProps {
  draft: Draft;
  /** Saves the open draft; false when that failed. */
  flush: () => Promise<boolean>;
  onError: (error: unknown) => void;
}

/** A file the host made: text as it is, or binary as base64. */
interface ExportedFile {
  data: string;
  encoding: 'text' | 'base64';
  extension: string;
  type: string;
}

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function ExportButtons({ draft, flush, onError }: ExportButtonsProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const run = async (make: () => Promise<ExportedFile | null>) => {
    setBusy(true);
    try {
      if (!(await flush())) {
        onError('storage.write_failed');
        return;
      }
      const file = await make();
      if (!file) return;
      const headline = (await midad.drafts.open(draft.id)).meta.headline;
      const name = fileNameFor(headline, draft.id, file.extension);
      if (file.encoding === 'base64') downloadBase64(file.data, name, file.type);
      else downloadText(file.data, name, file.type);
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };
  const text = (data: string, extension: string, type: string): ExportedFile => ({
    data,
    encoding: 'text',
    extension,
    type,
  });
  const binary = (data: string, extension: string, type: string): ExportedFile => ({
    data,
    encoding: 'base64',
    extension,
    type,
  });
  // The desktop app prints the proof itself; browser mode has the browser print it.
  const pdf = async (): Promise<ExportedFile | null> => {
    try {
      return binary(await midad.drafts.exportPdf(draft.id), 'pdf', 'application/pdf');
    } catch (error) {
      if (!(error instanceof HostCallError) || error.code !== 'export.pdf_unavailable') throw error;
      printProofInBrowser(draft.id);
      return null;
    }
  };
  const buttons: {
    id: string;
    /** File ▸ Export ▸ this format, in the command table. */
    command: CommandId;
    label: string;
    make: () => Promise<ExportedFile | null>;
  }[] = [
    {
      id: 'export-midad',
      command: 'file.export.midad',
      label: t('transfer.exportMidad'),
      make: async () => text(await midad.drafts.exportDraft(draft.id), 'midad', 'application/json'),
    },
    {
      id: 'export-html',
      command: 'file.export.html',
      label: t('transfer.exportHtml'),
      make: async () => text(await midad.drafts.exportHtml(draft.id), 'html', 'text/html'),
    },
    {
      id: 'export-docx',
      command: 'file.export.docx',
      label: t('transfer.exportDocx'),
      make: async () => binary(await midad.drafts.exportDocx(draft.id), 'docx', DOCX_TYPE),
    },
    {
      id: 'export-markdown',
      command: 'file.export.markdown',
      label: t('transfer.exportMarkdown'),
      make: async () => text(await midad.drafts.exportMarkdown(draft.id), 'md', 'text/markdown'),
    },
    {
      id: 'export-pdf',
      command: 'file.export.pdf',
      label: t('transfer.exportPdf'),
      make: pdf,
    },
  ];
  // File ▸ Export ▸ each format runs its button.
  useCommandHandlers(
    buttons.map((button) => [button.command, () => void run(button.make)]),
    !busy,
  );
  return (
    <>
      {buttons.map((button) => (
        <button
          key={button.id}
          type="button"
          className="quiet-button"
          data-testid={button.id}
          disabled={busy}
          onClick={() => void run(button.make)}
        >
          {button.label}
        </button>
      ))}
    </>
  );
}
