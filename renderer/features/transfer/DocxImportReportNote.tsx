// After a .docx import, above the new draft: what the import changed or left out, one line a
// kind, counted in the interface's language. Shown until dismissed or another draft opens;
// the host returned it with the import and it is kept nowhere.
import type { DocxImportReport } from '../../../electron/contract/index.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { DismissibleNote } from '../shell/DismissibleNote.tsx';

/** The report's lines in the order a reader cares: what was kept, then what was left out. */
const ORDER = [
  'tables',
  'notes',
  'captions',
  'quotes',
  'rightToLeft',
  'tableCellsLeftOut',
  'imagesLeftOut',
  'shapesLeftOut',
  'commentsLeftOut',
] as const satisfies readonly (keyof DocxImportReport)[];

export function DocxImportReportNote({
  report,
  onDismiss,
}: {
  report: DocxImportReport;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  const lines = ORDER.filter((kind) => report[kind] > 0);
  return (
    <DismissibleNote
      name="docx-import-report"
      dismiss="paste.docxReport.dismiss"
      onDismiss={onDismiss}
    >
      <p>{t('paste.docxReport.title')}</p>
      {lines.length === 0 ? (
        <p data-testid="docx-import-report-nothing">{t('paste.docxReport.nothing')}</p>
      ) : (
        <ul>
          {lines.map((kind) => (
            <li key={kind} data-testid="docx-import-report-line" data-kind={kind}>
              {t(`paste.docxReport.${kind}`, { count: report[kind] })}
            </li>
          ))}
        </ul>
      )}
    </DismissibleNote>
  );
}
