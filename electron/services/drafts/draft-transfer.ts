// The .midad hand-over file: one draft, optionally with its revisions, as JSON. Reading one
// validates every field; a file we cannot fully trust is refused whole, with a code.
import { z } from 'zod';
import { draftSchema, type Draft } from '../../contract.ts';
import { ServiceError } from '../service-error.ts';
import { CURRENT_SCHEMA_VERSION, revisionFileSchema, type RevisionFile } from './file-formats.ts';

export const EXPORT_FORMAT = 'midad.export';
export const EXPORT_FILE_EXTENSION = '.midad';

const exportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  exportedAt: z.iso.datetime(),
  draft: draftSchema,
  revisions: z.array(revisionFileSchema).max(10_000).optional(),
});

export function exportFileContent(draft: Draft, revisions: RevisionFile[] | null, now: Date): string {
  const file: z.input<typeof exportFileSchema> = {
    format: EXPORT_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    draft,
    ...(revisions ? { revisions } : {}),
  };
  return JSON.stringify(file, null, 1);
}

export function parseExportFile(content: string): { draft: Draft; revisions: RevisionFile[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(content);
  } catch {
    throw new ServiceError('import.invalid_file', ['not JSON']);
  }
  const record = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  if (record.format !== EXPORT_FORMAT) throw new ServiceError('import.invalid_file', ['not a Midad draft file']);
  if (typeof record.schemaVersion !== 'number') throw new ServiceError('import.invalid_file', ['schemaVersion']);
  if (record.schemaVersion > CURRENT_SCHEMA_VERSION) throw new ServiceError('import.unsupported_version');
  const parsed = exportFileSchema.safeParse(raw);
  if (!parsed.success) {
    const details = parsed.error.issues.slice(0, 10).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ServiceError('import.invalid_file', details);
  }
  const { draft, revisions = [] } = parsed.data;
  const ids = new Set(revisions.map((revision) => revision.id));
  if (ids.size !== revisions.length || revisions.some((revision) => revision.draftId !== draft.id)) {
    throw new ServiceError('import.invalid_file', ['revisions do not belong to the draft']);
  }
  return { draft, revisions };
}
