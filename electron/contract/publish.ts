// Publishing: the outbox's jobs (electron/services/publish/outbox), what the publish dialog
// is prepared with, and the revisions a site keeps of a post.
import * as z from 'zod';
import { lazySchema } from './lazy-schema.ts';
import { remotePostSchema, siteChangeKindSchema } from './drafts.ts';
import { errorCodeSchema } from './errors.ts';
import {
  contentHashSchema,
  draftIdSchema,
  isoTimeSchema,
  mediaHashSchema,
  siteIdSchema,
} from './identifiers.ts';
import { siteCategorySchema } from './sites.ts';

export const publishActionSchema = lazySchema(() =>
  z.enum(['draft', 'pending', 'publish', 'schedule', 'update', 'unpublish']),
);
export type PublishAction = z.infer<typeof publishActionSchema>;

export const publishOptionsSchema = lazySchema(() =>
  z
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
    .strict(),
);
export type PublishOptions = z.infer<typeof publishOptionsSchema>;

export const publishNoteSchema = lazySchema(() =>
  z.enum([
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
  ]),
);
export type PublishNote = z.infer<typeof publishNoteSchema>;

/**
 * Why a picture stays on this machine when its story is sent: the account may not upload
 * (a WordPress contributor, on a site without midad-bridge's contributor uploads), or the
 * picture is larger than the plugin lets a contributor upload.
 */
export const pictureStayReasonSchema = lazySchema(() =>
  z.enum(['uploads_not_allowed', 'too_large']),
);
export type PictureStayReason = z.infer<typeof pictureStayReasonSchema>;

/**
 * A picture of a text that came from the site whose file could not be brought into the
 * draft: the text keeps it (an empty frame in the editor) and the UI names it. `not_on_site`:
 * no attachment carries it (deleted); `changed_on_site`: the file there is not the one the
 * text names; `other_origin`: its address leaves the site; `not_an_image`, `too_large`; or
 * `unreachable`: the site did not answer.
 */
export const pictureNotBroughtSchema = lazySchema(() =>
  z.object({
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
  }),
);
export type PictureNotBrought = z.infer<typeof pictureNotBroughtSchema>;

/** A picture of the text that a finished job did not send. */
export const pictureLeftHereSchema = lazySchema(() =>
  z.object({
    hash: contentHashSchema,
    fileName: z.string(),
    reason: pictureStayReasonSchema,
  }),
);
export type PictureLeftHere = z.infer<typeof pictureLeftHereSchema>;

export const siteTimeZoneSchema = lazySchema(() =>
  z.object({
    /** `Asia/Riyadh`, or '' when the site is set to a plain offset. */
    timezoneString: z.string(),
    /** Hours from UTC (may be fractional: 5.5). */
    gmtOffset: z.number(),
  }),
);

export const publishPreparationSchema = lazySchema(() =>
  z.object({
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
  }),
);
export type PublishPreparation = z.infer<typeof publishPreparationSchema>;

export const publishStepSchema = lazySchema(() =>
  z.enum(['check', 'terms', 'media', 'post', 'finalize']),
);
export type PublishStep = z.infer<typeof publishStepSchema>;

export const publishFileProgressSchema = lazySchema(() =>
  z.object({
    hash: contentHashSchema,
    fileName: z.string(),
    bytes: z.number().int().nonnegative(),
    state: z.enum(['pending', 'uploading', 'done', 'reused']),
  }),
);

export const publishJobStateSchema = lazySchema(() =>
  z.discriminatedUnion('state', [
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
        pieces: z.array(
          z.object({ type: z.enum(['equal', 'insert', 'delete']), text: z.string() }),
        ),
        wordsInserted: z.number().int().nonnegative(),
        wordsDeleted: z.number().int().nonnegative(),
      }),
    }),
    z.object({ state: z.literal('cancelled') }),
  ]),
);
export type PublishJobState = z.infer<typeof publishJobStateSchema>;

export const publishJobSchema = lazySchema(() =>
  z.object({
    id: z.string(),
    draftId: draftIdSchema,
    siteId: siteIdSchema,
    action: publishActionSchema,
    headline: z.string(),
    createdAt: isoTimeSchema,
    updatedAt: isoTimeSchema,
    state: publishJobStateSchema,
  }),
);
export type PublishJob = z.infer<typeof publishJobSchema>;

/** One of the revisions WordPress keeps of a draft's post (wp/v2/posts/ID/revisions). */
export const siteRevisionSchema = lazySchema(() =>
  z.object({
    id: z.number().int().positive(),
    authorId: z.number().int(),
    /** The author's public name, or null where the site does not show it to this account (then the id). */
    authorName: z.string().nullable(),
    /** When it was saved, UTC. */
    savedAt: isoTimeSchema,
    /** The post's text then, read from its block markup as the conflict diff reads it. */
    text: z.string(),
  }),
);
export type SiteRevision = z.infer<typeof siteRevisionSchema>;

export const siteRevisionsSchema = lazySchema(() =>
  z.object({
    siteId: siteIdSchema,
    postId: z.number().int().positive(),
    /** Newest first. */
    revisions: z.array(siteRevisionSchema),
    /** The draft as it is now, serialized as it would be sent and read the same way: comparable with any of them. */
    currentText: z.string(),
  }),
);
export type SiteRevisions = z.infer<typeof siteRevisionsSchema>;
