// The one API between the UI and the host, declared once: every method's argument and
// result schemas. Preload, IPC registration, the browser-mode HTTP bridge and the
// renderer's client are all derived from `contract`. Imports neither Node nor the DOM.
import { z } from 'zod';

export const languageSchema = z.enum(['ar', 'en']);
export type Language = z.infer<typeof languageSchema>;

export const settingsSchema = z.object({
  language: languageSchema,
  editor: z.object({
    /** Reading speed for the reading-time counter; ARABIC.md: 138 ± 20 wpm aloud. */
    wordsPerMinute: z.number().int().min(60).max(600),
  }),
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsPatchSchema = z
  .object({
    language: languageSchema.optional(),
    editor: settingsSchema.shape.editor.partial().optional(),
  })
  .strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  /** 'desktop' inside Electron, 'browser' when served by the web host. */
  mode: z.enum(['desktop', 'browser']),
  dataDir: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

/** A Lexical serialized editor state: validated for shape, its nodes are Lexical's job. */
export const editorStateSchema = z
  .object({ root: z.object({ type: z.literal('root'), children: z.array(z.unknown()) }).loose() })
  .loose();

export const articleMetaSchema = z.object({
  headline: z.string().max(500),
  kicker: z.string().max(500),
  section: z.string().max(200),
  byline: z.string().max(300),
  excerpt: z.string().max(2000),
  tags: z.array(z.string().min(1).max(100)).max(50),
  language: languageSchema,
  direction: z.enum(['rtl', 'ltr']),
});
export type ArticleMeta = z.infer<typeof articleMetaSchema>;

export const DOCUMENT_SCHEMA_VERSION = 1;

/** The foundation's single article (drafts/current.json); now read only to migrate it into the library. */
export const articleDocumentSchema = z.object({
  schemaVersion: z.literal(DOCUMENT_SCHEMA_VERSION),
  meta: articleMetaSchema,
  body: editorStateSchema,
});
export type ArticleDocument = z.infer<typeof articleDocumentSchema>;

// ---- The draft library (electron/services/drafts) ----

export const workflowStatusSchema = z.enum(['draft', 'sent_to_desk', 'copy_edited', 'approved', 'scheduled', 'published']);
export type WorkflowStatus = z.infer<typeof workflowStatusSchema>;

/** Random and URL-safe; also safe as a folder name (no dots, no slashes). */
export const draftIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
/** Creation time in milliseconds, then a random tail: sorts by time as a file name. */
export const revisionIdSchema = z.string().regex(/^\d{13}-[A-Za-z0-9_-]{4,32}$/);
const isoTimeSchema = z.iso.datetime();

export const draftContentSchema = z.object({ meta: articleMetaSchema, body: editorStateSchema });
export type DraftContent = z.infer<typeof draftContentSchema>;

export const draftSchema = z.object({
  id: draftIdSchema,
  createdAt: isoTimeSchema,
  updatedAt: isoTimeSchema,
  workflow: z.object({ status: workflowStatusSchema }),
  meta: articleMetaSchema,
  body: editorStateSchema,
  /** The CMS copy of this draft; null until publishing exists. */
  remote: z.null(),
});
export type Draft = z.infer<typeof draftSchema>;

export const draftSummarySchema = z.object({
  id: draftIdSchema,
  /** The headline, or the first words of the body when there is none yet. */
  title: z.string(),
  titleIsHeadline: z.boolean(),
  section: z.string(),
  words: z.number().int().nonnegative(),
  status: workflowStatusSchema,
  sync: z.enum(['local']),
  createdAt: isoTimeSchema,
  updatedAt: isoTimeSchema,
});
export type DraftSummary = z.infer<typeof draftSummarySchema>;

export const trashedDraftSummarySchema = draftSummarySchema.extend({ trashedAt: isoTimeSchema });
export type TrashedDraftSummary = z.infer<typeof trashedDraftSummarySchema>;

export const revisionReasonSchema = z.enum(['interval', 'status_change', 'before_restore', 'imported']);
export type RevisionReason = z.infer<typeof revisionReasonSchema>;

export const revisionInfoSchema = z.object({
  id: revisionIdSchema,
  draftId: draftIdSchema,
  createdAt: isoTimeSchema,
  reason: revisionReasonSchema,
  status: workflowStatusSchema,
  words: z.number().int().nonnegative(),
  characters: z.number().int().nonnegative(),
  /** Change against the revision before it (the first counts from an empty draft). */
  wordsDelta: z.number().int(),
  charactersDelta: z.number().int(),
});
export type RevisionInfo = z.infer<typeof revisionInfoSchema>;

export const revisionSchema = revisionInfoSchema.extend({ meta: articleMetaSchema, body: editorStateSchema });
export type Revision = z.infer<typeof revisionSchema>;

export const draftSaveResultSchema = z.object({
  id: draftIdSchema,
  updatedAt: isoTimeSchema,
  words: z.number().int().nonnegative(),
  /** The revision this save kept, or null when it was coalesced into the draft file only. */
  revision: revisionInfoSchema.nullable(),
});
export type DraftSaveResult = z.infer<typeof draftSaveResultSchema>;

/** A revision id, or 'current' for the draft as it is now. */
export const revisionRefSchema = z.union([revisionIdSchema, z.literal('current')]);

export const diffPieceSchema = z.object({ type: z.enum(['equal', 'insert', 'delete']), text: z.string() });
export const revisionComparisonSchema = z.object({
  pieces: z.array(diffPieceSchema),
  wordsInserted: z.number().int().nonnegative(),
  wordsDeleted: z.number().int().nonnegative(),
});
export type RevisionComparison = z.infer<typeof revisionComparisonSchema>;

export const searchFieldSchema = z.enum(['headline', 'kicker', 'excerpt', 'tags', 'section', 'byline', 'body']);
export type SearchField = z.infer<typeof searchFieldSchema>;

export const searchOptionsSchema = z.object({ limit: z.number().int().min(1).max(200).optional() }).strict();

const textRangeSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export const searchResultSchema = z.object({
  draftId: draftIdSchema,
  score: z.number(),
  /** The normalized terms that matched, as the index holds them. */
  matchedTerms: z.array(z.string()),
  /** Per matched field: its text (a short window for the body) and where the matches are in it. */
  highlights: z.array(z.object({ field: searchFieldSchema, text: z.string(), ranges: z.array(textRangeSchema) })),
});
export type SearchResult = z.infer<typeof searchResultSchema>;

export const libraryProblemSchema = z.object({
  draftId: draftIdSchema.nullable(),
  kind: z.enum(['draft_unreadable', 'draft_missing', 'revision_unreadable', 'legacy_document_unreadable']),
  reason: z.enum(['not_json', 'wrong_schema', 'future_version', 'read_failed', 'missing']),
  /** Where the file was, relative to the data folder. */
  originalPath: z.string(),
  /** Where its raw bytes are now (absolute, for the user to find), or null if it stayed put. */
  quarantinePath: z.string().nullable(),
  /** The revision the draft was rebuilt from, if it was. */
  recoveredFromRevision: revisionIdSchema.nullable(),
  detectedAt: isoTimeSchema,
});
export type LibraryProblem = z.infer<typeof libraryProblemSchema>;

export const exportOptionsSchema = z.object({ includeRevisions: z.boolean().optional() }).strict();

export const importResultSchema = z.object({
  draftId: draftIdSchema,
  /** 'copy' when a draft with the file's id already existed: it is never overwritten. */
  outcome: z.enum(['imported', 'copy']),
  originalId: draftIdSchema,
  revisions: z.number().int().nonnegative(),
});
export type ImportResult = z.infer<typeof importResultSchema>;

// ---- Publishing: configured WordPress sites (electron/services/publish/sites) ----

export const siteIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

/** What the user types to add a site; the application password goes to the secret store only. */
export const siteInputSchema = z
  .object({
    url: z.string().min(1).max(2000),
    login: z.string().min(1).max(200),
    /** From the user's WordPress profile, spaced ("abcd efgh …") or not. */
    appPassword: z.string().min(1).max(200),
  })
  .strict();
export type SiteInput = z.infer<typeof siteInputSchema>;

export const siteCategorySchema = z.object({ id: z.number().int(), name: z.string(), parent: z.number().int() });
export type SiteCategory = z.infer<typeof siteCategorySchema>;

export const siteSchema = z.object({
  id: siteIdSchema,
  /** The address as WordPress gives it (its `home`). */
  url: z.string(),
  /** `…/wp-json/` or `…/index.php?rest_route=/`, as discovered. */
  restRoot: z.string(),
  name: z.string(),
  login: z.string(),
  account: z.object({
    id: z.number().int(),
    name: z.string(),
    roles: z.array(z.string()),
    locale: z.string(),
  }),
  /** Granted capabilities only, as WordPress lists them, at `checkedAt`. */
  capabilities: z.array(z.string()),
  /** Kept for choosing a section offline. */
  categories: z.array(siteCategorySchema),
  addedAt: isoTimeSchema,
  checkedAt: isoTimeSchema,
});
export type Site = z.infer<typeof siteSchema>;

/** Where application passwords are kept, for the UI to tell the user. */
export const secretStorageSchema = z.object({ kind: z.enum(['os-encrypted', 'basic-text', 'file']) });
export type SecretStorage = z.infer<typeof secretStorageSchema>;

/** One method: the tuple of its arguments and the shape of its result. */
interface MethodSpec<A extends z.ZodTuple, R extends z.ZodType> {
  args: A;
  result: R;
}
const method = <A extends z.ZodTuple, R extends z.ZodType>(args: A, result: R): MethodSpec<A, R> => ({
  args,
  result,
});

export const contract = {
  app: {
    getInfo: method(z.tuple([]), appInfoSchema),
  },
  settings: {
    get: method(z.tuple([]), settingsSchema),
    set: method(z.tuple([settingsPatchSchema]), settingsSchema),
  },
  drafts: {
    /** Drafts by last change, newest first. */
    list: method(z.tuple([]), z.array(draftSummarySchema)),
    create: method(z.tuple([draftContentSchema.optional()]), draftSchema),
    open: method(z.tuple([draftIdSchema]), draftSchema),
    save: method(z.tuple([draftIdSchema, draftContentSchema]), draftSaveResultSchema),
    setStatus: method(z.tuple([draftIdSchema, workflowStatusSchema]), draftSaveResultSchema),
    duplicate: method(z.tuple([draftIdSchema]), draftSchema),
    trash: method(z.tuple([draftIdSchema]), z.null()),
    restore: method(z.tuple([draftIdSchema]), draftSummarySchema),
    listTrash: method(z.tuple([]), z.array(trashedDraftSummarySchema)),
    deleteFromTrash: method(z.tuple([draftIdSchema]), z.null()),
    emptyTrash: method(z.tuple([]), z.object({ deleted: z.number().int().nonnegative() })),
    listRevisions: method(z.tuple([draftIdSchema]), z.array(revisionInfoSchema)),
    getRevision: method(z.tuple([draftIdSchema, revisionIdSchema]), revisionSchema),
    restoreRevision: method(z.tuple([draftIdSchema, revisionIdSchema]), draftSaveResultSchema),
    compareRevisions: method(z.tuple([draftIdSchema, revisionRefSchema, revisionRefSchema]), revisionComparisonSchema),
    search: method(z.tuple([z.string().max(500), searchOptionsSchema.optional()]), z.array(searchResultSchema)),
    problems: method(z.tuple([]), z.array(libraryProblemSchema)),
    /** The content of a .midad file. */
    exportDraft: method(z.tuple([draftIdSchema, exportOptionsSchema.optional()]), z.string()),
    /** A standalone HTML document of the draft. */
    exportHtml: method(z.tuple([draftIdSchema]), z.string()),
    importDraft: method(z.tuple([z.string().max(100_000_000)]), importResultSchema),
  },
  sites: {
    /** Finds the site's REST API, checks the credentials, then keeps the site. */
    add: method(z.tuple([siteInputSchema]), siteSchema),
    remove: method(z.tuple([siteIdSchema]), z.null()),
    list: method(z.tuple([]), z.array(siteSchema)),
    /** Checks the credentials again and refreshes capabilities and categories. */
    check: method(z.tuple([siteIdSchema]), siteSchema),
    secretStorage: method(z.tuple([]), secretStorageSchema),
  },
} as const;

type Contract = typeof contract;
export type Namespace = keyof Contract;

/** The API as the renderer sees it: `await midad.settings.get()`. */
export type MidadApi = {
  [N in keyof Contract]: {
    [M in keyof Contract[N]]: Contract[N][M] extends MethodSpec<infer A, infer R>
      ? (...args: z.input<A>) => Promise<z.output<R>>
      : never;
  };
};

/** What the host implements: same methods, already-validated arguments. */
export type HostHandlers = {
  [N in keyof Contract]: {
    [M in keyof Contract[N]]: Contract[N][M] extends MethodSpec<infer A, infer R>
      ? (...args: z.output<A>) => Promise<z.input<R>>
      : never;
  };
};

/** `settings.get`: the IPC channel suffix and the HTTP route segment of a method. */
export type MethodName = { [N in Namespace]: `${N}.${keyof Contract[N] & string}` }[Namespace];

export function listMethods(): { name: MethodName; spec: MethodSpec<z.ZodTuple, z.ZodType> }[] {
  return Object.entries(contract).flatMap(([namespace, methods]) =>
    Object.entries(methods).map(([methodKey, spec]) => ({
      name: `${namespace}.${methodKey}` as MethodName,
      spec: spec as MethodSpec<z.ZodTuple, z.ZodType>,
    })),
  );
}

export { IPC_CHANNEL_PREFIX } from './contract-channels.ts';

/**
 * Errors cross the boundary as values with a stable code; the UI maps the code to an
 * Arabic or English message. Raw server text and stack traces never cross.
 */
export const errorCodeSchema = z.enum([
  'contract.unknown_method',
  'contract.invalid_arguments',
  'host.internal',
  'storage.write_failed',
  'storage.corrupt_file',
  'storage.disk_full',
  'storage.permission_denied',
  'storage.read_failed',
  'drafts.not_found',
  'drafts.revision_not_found',
  'drafts.already_exists',
  'import.invalid_file',
  'import.unsupported_version',
  'sites.not_found',
  'sites.already_exists',
  'sites.invalid_url',
  'secrets.unavailable',
  'wordpress.unreachable',
  'wordpress.tls',
  'wordpress.timeout',
  'wordpress.not_json',
  'wordpress.not_wordpress',
  'wordpress.unexpected_answer',
  'wordpress.app_passwords_unavailable',
  'wordpress.bad_credentials',
  'wordpress.forbidden',
  'wordpress.cannot_publish',
  'wordpress.invalid_param',
  'wordpress.bad_request',
  'wordpress.term_exists',
  'wordpress.post_deleted',
  'wordpress.not_found',
  'wordpress.too_large',
  'wordpress.rejected',
  'wordpress.server_error',
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const hostErrorSchema = z.object({
  code: errorCodeSchema,
  /** Field paths and reasons for invalid arguments; never secrets or stack traces. */
  details: z.array(z.string()).optional(),
});
export type HostErrorValue = z.infer<typeof hostErrorSchema>;

/** Every call answers with this envelope, over IPC and over HTTP alike. */
export type Envelope = { ok: true; value: unknown } | { ok: false; error: HostErrorValue };

/**
 * What the preload exposes as `window.midad`: the contract's methods, each answering
 * with an Envelope (an Error thrown across contextBridge would lose its code).
 */
export type MidadTransport = {
  [N in keyof MidadApi]: {
    [M in keyof MidadApi[N]]: MidadApi[N][M] extends (...args: infer A) => Promise<unknown>
      ? (...args: A) => Promise<Envelope>
      : never;
  };
};
