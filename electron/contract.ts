// The one API between the UI and the host, declared once: every method's argument and
// result schemas. Preload, IPC registration, the browser-mode HTTP bridge and the
// renderer's client are all derived from `contract`. Imports neither Node nor the DOM.
import * as z from 'zod';
import { DRAFT_ID_PATTERN, MEDIA_HASH_PATTERN } from './id-formats.ts';
import { BOARD_COLUMNS } from '../common/newsroom/desk-board.ts';
import { CAPABILITY_NAME_PATTERN, MAX_ROLE_CAPABILITIES } from '../common/newsroom/roles.ts';
import { REVIEW_LIMITS } from '../common/review/review-limits.ts';
import { SETTINGS_RANGES } from './default-settings.ts';

export const languageSchema = z.enum(['ar', 'en']);
export type Language = z.infer<typeof languageSchema>;

/** The newsroom's house style (ARABIC.md "House style"); the checker reads it. */
export const houseStyleSettingsSchema = z.object({
  /** « » (guillemets) or “ ” (curly). */
  quoteStyle: z.enum(['guillemets', 'curly']),
  /** Western 0-9 or Arabic-Indic ٠-٩ (Saudi dailies online mostly use Western). */
  digits: z.enum(['western', 'arabic-indic']),
  /** Where tanween fath goes beside a final alef: شكرًا (before-alef), شكراً (on-alef), or either. */
  tanween: z.enum(['before-alef', 'on-alef', 'either']),
  /** Rule ids the newsroom turned off; every other rule is on. */
  disabledRules: z.array(z.string().min(1).max(60)).max(100),
  /** A sentence longer than this is flagged. */
  maxSentenceWords: z
    .number()
    .int()
    .min(SETTINGS_RANGES.maxSentenceWords.min)
    .max(SETTINGS_RANGES.maxSentenceWords.max),
  /** Preferred spellings (names of people and places): each variant is flagged, the preferred form offered. */
  wordList: z
    .array(
      z.object({
        preferred: z.string().min(1).max(100),
        variants: z.array(z.string().min(1).max(100)).min(1).max(20),
      }),
    )
    .max(5_000),
});
export type HouseStyleSettings = z.infer<typeof houseStyleSettingsSchema>;

/** Lengths a newsroom sets for the fields that show in search results and feeds. */
export const limitsSettingsSchema = z.object({
  headlineChars: z
    .number()
    .int()
    .min(SETTINGS_RANGES.headlineChars.min)
    .max(SETTINGS_RANGES.headlineChars.max),
  excerptChars: z
    .number()
    .int()
    .min(SETTINGS_RANGES.excerptChars.min)
    .max(SETTINGS_RANGES.excerptChars.max),
});
export type LimitsSettings = z.infer<typeof limitsSettingsSchema>;

const capabilityNameSchema = z.string().regex(CAPABILITY_NAME_PATTERN);
const requiredCapabilitiesSchema = z.array(capabilityNameSchema).min(1).max(MAX_ROLE_CAPABILITIES);

/** How the newsroom's roles are read from a site's capabilities (common/newsroom/roles.ts). */
const roleMappingSchema = z.object({
  copyEditor: requiredCapabilitiesSchema,
  deskChief: requiredCapabilitiesSchema,
});
/** The name review comments are signed with on this machine; '' until the user gives one. */
const reviewerNameSettingSchema = z.string().trim().max(100);

export const newsroomSettingsSchema = z.object({
  roleMapping: roleMappingSchema,
  // Settings files from before review comments have none: the section stays readable.
  reviewerName: reviewerNameSettingSchema.default(''),
  /** Suggesting mode is on when a copy editor or desk chief opens someone else's story; files from before it have it on. */
  suggestOnOthersStories: z.boolean().default(true),
});
export type NewsroomSettings = z.infer<typeof newsroomSettingsSchema>;

/** What happens to a picture on its way out (upload, export): see docs/pictures.md. */
export const picturesSettingsSchema = z.object({
  /** Its longest side, in pixels, is at most this; the draft keeps the original. */
  maxLongSide: z
    .number()
    .int()
    .min(SETTINGS_RANGES.pictureLongSide.min)
    .max(SETTINGS_RANGES.pictureLongSide.max),
  /** The photographer's credit and caption stay in the file (as three EXIF text fields); off, nothing does. */
  keepCredit: z.boolean(),
});
export type PicturesSettings = z.infer<typeof picturesSettingsSchema>;

