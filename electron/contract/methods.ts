// The method table: every method's argument and result schemas. Each method's are built the
// first time it is called (or its spec read), not when the module loads, so a cold start
// builds only what the first screen asks for (docs/cold-start-findings.md).
import * as z from 'zod';
import { MAX_DOCX_BYTES } from '../../common/document/file-size-limits.ts';
import { appInfoSchema } from './app.ts';
import {
  deskAnswerSchema,
  deskBoardStorySchema,
  deskOpenedSchema,
  deskQueueItemSchema,
} from './desk.ts';
import type { MethodName, Namespace } from './derive.ts';
import { draftContentSchema } from './drafts.ts';
import {
  draftSaveResultSchema,
  draftSchema,
  draftSummarySchema,
  revisionComparisonSchema,
  revisionInfoSchema,
  revisionRefSchema,
  revisionSchema,
  trashedDraftSummarySchema,
  workflowStatusSchema,
} from './drafts.ts';
import {
  draftIdSchema,
  publishJobIdSchema,
  revisionIdSchema,
  siteIdSchema,
} from './identifiers.ts';
import {
  docxImportSchema,
  exportOptionsSchema,
  importResultSchema,
  libraryProblemSchema,
  libraryReadingSchema,
  librarySearchSchema,
  searchOptionsSchema,
} from './library.ts';
import { mediaInfoSchema, mediaInputSchema } from './media.ts';
import {
  publishJobSchema,
  publishOptionsSchema,
  publishPreparationSchema,
  siteRevisionsSchema,
} from './publish.ts';
import { settingsPatchSchema, settingsSchema } from './settings.ts';
import { secretStorageSchema, siteInputSchema, siteSchema } from './sites.ts';

/** One method: the tuple of its arguments and the shape of its result. */
export interface MethodSpec<A extends z.ZodTuple, R extends z.ZodType> {
  args: A;
  result: R;
}
const method = <A extends z.ZodTuple, R extends z.ZodType>(
  args: A,
  result: R,
): MethodSpec<A, R> => ({
  args,
  result,
});

