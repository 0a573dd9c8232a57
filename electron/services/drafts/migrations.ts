// Brings a draft file of any version the app has ever written up to the current one, one
// step at a time. Version 0 is the foundation's single current.json ({ document, savedAt }),
// which had no id, no times and no workflow: its step gives it all three.
import * as z from 'zod';
import { articleDocumentSchema } from '../../contract/index.ts';
import { CURRENT_SCHEMA_VERSION, draftFileSchema, type DraftFile } from './file-formats.ts';

export type UnreadableReason = 'not_json' | 'wrong_schema' | 'future_version';

export type DraftReadOutcome =
  | { ok: true; draft: DraftFile; migratedFrom: number | null }
  | { ok: false; reason: UnreadableReason };

export interface MigrationContext {
  newDraftId: () => string;
}

type MigrationStep = (file: unknown, context: MigrationContext) => unknown;

const legacyCurrentDocumentSchema = z.object({
  document: articleDocumentSchema,
  savedAt: z.iso.datetime(),
});

/** Step n turns a version-n file into a version-(n+1) file. */
const DRAFT_STEPS: Record<number, MigrationStep> = {
  0: (file, context) => {
    const legacy = legacyCurrentDocumentSchema.parse(file);
    return {
      format: 'midad.draft',
      schemaVersion: 1,
      id: context.newDraftId(),
      createdAt: legacy.savedAt,
      updatedAt: legacy.savedAt,
      workflow: { status: 'draft' },
      meta: legacy.document.meta,
      body: legacy.document.body,
      remote: null,
    };
  },
};

/** Parses a draft file's text, migrating it if it is older than the current version. */
export function readDraftText(
  text: string,
  context: MigrationContext,
  steps = DRAFT_STEPS,
): DraftReadOutcome {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not_json' };
  }
  const version = draftFileVersion(raw);
  if (version === null) return { ok: false, reason: 'wrong_schema' };
  if (version > CURRENT_SCHEMA_VERSION) return { ok: false, reason: 'future_version' };
  let file = raw;
  try {
    for (let step = version; step < CURRENT_SCHEMA_VERSION; step += 1) {
      const migrate = steps[step];
      if (!migrate) return { ok: false, reason: 'wrong_schema' };
      file = migrate(file, context);
    }
  } catch {
    return { ok: false, reason: 'wrong_schema' };
  }
  const parsed = draftFileSchema.safeParse(file);
  if (!parsed.success) return { ok: false, reason: 'wrong_schema' };
  return {
    ok: true,
    draft: parsed.data,
    migratedFrom: version === CURRENT_SCHEMA_VERSION ? null : version,
  };
}

/** The version a parsed file claims; null when it is not a draft file at all. */
export function draftFileVersion(raw: unknown): number | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const record = raw as Record<string, unknown>;
  if (record.format === 'midad.draft') {
    return Number.isInteger(record.schemaVersion) && (record.schemaVersion as number) >= 1
      ? (record.schemaVersion as number)
      : null;
  }
  if ('document' in record && 'savedAt' in record && !('format' in record)) return 0;
  return null;
}

/** Same check for any other file kind that has had only one version so far. */
export function readVersionedText<T>(
  text: string,
  format: string,
  schema: z.ZodType<T>,
): { ok: true; value: T } | { ok: false; reason: UnreadableReason } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not_json' };
  }
  const record = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  if (record.format !== format || typeof record.schemaVersion !== 'number')
    return { ok: false, reason: 'wrong_schema' };
  if (record.schemaVersion > CURRENT_SCHEMA_VERSION) return { ok: false, reason: 'future_version' };
  const parsed = schema.safeParse(raw);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, reason: 'wrong_schema' };
}