export const settingsSchema = z.object({
  language: languageSchema,
  editor: z.object({
    /** Reading speed for the reading-time counter; ARABIC.md: 138 ± 20 wpm aloud. */
    wordsPerMinute: z
      .number()
      .int()
      .min(SETTINGS_RANGES.wordsPerMinute.min)
      .max(SETTINGS_RANGES.wordsPerMinute.max),
    /** Misspellings underlined in the article (docs/spellcheck.md); files from before it have it on. */
    spelling: z.boolean().default(true),
  }),
  houseStyle: houseStyleSettingsSchema,
  limits: limitsSettingsSchema,
  newsroom: newsroomSettingsSchema,
  pictures: picturesSettingsSchema,
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsPatchSchema = z
  .object({
    language: languageSchema.optional(),
    editor: settingsSchema.shape.editor.partial().optional(),
    houseStyle: houseStyleSettingsSchema.partial().optional(),
    limits: limitsSettingsSchema.partial().optional(),
    pictures: picturesSettingsSchema.partial().optional(),
    // Not `.partial()`: the default would fill a left-out name with '' and erase the one kept.
    newsroom: z
      .object({
        roleMapping: roleMappingSchema.optional(),
        reviewerName: reviewerNameSettingSchema.optional(),
        suggestOnOthersStories: z.boolean().optional(),
      })
      .optional(),
  })
  .strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/**
 * Who underlines misspelt words in the text: the operating system's checker (the desktop app
 * on macOS, and on Windows for `languages`; empty when the system picks them), nobody (the
 * desktop app on Linux: Chromium's checker has no dictionary there), or the browser's own.
 */
export const spellCheckingSchema = z.object({
  checker: z.enum(['system', 'none', 'browser']),
  languages: z.array(z.string()),
});
export type SpellChecking = z.infer<typeof spellCheckingSchema>;

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  /** 'desktop' inside Electron, 'browser' when served by the web host. */
  mode: z.enum(['desktop', 'browser']),
  dataDir: z.string(),
  spellChecking: spellCheckingSchema,
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

export const workflowStatusSchema = z.enum([
  'draft',
  'sent_to_desk',
  'copy_edited',
  'approved',
  'scheduled',
  'published',
]);
export type WorkflowStatus = z.infer<typeof workflowStatusSchema>;

/** Random and URL-safe; also safe as a folder name (no dots, no slashes). */
export const draftIdSchema = z.string().regex(DRAFT_ID_PATTERN);
/** Creation time in milliseconds, then a random tail: sorts by time as a file name. */
export const revisionIdSchema = z.string().regex(/^\d{13}-[A-Za-z0-9_-]{4,32}$/);
const isoTimeSchema = z.iso.datetime();

// ---- Review notes: comments anchored to marks in the body (common/review/comment-threads.ts) ----

/** A thread's id is also the id of the @lexical/mark MarkNode(s) that anchor it in the body. */
export const commentIdSchema = z.string().regex(/^[A-Za-z0-9_-]{6,64}$/);
const reviewerNameSchema = z.string().trim().min(1).max(REVIEW_LIMITS.nameChars);

export const commentReplySchema = z.object({
  id: commentIdSchema,
  author: reviewerNameSchema,
  createdAt: isoTimeSchema,
  text: z.string().trim().min(1).max(REVIEW_LIMITS.textChars),
});
export type CommentReply = z.infer<typeof commentReplySchema>;

export const commentThreadSchema = z.object({
  id: commentIdSchema,
  /** The text the comment was made on, as it read then: still shown when that text is deleted. */
  quote: z.string().max(REVIEW_LIMITS.quoteChars),
  author: reviewerNameSchema,
  createdAt: isoTimeSchema,
  text: z.string().trim().min(1).max(REVIEW_LIMITS.textChars),
  resolved: z.boolean(),
  resolvedBy: reviewerNameSchema.optional(),
  resolvedAt: isoTimeSchema.optional(),
  replies: z.array(commentReplySchema).max(REVIEW_LIMITS.replies),
});
export type CommentThread = z.infer<typeof commentThreadSchema>;

export const draftReviewSchema = z.object({
  comments: z.array(commentThreadSchema).max(REVIEW_LIMITS.threads),
});
export type DraftReview = z.infer<typeof draftReviewSchema>;

/** Drafts written before review notes existed have none: they open with an empty review. */
const defaultedReviewSchema = draftReviewSchema.default(() => ({ comments: [] }));

/** `review` left out of a save keeps the review the draft has (a save without it never drops comments). */
export const draftContentSchema = z.object({
  meta: articleMetaSchema,
  body: editorStateSchema,
  review: draftReviewSchema.optional(),
});
export type DraftContent = z.infer<typeof draftContentSchema>;

/** A sha256 of a file's bytes, lowercase hex: how a draft's media are named and remembered. */
export const contentHashSchema = z.string().regex(/^[0-9a-f]{64}$/);

/** An image uploaded to a site: the attachment WordPress made of it. */
export const remoteMediaSchema = z.object({
  mediaId: z.number().int().positive(),
  url: z.string(),
  /**
   * The sha256 of the bytes the site holds, when Midad cleaned the picture on its way there
   * (its metadata stripped): the document sent with the post names the picture by it, so
   * whoever brings the picture from the site finds the very file the text names.
   */
  sentHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/u)
    .optional(),
});

/** A change on the site since this copy last saw the post: the reporter sent the story again, or someone edited it there. */
export const siteChangeKindSchema = z.enum(['edited', 'resubmitted']);
export type SiteChangeKind = z.infer<typeof siteChangeKindSchema>;

/** The post a draft became on one site (a draft maps to exactly one post per site). */
export const remotePostSchema = z.object({
  siteId: z.string(),
  postId: z.number().int().positive(),
  /** WordPress's status as last seen: draft, pending, publish, future, private. */
  status: z.string(),
  link: z.string(),
  /**
   * The post's author on the site (a WordPress user id), as last seen. Another id than this
   * site's account means the story is someone else's (opened from the desk). Absent in links
   * made before it was kept.
   */
  authorId: z.number().int().optional(),
  /** The post's `modified_gmt` after Midad's last write: a different one on the site means someone else edited it. */
  modifiedGmt: z.string(),
  /** The draft's `updatedAt` whose content was last sent: a newer one means unsent changes. */
  sentUpdatedAt: isoTimeSchema,
  sentAt: isoTimeSchema,
  /** Media uploaded for this draft to this site, by content hash: never uploaded twice. */
  media: z.record(z.string(), remoteMediaSchema),
});
export type RemotePost = z.infer<typeof remotePostSchema>;

/** Per site id. */
export const draftRemoteSchema = z.record(z.string(), remotePostSchema);
export type DraftRemote = z.infer<typeof draftRemoteSchema>;

/**
 * The story was handed to the desk from this machine (a `pending` post): the copy here is
 * read-only until the desk sends it back or the reporter takes it back.
 */
export const withDeskSchema = z.object({
  siteId: z.string(),
  postId: z.number().int().positive(),
  sentAt: isoTimeSchema,
});
export type WithDesk = z.infer<typeof withDeskSchema>;

export const draftWorkflowSchema = z.object({
  status: workflowStatusSchema,
  withDesk: withDeskSchema.optional(),
});
export type DraftWorkflow = z.infer<typeof draftWorkflowSchema>;

export const draftSchema = z.object({
  id: draftIdSchema,
  createdAt: isoTimeSchema,
  updatedAt: isoTimeSchema,
  workflow: draftWorkflowSchema,
  meta: articleMetaSchema,
  body: editorStateSchema,
  review: defaultedReviewSchema,
  /** The post this draft became on each site it was sent to; null when it was never sent. */
  remote: draftRemoteSchema.nullable(),
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
  /** Never sent (local), a post on a site not yet public (on_site), or published on a site (published). */
  sync: z.enum(['local', 'on_site', 'published']),
  createdAt: isoTimeSchema,
  updatedAt: isoTimeSchema,
});
export type DraftSummary = z.infer<typeof draftSummarySchema>;

export const trashedDraftSummarySchema = draftSummarySchema.extend({ trashedAt: isoTimeSchema });
export type TrashedDraftSummary = z.infer<typeof trashedDraftSummarySchema>;

// before_site_version: the text a version from the site (the desk's, the reporter's, a merge with it) replaced.
// before_keep_as_text: the draft as it was, node types Midad does not know included, before they became text.
export const revisionReasonSchema = z.enum([
  'interval',
  'status_change',
  'before_restore',
  'imported',
  'before_site_version',
  'before_keep_as_text',
]);
export type RevisionReason = z.infer<typeof revisionReasonSchema>;

export const revisionInfoSchema = z.object({
  id: revisionIdSchema,
  draftId: draftIdSchema,
  createdAt: isoTimeSchema,
  reason: revisionReasonSchema,
  status: workflowStatusSchema,
  /** Who moved the story to this status (the site account's name), where it was a status change Midad saw being made. */
  by: z.string().max(200).optional(),
  words: z.number().int().nonnegative(),
  characters: z.number().int().nonnegative(),
  /** Change against the revision before it (the first counts from an empty draft). */
  wordsDelta: z.number().int(),
  charactersDelta: z.number().int(),
});
export type RevisionInfo = z.infer<typeof revisionInfoSchema>;

export const revisionSchema = revisionInfoSchema.extend({
  meta: articleMetaSchema,
  body: editorStateSchema,
  review: draftReviewSchema.optional(),
});
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

export const diffPieceSchema = z.object({
  type: z.enum(['equal', 'insert', 'delete']),
  text: z.string(),
});
export const revisionComparisonSchema = z.object({
  pieces: z.array(diffPieceSchema),
  wordsInserted: z.number().int().nonnegative(),
  wordsDeleted: z.number().int().nonnegative(),
});
export type RevisionComparison = z.infer<typeof revisionComparisonSchema>;

export const searchFieldSchema = z.enum([
  'headline',
  'kicker',
  'excerpt',
  'tags',
  'section',
  'byline',
  'body',
]);
export type SearchField = z.infer<typeof searchFieldSchema>;

export const searchOptionsSchema = z
  .object({ limit: z.number().int().min(1).max(200).optional() })
  .strict();

const textRangeSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export const searchResultSchema = z.object({
  draftId: draftIdSchema,
  score: z.number(),
  /** The normalized terms that matched, as the index holds them. */
  matchedTerms: z.array(z.string()),
  /** Per matched field: its text (a short window for the body) and where the matches are in it. */
  highlights: z.array(
    z.object({ field: searchFieldSchema, text: z.string(), ranges: z.array(textRangeSchema) }),
  ),
});
export type SearchResult = z.infer<typeof searchResultSchema>;

/**
 * How far the library has read its drafts at this start. A first start without caches reads
 * them in the background: the list and search answer from what is read so far meanwhile.
 */
export const libraryReadingSchema = z.object({
  /** Drafts in the list so far, and drafts in the library's folder. */
  listed: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  /** Drafts search can find so far. */
  searchable: z.number().int().nonnegative(),
  /** Every draft read and searchable. */
  complete: z.boolean(),
});
export type LibraryReading = z.infer<typeof libraryReadingSchema>;

/** A search's results, and how much of the library it looked at (all of it once reading is complete). */
export const librarySearchSchema = z.object({
  results: z.array(searchResultSchema),
  reading: libraryReadingSchema,
});
export type LibrarySearch = z.infer<typeof librarySearchSchema>;

export const libraryProblemSchema = z.object({
  draftId: draftIdSchema.nullable(),
  kind: z.enum([
    'draft_unreadable',
    'draft_missing',
    'revision_unreadable',
    'legacy_document_unreadable',
  ]),
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

/** A .docx larger than this is refused (import.too_large): a long article with photos is a few MB. */
export const MAX_DOCX_BYTES = 50 * 1024 * 1024;

/** A new draft made from a .docx: its headline set, its images stored; the renderer cleans `html` and saves it as the body. */
export const docxImportSchema = z.object({ draft: draftSchema, html: z.string() });
export type DocxImport = z.infer<typeof docxImportSchema>;

// ---- A draft's images (electron/services/drafts/media) ----

/** Larger than any newsroom photo needs; the site may still refuse less (wordpress.too_large). */
export const MAX_MEDIA_BYTES = 20 * 1024 * 1024;
export const mediaTypeSchema = z.enum(['image/jpeg', 'image/png', 'image/gif', 'image/webp']);
export type MediaType = z.infer<typeof mediaTypeSchema>;
/** The SHA-256 of the image's bytes, lowercase hex: its name in the draft and its key on upload. */
export const mediaHashSchema = z.string().regex(MEDIA_HASH_PATTERN);

/** An image file as the renderer read it; the host sniffs its type, the names are only hints. */
export const mediaInputSchema = z
  .object({
    fileName: z.string().max(1000),
    mimeType: z.string().max(200),
    dataBase64: z.string().max(Math.ceil(MAX_MEDIA_BYTES / 3) * 4),
  })
  .strict();
export type MediaInput = z.infer<typeof mediaInputSchema>;

export const mediaInfoSchema = z.object({
  hash: mediaHashSchema,
  /** The name the file came with (Arabic kept), its extension made to match its type. */
  fileName: z.string(),
  mimeType: mediaTypeSchema,
  size: z.number().int().nonnegative(),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
});
export type MediaInfo = z.infer<typeof mediaInfoSchema>;

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

export const siteCategorySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  parent: z.number().int(),
});
export type SiteCategory = z.infer<typeof siteCategorySchema>;

/** What a site's midad-bridge plugin told Midad: the review can travel with the story there. */
export const reviewBridgeSchema = z.object({
  version: z.string().max(40),
  maxDocumentBytes: z.number().int().positive(),
  /**
   * A contributor (no `upload_files`) may upload images to his own unpublished posts, up to
   * `maxBytes`; absent with a plugin before 0.2.0, whose contributors' pictures stay here.
   */
  contributorUploads: z.object({ maxBytes: z.number().int().positive() }).optional(),
});
export type ReviewBridge = z.infer<typeof reviewBridgeSchema>;

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
  /** The midad-bridge plugin as found at `checkedAt`; null where it is absent (review notes stay on this machine). */
  reviewBridge: reviewBridgeSchema.nullable(),
  addedAt: isoTimeSchema,
  checkedAt: isoTimeSchema,
});
export type Site = z.infer<typeof siteSchema>;

