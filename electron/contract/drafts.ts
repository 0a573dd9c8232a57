// The draft library's shapes (electron/services/drafts): a draft, its workflow, the posts it
// became on sites, its summaries and its revisions. The statuses themselves are a plain list in
// common/newsroom/workflow-statuses.ts, which the renderer reads too.
import * as z from 'zod';
import { lazySchema } from './lazy-schema.ts';
import { WORKFLOW_STATUSES } from '../../common/newsroom/workflow-statuses.ts';
import { articleMetaSchema, editorStateSchema } from './document.ts';
import { defaultedReviewSchema, draftReviewSchema } from './review.ts';
import { draftIdSchema, isoTimeSchema, revisionIdSchema } from './identifiers.ts';

export const workflowStatusSchema = lazySchema(() => z.enum(WORKFLOW_STATUSES));
export type { WorkflowStatus } from '../../common/newsroom/workflow-statuses.ts';

/** `review` left out of a save keeps the review the draft has (a save without it never drops comments). */
export const draftContentSchema = lazySchema(() =>
  z.object({
    meta: articleMetaSchema,
    body: editorStateSchema,
    review: draftReviewSchema.optional(),
  }),
);
export type DraftContent = z.infer<typeof draftContentSchema>;

/** An image uploaded to a site: the attachment WordPress made of it. */
export const remoteMediaSchema = lazySchema(() =>
  z.object({
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
  }),
);

/** A change on the site since this copy last saw the post: the reporter sent the story again, or someone edited it there. */
export const siteChangeKindSchema = lazySchema(() => z.enum(['edited', 'resubmitted']));
export type SiteChangeKind = z.infer<typeof siteChangeKindSchema>;

/** The post a draft became on one site (a draft maps to exactly one post per site). */
export const remotePostSchema = lazySchema(() =>
  z.object({
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
  }),
);
export type RemotePost = z.infer<typeof remotePostSchema>;

/** Per site id. */
export const draftRemoteSchema = lazySchema(() => z.record(z.string(), remotePostSchema));
export type DraftRemote = z.infer<typeof draftRemoteSchema>;

/**
 * The story was handed to the desk from this machine (a `pending` post): the copy here is
 * read-only until the desk sends it back or the reporter takes it back.
 */
export const withDeskSchema = lazySchema(() =>
  z.object({
    siteId: z.string(),
    postId: z.number().int().positive(),
    sentAt: isoTimeSchema,
  }),
);
export type WithDesk = z.infer<typeof withDeskSchema>;

export const draftWorkflowSchema = lazySchema(() =>
  z.object({
    status: workflowStatusSchema,
    withDesk: withDeskSchema.optional(),
  }),
);
export type DraftWorkflow = z.infer<typeof draftWorkflowSchema>;

export const draftSchema = lazySchema(() =>
  z.object({
    id: draftIdSchema,
    createdAt: isoTimeSchema,
    updatedAt: isoTimeSchema,
    workflow: draftWorkflowSchema,
    meta: articleMetaSchema,
    body: editorStateSchema,
    review: defaultedReviewSchema,
    /** The post this draft became on each site it was sent to; null when it was never sent. */
    remote: draftRemoteSchema.nullable(),
  }),
);
export type Draft = z.infer<typeof draftSchema>;

export const draftSummarySchema = lazySchema(() =>
  z.object({
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
  }),
);
export type DraftSummary = z.infer<typeof draftSummarySchema>;

export const trashedDraftSummarySchema = lazySchema(() =>
  draftSummarySchema.extend({ trashedAt: isoTimeSchema }),
);
export type TrashedDraftSummary = z.infer<typeof trashedDraftSummarySchema>;

// before_site_version: the text a version from the site (the desk's, the reporter's, a merge with it) replaced.
// before_keep_as_text: the draft as it was, node types Midad does not know included, before they became text.
export const revisionReasonSchema = lazySchema(() =>
  z.enum([
    'interval',
    'status_change',
    'before_restore',
    'imported',
    'before_site_version',
    'before_keep_as_text',
  ]),
);
export type RevisionReason = z.infer<typeof revisionReasonSchema>;

export const revisionInfoSchema = lazySchema(() =>
  z.object({
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
  }),
);
export type RevisionInfo = z.infer<typeof revisionInfoSchema>;

export const revisionSchema = lazySchema(() =>
  revisionInfoSchema.extend({
    meta: articleMetaSchema,
    body: editorStateSchema,
    review: draftReviewSchema.optional(),
  }),
);
export type Revision = z.infer<typeof revisionSchema>;

export const draftSaveResultSchema = lazySchema(() =>
  z.object({
    id: draftIdSchema,
    updatedAt: isoTimeSchema,
    words: z.number().int().nonnegative(),
    /** The revision this save kept, or null when it was coalesced into the draft file only. */
    revision: revisionInfoSchema.nullable(),
  }),
);
export type DraftSaveResult = z.infer<typeof draftSaveResultSchema>;

/** A revision id, or 'current' for the draft as it is now. */
export const revisionRefSchema = lazySchema(() =>
  z.union([revisionIdSchema, z.literal('current')]),
);

export const diffPieceSchema = lazySchema(() =>
  z.object({
    type: z.enum(['equal', 'insert', 'delete']),
    text: z.string(),
  }),
);
export const revisionComparisonSchema = lazySchema(() =>
  z.object({
    pieces: z.array(diffPieceSchema),
    wordsInserted: z.number().int().nonnegative(),
    wordsDeleted: z.number().int().nonnegative(),
  }),
);
export type RevisionComparison = z.infer<typeof revisionComparisonSchema>;
