// The two ways a file becomes a draft, shared by the import buttons and a drop on the
// library: a .midad file (the host checks it and never overwrites a draft: an existing one
// comes in as a copy), and a Word document (the host reads it and keeps its images, the
// renderer cleans its HTML as it would a paste and saves the body).
import type { DocxImportReport, ImportResult } from '../../../electron/contract/index.ts';
import type { ImportOutcome, ImportRequest } from './import-queue.ts';
import { HostCallError, midad } from '../../bridge.ts';
import { readFileAsBase64 } from '../../read-file-base64.ts';
import { MAX_DOCX_BYTES } from '../../../common/document/file-size-limits.ts';

export async function importMidadFile(file: File): Promise<ImportResult> {
  return midad.drafts.importDraft(await file.text());
}

/** The new draft's id; a document that fails half way leaves no draft behind. */
export async function importDocxFile(
  file: File,
): Promise<{ draftId: string; report: DocxImportReport }> {
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

/** One file through its importer; a refusal is an outcome, not a throw. */
export async function runImport({ file, kind }: ImportRequest): Promise<ImportOutcome> {
  const fileName = file.name;
  try {
    if (kind === 'docx') {
      const { draftId, report } = await importDocxFile(file);
      return { kind, fileName, ok: true, result: null, draftId, report };
    }
    const result = await importMidadFile(file);
    return { kind, fileName, ok: true, result, draftId: result.draftId };
  } catch (error) {
    return { kind, fileName, ok: false, error };
  }
}