/** Where application passwords are kept, for the UI to tell the user. */
export const secretStorageSchema = z.object({
  kind: z.enum(['os-encrypted', 'basic-text', 'file']),
  /** 'basic-text' only: the user accepted keeping passwords so (asked once); until then adding a site is refused. */
  weakAccepted: z.boolean().optional(),
});
export type SecretStorage = z.infer<typeof secretStorageSchema>;

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
  'import.not_docx',
  'import.too_large',
  // A document refused at the trust boundary (common/document/article-document-check.ts); nothing is written.
  'document.malformed',
  'document.unknown_node',
  'document.unsafe_url',
  'document.too_deep',
  'document.too_many_nodes',
  'document.too_large',
  'export.pdf_unavailable',
  'export.pdf_failed',
  'media.unsupported_type',
  'media.too_large',
  'media.not_found',
  'media.picture_unreadable',
  'sites.not_found',
  'sites.already_exists',
  'sites.invalid_url',
  'secrets.unavailable',
  'secrets.weak_backend',
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
  /** midad-bridge refused a contributor's picture: not his unpublished post, or not an image. */
  'wordpress.picture_not_allowed',
  'wordpress.rejected',
  'wordpress.server_error',
  'publish.job_not_found',
  'publish.not_cancellable',
  'publish.not_in_conflict',
  'publish.not_retryable',
  'publish.action_not_allowed',
  'publish.not_published',
  'publish.schedule_missing',
  'publish.media_missing',
  'publish.already_queued',
  'publish.shutting_down',
  /** Take back: the story is no longer waiting untouched at the desk (opened, edited or moved on). */
  'desk.already_opened',
  /** Take back or refresh: this copy was not handed to the desk from here. */
  'desk.not_with_desk',
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

