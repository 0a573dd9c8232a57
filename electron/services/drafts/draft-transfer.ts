// The .midad hand-over file: one draft, its images (base64) and optionally its revisions, as
// JSON. Reading one validates every field, and each image against its hash and its type; a
// file we cannot fully trust is refused whole, with a code.
import * as z from 'zod';
import { draftSchema, MAX_MEDIA_BYTES, mediaInfoSchema, type Draft } from '../../contract/index.ts';
import { ServiceError } from '../service-error.ts';
import { requireArticleBody } from './document-boundary.ts';
import { CURRENT_SCHEMA_VERSION, revisionFileSchema, type RevisionFile } from './file-formats.ts';
import { describeImage, type MediaFile } from './media/media-store.ts';

export const EXPORT_FORMAT = 'midad.export';
export const EXPORT_FILE_EXTENSION = '.midad';

const exportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  exportedAt: z.iso.datetime(),
  draft: draftSchema,
  revisions: z.array(revisionFileSchema).max(10_000).optional(),
  /** Files from before images existed have none. */
  media: z
    .array(
      mediaInfoSchema.extend({ dataBase64: z.string().max(Math.ceil(MAX_MEDIA_BYTES / 3) * 4) }),
    )
    .max(1_000)
    .optional(),
});

export function exportFileContent(
  draft: Draft,
  revisions: RevisionFile[] | null,
  media: MediaFile[],
  now: Date,
): string {
  const file: z.input<typeof exportFileSchema> = {
    format: EXPORT_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    draft,
    ...(revisions ? { revisions } : {}),
    ...(media.length > 0
      ? {
          media: media.map(({ info, bytes }) => ({
            ...info,
            dataBase64: Buffer.from(bytes).toString('base64'),
          })),
        }
      : {}),
  };
  return JSON.stringify(file, null, 1);
}

export function parseExportFile(content: string): {
  draft: Draft;
  revisions: RevisionFile[];
  media: MediaFile[];
} {
  let raw: unknown;
  try {
    raw = JSON.parse(content);
  } catch {
    throw new ServiceError('import.invalid_file', ['not JSON']);
  }
  const record = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  if (record.format !== EXPORT_FORMAT)
    throw new ServiceError('import.invalid_file', ['not a Midad draft file']);
  if (typeof record.schemaVersion !== 'number')
    throw new ServiceError('import.invalid_file', ['schemaVersion']);
  if (record.schemaVersion > CURRENT_SCHEMA_VERSION)
    throw new ServiceError('import.unsupported_version');
  const parsed = exportFileSchema.safeParse(raw);
  if (!parsed.success) {
    const details = parsed.error.issues
      .slice(0, 10)
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ServiceError('import.invalid_file', details);
  }
  const { draft, revisions = [] } = parsed.data;
  // The body is the part a file made to hurt would aim at: checked, with each revision's, before anything is written.
  requireArticleBody(draft.body);
  for (const revision of revisions) requireArticleBody(revision.body, `revision ${revision.id}`);
  const ids = new Set(revisions.map((revision) => revision.id));
  if (
    ids.size !== revisions.length ||
    revisions.some((revision) => revision.draftId !== draft.id)
  ) {
    throw new ServiceError('import.invalid_file', ['revisions do not belong to the draft']);
  }
  return { draft, revisions, media: (parsed.data.media ?? []).map(importedImage) };
}

/** An image of the file, described again from its bytes: a hash or type that does not match refuses the file. */
function importedImage({
  dataBase64,
  ...claimed
}: MediaFile['info'] & { dataBase64: string }): MediaFile {
  const bytes = new Uint8Array(Buffer.from(dataBase64, 'base64'));
  let info: MediaFile['info'];
  try {
    info = describeImage({ fileName: claimed.fileName, mimeType: claimed.mimeType, bytes });
  } catch {
    throw new ServiceError('import.invalid_file', [
      `media ${claimed.hash}: not an image Midad keeps`,
    ]);
  }
  if (info.hash !== claimed.hash)
    throw new ServiceError('import.invalid_file', [
      `media ${claimed.hash}: content does not match its hash`,
    ]);
  return { info, bytes };
}
