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

export const articleDocumentSchema = z.object({
  schemaVersion: z.literal(DOCUMENT_SCHEMA_VERSION),
  meta: articleMetaSchema,
  body: editorStateSchema,
});
export type ArticleDocument = z.infer<typeof articleDocumentSchema>;

export const savedDocumentSchema = z.object({
  document: articleDocumentSchema,
  /** ISO time the document reached disk. */
  savedAt: z.string(),
});
export type SavedDocument = z.infer<typeof savedDocumentSchema>;

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
  document: {
    /** The article being written, or null before the first save. */
    load: method(z.tuple([]), savedDocumentSchema.nullable()),
    save: method(z.tuple([articleDocumentSchema]), savedDocumentSchema),
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

export const IPC_CHANNEL_PREFIX = 'midad:';

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