// ---- Publishing: the outbox (electron/services/publish/outbox) ----

export const publishActionSchema = z.enum([
  'draft',
  'pending',
  'publish',
  'schedule',
  'update',
  'unpublish',
]);
export type PublishAction = z.infer<typeof publishActionSchema>;

export const publishOptionsSchema = z
  .object({
    action: publishActionSchema,
    /** For 'schedule': the instant, with its offset or Z (the UI shows it in the writer's zone). */
    scheduleAt: z.iso.datetime({ offset: true }).optional(),
    /** The site's category ids; absent: chosen from the draft's section. */
    categoryIds: z.array(z.number().int().positive()).max(100).optional(),
    /** Tag names (created on the site when missing); absent: the draft's tags. */
    tags: z.array(z.string().min(1).max(100)).max(50).optional(),
    /** Absent: slugFromHeadline(headline). */
    slug: z.string().max(400).optional(),
    featuredImageHash: contentHashSchema.optional(),
    /** After wordpress.post_deleted: forget the post this draft was linked to and create a new one. */
    asNew: z.boolean().optional(),
  })
  .strict();
export type PublishOptions = z.infer<typeof publishOptionsSchema>;

export const publishNoteSchema = z.enum([
  /** WordPress has no byline field: the post's author is the signed-in account. */
  'byline_not_sent',
  /** The section matches no category and the account may not create one: uncategorised. */
  'section_uncategorized',
  /** The section matches no category; publishing creates it (manage_categories). */
  'section_will_be_created',
  /** The site could not be reached: categories and time zone from the last check. */
  'site_offline',
  /** The whole document is larger than the site's midad-bridge accepts: the text goes, the review notes stay here. */
  'document_too_large',
  /** The draft changed since it was last sent. */
  'unsent_changes',
  /** Some pictures cannot go to this site (see `media[].staysHere`): the text goes without them. */
  'pictures_stay_here',
]);
export type PublishNote = z.infer<typeof publishNoteSchema>;