/** Each method as a function that builds its spec: the table lists names without building a schema. */
export const contract = {
  app: {
    getInfo: () => method(z.tuple([]), appInfoSchema),
    /**
     * Brings the app's window forward (its notification was clicked): the desktop app shows
     * and focuses it from the main process, where a page's own window.focus() may not reach
     * (Windows); browser mode does nothing, the page focuses its tab itself.
     */
    bringToFront: () => method(z.tuple([]), z.null()),
  },
  settings: {
    get: () => method(z.tuple([]), settingsSchema),
    set: () => method(z.tuple([settingsPatchSchema]), settingsSchema),
  },
  drafts: {
    /** Drafts by last change, newest first. */
    list: () => method(z.tuple([]), z.array(draftSummarySchema)),
    create: () => method(z.tuple([draftContentSchema.optional()]), draftSchema),
    open: () => method(z.tuple([draftIdSchema]), draftSchema),
    /** The newest draft that can be opened (but not `exceptId`), or a new one if there is none. */
    openStarting: () => method(z.tuple([draftIdSchema.optional()]), draftSchema),
    save: () => method(z.tuple([draftIdSchema, draftContentSchema]), draftSaveResultSchema),
    setStatus: () => method(z.tuple([draftIdSchema, workflowStatusSchema]), draftSaveResultSchema),
    duplicate: () => method(z.tuple([draftIdSchema]), draftSchema),
    trash: () => method(z.tuple([draftIdSchema]), z.null()),
    restore: () => method(z.tuple([draftIdSchema]), draftSummarySchema),
    listTrash: () => method(z.tuple([]), z.array(trashedDraftSummarySchema)),
    deleteFromTrash: () => method(z.tuple([draftIdSchema]), z.null()),
    emptyTrash: () => method(z.tuple([]), z.object({ deleted: z.number().int().nonnegative() })),
    listRevisions: () => method(z.tuple([draftIdSchema]), z.array(revisionInfoSchema)),
    getRevision: () => method(z.tuple([draftIdSchema, revisionIdSchema]), revisionSchema),
    restoreRevision: () =>
      method(z.tuple([draftIdSchema, revisionIdSchema]), draftSaveResultSchema),
    /**
     * A draft holding node types this Midad does not know opens read-only; this turns each into
     * paragraphs of its text, keeping the draft as it was as a revision first.
     */
    keepUnknownAsText: () => method(z.tuple([draftIdSchema]), draftSaveResultSchema),
    compareRevisions: () =>
      method(
        z.tuple([draftIdSchema, revisionRefSchema, revisionRefSchema]),
        revisionComparisonSchema,
      ),
    search: () =>
      method(z.tuple([z.string().max(500), searchOptionsSchema.optional()]), librarySearchSchema),
    /** How far this start has read the drafts (the list and search answer from what is read so far). */
    reading: () => method(z.tuple([]), libraryReadingSchema),
    problems: () => method(z.tuple([]), z.array(libraryProblemSchema)),
    /** The content of a .midad file. */
    exportDraft: () => method(z.tuple([draftIdSchema, exportOptionsSchema.optional()]), z.string()),
    /** A standalone HTML document of the draft. */
    exportHtml: () => method(z.tuple([draftIdSchema]), z.string()),
    /** A Word document of the draft (RTL paragraphs, Arabic fonts), base64. */
    exportDocx: () => method(z.tuple([draftIdSchema]), z.string()),
    /** The draft as Markdown. */
    exportMarkdown: () => method(z.tuple([draftIdSchema]), z.string()),
    /** The draft's printed proof as an A4 PDF, base64; export.pdf_unavailable in browser mode (it prints proof/<draftId>). */
    exportPdf: () => method(z.tuple([draftIdSchema]), z.string()),
    importDraft: () => method(z.tuple([z.string().max(100_000_000)]), importResultSchema),
    /** A .docx file (base64) into a new draft; nothing is created for a file that is not one. */
    importDocx: () =>
      method(z.tuple([z.string().max(Math.ceil(MAX_DOCX_BYTES / 3) * 4)]), docxImportSchema),
    /** Keeps an image in the draft's folder (once per content); the body refers to it by hash. */
    addMedia: () => method(z.tuple([draftIdSchema, mediaInputSchema]), mediaInfoSchema),
  },
  sites: {
    /** Finds the site's REST API, checks the credentials, then keeps the site. */
    add: () => method(z.tuple([siteInputSchema]), siteSchema),
    remove: () => method(z.tuple([siteIdSchema]), z.null()),
    list: () => method(z.tuple([]), z.array(siteSchema)),
    /** Checks the credentials again and refreshes capabilities and categories. */
    check: () => method(z.tuple([siteIdSchema]), siteSchema),
    secretStorage: () => method(z.tuple([]), secretStorageSchema),
    /** The user accepts Linux's basic_text backend (no keyring): passwords are then stored, obfuscated only. */
    acceptWeakSecretStorage: () => method(z.tuple([]), secretStorageSchema),
    /** The user takes that back: the passwords kept obfuscated are deleted, and no site can be added until a keyring is there or they accept again. */
    withdrawWeakSecretStorage: () => method(z.tuple([]), secretStorageSchema),
  },
  publish: {
    /** What the publish dialog needs: allowed actions, categories (cached), slug, zone, remote state. */
    prepare: () => method(z.tuple([draftIdSchema, siteIdSchema]), publishPreparationSchema),
    /** Writes the job to disk, then works through it in the background. */
    enqueue: () =>
      method(z.tuple([draftIdSchema, siteIdSchema, publishOptionsSchema]), publishJobSchema),
    /** Every job not yet cleared, newest first; poll it for progress. */
    jobs: () => method(z.tuple([]), z.array(publishJobSchema)),
    cancel: () => method(z.tuple([publishJobIdSchema]), publishJobSchema),
    resolveConflict: () =>
      method(z.tuple([publishJobIdSchema, z.enum(['keep_theirs', 'overwrite'])]), publishJobSchema),
    /** A failed or cancelled job again, from where it stopped. */
    retry: () => method(z.tuple([publishJobIdSchema]), publishJobSchema),
    /** The revisions the site keeps of the draft's post, with their texts (publish.not_published if it has none there). */
    siteRevisions: () => method(z.tuple([draftIdSchema, siteIdSchema]), siteRevisionsSchema),
  },
  desk: {
    /** The story sent to the desk from here comes back (desk.already_opened once the desk has touched it). */
    takeBack: () => method(z.tuple([draftIdSchema]), draftSchema),
    /** Whether the desk has answered a story sent from here: the draft as it stands then, and what its text was taken from. */
    checkAnswer: () => method(z.tuple([draftIdSchema]), deskAnswerSchema),
    /** The site's pending stories, the longest waiting first (the copy editor's and desk chief's queue). */
    queue: () => method(z.tuple([siteIdSchema]), z.array(deskQueueItemSchema)),
    /** The desk chief's board: with the desk, copy-edited, approved, scheduled, published today. */
    board: () => method(z.tuple([siteIdSchema]), z.array(deskBoardStorySchema)),
    /** A pending post as a local draft linked to it; the draft already linked when opened before, brought up to the site's newer version. */
    open: () => method(z.tuple([siteIdSchema, z.number().int().positive()]), deskOpenedSchema),
  },
} as const;

type AnySpec = MethodSpec<z.ZodTuple, z.ZodType>;
type SpecBuilders = Record<string, () => AnySpec>;

const built = new Map<string, AnySpec>();

/** The schemas of the method `name`, built on first use; undefined for a name the contract lacks. */
export function methodSpec(name: string): AnySpec | undefined {
  const known = built.get(name);
  if (known) return known;
  const [namespace = '', methodKey = '', ...rest] = name.split('.');
  if (rest.length > 0 || !Object.hasOwn(contract, namespace)) return undefined;
  const builders: SpecBuilders = contract[namespace as Namespace];
  if (!Object.hasOwn(builders, methodKey)) return undefined;
  const spec = builders[methodKey]!();
  built.set(name, spec);
  return spec;
}

/** The methods whose schemas this process has built so far: what its start paid for. */
export function builtMethodNames(): MethodName[] {
  return [...built.keys()] as MethodName[];
}

/** Every method in the table's order; a method's schemas are built when its `spec` is read. */
export function listMethods(): { name: MethodName; readonly spec: AnySpec }[] {
  return Object.entries(contract).flatMap(([namespace, builders]) =>
    Object.keys(builders).map((methodKey) => {
      const name = `${namespace}.${methodKey}` as MethodName;
      return {
        name,
        get spec(): AnySpec {
          return methodSpec(name)!;
        },
      };
    }),
  );
}