/**
 * Why a picture stays on this machine when its story is sent: the account may not upload
 * (a WordPress contributor, on a site without midad-bridge's contributor uploads), or the
 * picture is larger than the plugin lets a contributor upload.
 */
export const pictureStayReasonSchema = z.enum(['uploads_not_allowed', 'too_large']);
export type PictureStayReason = z.infer<typeof pictureStayReasonSchema>;

/**
 * A picture of a text that came from the site whose file could not be brought into the
 * draft: the text keeps it (an empty frame in the editor) and the UI names it. `not_on_site`:
 * no attachment carries it (deleted); `changed_on_site`: the file there is not the one the
 * text names; `other_origin`: its address leaves the site; `not_an_image`, `too_large`; or
 * `unreachable`: the site did not answer.
 */
export const pictureNotBroughtSchema = z.object({
  /** Null for an image block kept as it is on the site, which names its attachment by id only. */
  hash: mediaHashSchema.nullable(),
  fileName: z.string(),
  reason: z.enum([
    'not_on_site',
    'changed_on_site',
    'other_origin',
    'not_an_image',
    'too_large',
    'unreachable',
  ]),
});
export type PictureNotBrought = z.infer<typeof pictureNotBroughtSchema>;

/** A picture of the text that a finished job did not send. */
export const pictureLeftHereSchema = z.object({
  hash: contentHashSchema,
  fileName: z.string(),
  reason: pictureStayReasonSchema,
});
export type PictureLeftHere = z.infer<typeof pictureLeftHereSchema>;

export const siteTimeZoneSchema = z.object({
  /** `Asia/Riyadh`, or '' when the site is set to a plain offset. */
  timezoneString: z.string(),
  /** Hours from UTC (may be fractional: 5.5). */
  gmtOffset: z.number(),
});

export const publishPreparationSchema = z.object({
  draftId: draftIdSchema,
  siteId: siteIdSchema,
  /** What this account may do with this draft, from its capabilities and the remote state. */
  allowedActions: z.array(publishActionSchema),
  categories: z.array(siteCategorySchema),
  suggestedCategoryIds: z.array(z.number().int()),
  suggestedSlug: z.string(),
  tags: z.array(z.string()),
  /** The site's zone (null when offline and never read). */
  timeZone: siteTimeZoneSchema.nullable(),
  /** The pictures of the text, in reading order: the only ones a featured image may be. */
  media: z.array(
    z.object({
      hash: contentHashSchema,
      fileName: z.string(),
      alt: z.string(),
      caption: z.string(),
      uploaded: z.boolean(),
      /** Why this picture will not be sent (the text goes without it); absent: it goes. */
      staysHere: pictureStayReasonSchema.optional(),
    }),
  ),
  remote: remotePostSchema.nullable(),
  /** An unfinished job for this draft on this site, if there is one. */
  activeJobId: z.string().nullable(),
  notes: z.array(publishNoteSchema),
});
export type PublishPreparation = z.infer<typeof publishPreparationSchema>;

export const publishStepSchema = z.enum(['check', 'terms', 'media', 'post', 'finalize']);
export type PublishStep = z.infer<typeof publishStepSchema>;

export const publishFileProgressSchema = z.object({
  hash: contentHashSchema,
  fileName: z.string(),
  bytes: z.number().int().nonnegative(),
  state: z.enum(['pending', 'uploading', 'done', 'reused']),
});

export const publishJobStateSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('queued') }),
  z.object({
    state: z.literal('waiting_offline'),
    code: errorCodeSchema,
    attempts: z.number().int().nonnegative(),
    nextAttemptAt: isoTimeSchema,
  }),
  z.object({
    state: z.literal('running'),
    step: publishStepSchema,
    files: z.array(publishFileProgressSchema),
    /** 0..1 over the whole job (uploads weighed by size). */
    overall: z.number().min(0).max(1),
  }),
  z.object({
    state: z.literal('done'),
    postId: z.number().int(),
    link: z.string(),
    status: z.string(),
    /** The pictures of the text that were not sent and stay on this machine; absent: none. */
    picturesLeftHere: z.array(pictureLeftHereSchema).optional(),
    /** After keeping the site's version: its pictures whose files could not be brought here; absent: none. */
    picturesNotBrought: z.array(pictureNotBroughtSchema).optional(),
  }),
  z.object({
    state: z.literal('failed'),
    code: errorCodeSchema,
    /** What to offer instead: 'pending' after wordpress.cannot_publish. */
    suggestion: publishActionSchema.nullable(),
    /** After wordpress.post_deleted: enqueue again with { asNew: true }. */
    canPublishAsNew: z.boolean(),
  }),
  z.object({
    state: z.literal('conflict'),
    remoteModifiedGmt: z.string(),
    /** Who changed it, as far as the site tells: the reporter's resubmission, or an edit there. */
    kind: siteChangeKindSchema.optional(),
    /** The remote content's text against what this copy last saw of it (delete = gone on the site, insert = added there). */
    diff: z.object({
      pieces: z.array(z.object({ type: z.enum(['equal', 'insert', 'delete']), text: z.string() })),
      wordsInserted: z.number().int().nonnegative(),
      wordsDeleted: z.number().int().nonnegative(),
    }),
  }),
  z.object({ state: z.literal('cancelled') }),
]);
export type PublishJobState = z.infer<typeof publishJobStateSchema>;

export const publishJobSchema = z.object({
  id: z.string(),
  draftId: draftIdSchema,
  siteId: siteIdSchema,
  action: publishActionSchema,
  headline: z.string(),
  createdAt: isoTimeSchema,
  updatedAt: isoTimeSchema,
  state: publishJobStateSchema,
});
export type PublishJob = z.infer<typeof publishJobSchema>;

export const publishJobIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

/** One of the revisions WordPress keeps of a draft's post (wp/v2/posts/ID/revisions). */
export const siteRevisionSchema = z.object({
  id: z.number().int().positive(),
  authorId: z.number().int(),
  /** The author's public name, or null where the site does not show it to this account (then the id). */
  authorName: z.string().nullable(),
  /** When it was saved, UTC. */
  savedAt: isoTimeSchema,
  /** The post's text then, read from its block markup as the conflict diff reads it. */
  text: z.string(),
});
export type SiteRevision = z.infer<typeof siteRevisionSchema>;

export const siteRevisionsSchema = z.object({
  siteId: siteIdSchema,
  postId: z.number().int().positive(),
  /** Newest first. */
  revisions: z.array(siteRevisionSchema),
  /** The draft as it is now, serialized as it would be sent and read the same way: comparable with any of them. */
  currentText: z.string(),
});
export type SiteRevisions = z.infer<typeof siteRevisionsSchema>;

/** One method: the tuple of its arguments and the shape of its result. */
interface MethodSpec<A extends z.ZodTuple, R extends z.ZodType> {
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

/** One story in the desk's queue (electron/services/publish/desk/desk-queue.ts). */
export const deskQueueItemSchema = z.object({
  postId: z.number().int().positive(),
  title: z.string(),
  /** The author's public name; null when this account may not see it (no list_users, never published). */
  reporter: z.string().nullable(),
  sections: z.array(z.string()),
  sentAtGmt: z.string(),
  words: z.number().int().nonnegative(),
  /** The local draft already linked to the post: someone on this machine is working on it. */
  openAsDraftId: draftIdSchema.nullable(),
});
export type DeskQueueItem = z.infer<typeof deskQueueItemSchema>;

/** A story on the desk chief's board: the queue's row, its column, and Midad's stage where this machine knows it. */
export const deskBoardStorySchema = deskQueueItemSchema.extend({
  column: z.enum(BOARD_COLUMNS),
  stage: workflowStatusSchema.nullable(),
});
export type DeskBoardStory = z.infer<typeof deskBoardStorySchema>;

/**
 * The desk's answer to a story sent from here. `took`: the copy here was replaced by the
 * desk's whole document (midad-bridge) or by the text of the post; null when it kept its own.
 * `notice`: the review notes stayed on the desk's machine (no plugin), or the site's document
 * could not be read.
 */
export const deskAnswerSchema = z.object({
  draft: draftSchema,
  took: z.enum(['document', 'markup']).nullable(),
  notice: z.enum(['review_stayed_behind', 'document_unreadable']).optional(),
  /**
   * The desk published or scheduled the story: the text it went out with against the copy
   * here (delete = only here, insert = only in the published text). The copy keeps its text.
   */
  published: z
    .object({
      status: z.enum(['published', 'scheduled']),
      differs: z.boolean(),
      diff: revisionComparisonSchema,
    })
    .optional(),
  /** The desk's text names pictures whose files could not be brought from the site. */
  picturesNotBrought: z.array(pictureNotBroughtSchema).optional(),
});
export type DeskAnswer = z.infer<typeof deskAnswerSchema>;

/**
 * What opening a linked story from the desk did with the site's newer version: nothing was
 * newer, it became the local copy, it merged with unsent local work (other paragraphs), or
 * it changed the same paragraphs as that work: the local copy stays as it is, and its next
 * update stops at this conflict.
 */
export const siteSyncSchema = z.object({
  outcome: z.enum(['unchanged', 'took_site', 'merged', 'conflict']),
  conflict: z.object({ kind: siteChangeKindSchema, diff: revisionComparisonSchema }).optional(),
});
export type SiteSyncResult = z.infer<typeof siteSyncSchema>;

/** `desk.open`'s answer: the linked draft, and what the site's version did to it. */
export const deskOpenedSchema = draftSchema.extend({
  fromSite: siteSyncSchema.optional(),
  /** The story's pictures whose files could not be brought from the site. */
  picturesNotBrought: z.array(pictureNotBroughtSchema).optional(),
});
export type DeskOpened = z.infer<typeof deskOpenedSchema>;

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
    /** The newest draft that can be opened (but not `exceptId`), or a new one if there is none. */
    openStarting: method(z.tuple([draftIdSchema.optional()]), draftSchema),
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
    /**
     * A draft holding node types this Midad does not know opens read-only; this turns each into
     * paragraphs of its text, keeping the draft as it was as a revision first.
     */
    keepUnknownAsText: method(z.tuple([draftIdSchema]), draftSaveResultSchema),
    compareRevisions: method(
      z.tuple([draftIdSchema, revisionRefSchema, revisionRefSchema]),
      revisionComparisonSchema,
    ),
    search: method(
      z.tuple([z.string().max(500), searchOptionsSchema.optional()]),
      librarySearchSchema,
    ),
    /** How far this start has read the drafts (the list and search answer from what is read so far). */
    reading: method(z.tuple([]), libraryReadingSchema),
    problems: method(z.tuple([]), z.array(libraryProblemSchema)),
    /** The content of a .midad file. */
    exportDraft: method(z.tuple([draftIdSchema, exportOptionsSchema.optional()]), z.string()),
    /** A standalone HTML document of the draft. */
    exportHtml: method(z.tuple([draftIdSchema]), z.string()),
    /** A Word document of the draft (RTL paragraphs, Arabic fonts), base64. */
    exportDocx: method(z.tuple([draftIdSchema]), z.string()),
    /** The draft as Markdown. */
    exportMarkdown: method(z.tuple([draftIdSchema]), z.string()),
    /** The draft's printed proof as an A4 PDF, base64; export.pdf_unavailable in browser mode (it prints proof/<draftId>). */
    exportPdf: method(z.tuple([draftIdSchema]), z.string()),
    importDraft: method(z.tuple([z.string().max(100_000_000)]), importResultSchema),
    /** A .docx file (base64) into a new draft; nothing is created for a file that is not one. */
    importDocx: method(
      z.tuple([z.string().max(Math.ceil(MAX_DOCX_BYTES / 3) * 4)]),
      docxImportSchema,
    ),
    /** Keeps an image in the draft's folder (once per content); the body refers to it by hash. */
    addMedia: method(z.tuple([draftIdSchema, mediaInputSchema]), mediaInfoSchema),
  },
  sites: {
    /** Finds the site's REST API, checks the credentials, then keeps the site. */
    add: method(z.tuple([siteInputSchema]), siteSchema),
    remove: method(z.tuple([siteIdSchema]), z.null()),
    list: method(z.tuple([]), z.array(siteSchema)),
    /** Checks the credentials again and refreshes capabilities and categories. */
    check: method(z.tuple([siteIdSchema]), siteSchema),
    secretStorage: method(z.tuple([]), secretStorageSchema),
    /** The user accepts Linux's basic_text backend (no keyring): passwords are then stored, obfuscated only. */
    acceptWeakSecretStorage: method(z.tuple([]), secretStorageSchema),
    /** The user takes that back: the passwords kept obfuscated are deleted, and no site can be added until a keyring is there or they accept again. */
    withdrawWeakSecretStorage: method(z.tuple([]), secretStorageSchema),
  },
  publish: {
    /** What the publish dialog needs: allowed actions, categories (cached), slug, zone, remote state. */
    prepare: method(z.tuple([draftIdSchema, siteIdSchema]), publishPreparationSchema),
    /** Writes the job to disk, then works through it in the background. */
    enqueue: method(z.tuple([draftIdSchema, siteIdSchema, publishOptionsSchema]), publishJobSchema),
    /** Every job not yet cleared, newest first; poll it for progress. */
    jobs: method(z.tuple([]), z.array(publishJobSchema)),
    cancel: method(z.tuple([publishJobIdSchema]), publishJobSchema),
    resolveConflict: method(
      z.tuple([publishJobIdSchema, z.enum(['keep_theirs', 'overwrite'])]),
      publishJobSchema,
    ),
    /** A failed or cancelled job again, from where it stopped. */
    retry: method(z.tuple([publishJobIdSchema]), publishJobSchema),
    /** The revisions the site keeps of the draft's post, with their texts (publish.not_published if it has none there). */
    siteRevisions: method(z.tuple([draftIdSchema, siteIdSchema]), siteRevisionsSchema),
  },
  desk: {
    /** The story sent to the desk from here comes back (desk.already_opened once the desk has touched it). */
    takeBack: method(z.tuple([draftIdSchema]), draftSchema),
    /** Whether the desk has answered a story sent from here: the draft as it stands then, and what its text was taken from. */
    checkAnswer: method(z.tuple([draftIdSchema]), deskAnswerSchema),
    /** The site's pending stories, the longest waiting first (the copy editor's and desk chief's queue). */
    queue: method(z.tuple([siteIdSchema]), z.array(deskQueueItemSchema)),
    /** The desk chief's board: with the desk, copy-edited, approved, scheduled, published today. */
    board: method(z.tuple([siteIdSchema]), z.array(deskBoardStorySchema)),
    /** A pending post as a local draft linked to it; the draft already linked when opened before, brought up to the site's newer version. */
    open: method(z.tuple([siteIdSchema, z.number().int().positive()]), deskOpenedSchema),
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

export { IPC_CHANNEL_PREFIX, IPC_EVENT_CHANNEL } from './contract-channels.ts';

// ---- Host → renderer events: what changed on the host, so every screen shows it at once ----

/** One event: the shape of what it carries. */
interface EventSpec<P extends z.ZodType> {
  payload: P;
}
const event = <P extends z.ZodType>(payload: P): EventSpec<P> => ({ payload });

/**
 * Declared once: the host's event bus, the IPC channel of the desktop app, browser mode's
 * event stream and the renderer's `onHostEvent` are all derived from `hostEvents`.
 */
export const hostEvents = {
  /** A publish job was queued or moved (a step, a file, done, failed, conflict, cancelled). */
  'publish.jobChanged': event(z.object({ job: publishJobSchema })),
  /** Jobs left the list: failures a later job of the same draft and site made good. */
  'publish.jobsRemoved': event(z.object({ jobIds: z.array(publishJobIdSchema) })),
  /** The library read more of its drafts at a first start without caches (a few times a second, and once at the end). */
  'drafts.reading': event(libraryReadingSchema),
  /**
   * A draft changed on the host: `created` (new, duplicated, imported), `saved` (its text,
   * a revision put back), `workflow` (its stage), `remote` (the post it is on a site),
   * `trashed`, `restored`.
   */
  'drafts.changed': event(
    z.object({
      draftId: draftIdSchema,
      change: z.enum(['created', 'saved', 'workflow', 'remote', 'trashed', 'restored']),
    }),
  ),
  /** A site was added, removed or checked again, or its categories changed (one created by a job). */
  'sites.changed': event(z.object({})),
} as const;

type HostEvents = typeof hostEvents;
export type HostEventName = keyof HostEvents;
export type HostEventPayload<N extends HostEventName> = z.output<HostEvents[N]['payload']>;
/** What travels: the event's name and its payload, over IPC and the event stream alike. */
export type HostEvent = {
  [N in HostEventName]: { name: N; payload: HostEventPayload<N> };
}[HostEventName];

export function listHostEvents(): HostEventName[] {
  return Object.keys(hostEvents) as HostEventName[];
}

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
} & {
  /** The host's events (hostEvents), each as it happens; the answer stops them. */
  events: { subscribe(listener: (event: HostEvent) => void): () => void };
};
