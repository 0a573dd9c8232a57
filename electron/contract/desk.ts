// The desk: its queue and board, the answer to a story sent from here, and a story opened from it.
import * as z from 'zod';
import { lazySchema } from './lazy-schema.ts';
import { BOARD_COLUMNS } from '../../common/newsroom/desk-board.ts';
import {
  draftSchema,
  revisionComparisonSchema,
  siteChangeKindSchema,
  workflowStatusSchema,
} from './drafts.ts';
import { draftIdSchema } from './identifiers.ts';
import { pictureNotBroughtSchema } from './publish.ts';

/** One story in the desk's queue (electron/services/publish/desk/desk-queue.ts). */
export const deskQueueItemSchema = lazySchema(() =>
  z.object({
    postId: z.number().int().positive(),
    title: z.string(),
    /** The author's public name; null when this account may not see it (no list_users, never published). */
    reporter: z.string().nullable(),
    sections: z.array(z.string()),
    sentAtGmt: z.string(),
    words: z.number().int().nonnegative(),
    /** The local draft already linked to the post: someone on this machine is working on it. */
    openAsDraftId: draftIdSchema.nullable(),
  }),
);
export type DeskQueueItem = z.infer<typeof deskQueueItemSchema>;

/** A story on the desk chief's board: the queue's row, its column, and Midad's stage where this machine knows it. */
export const deskBoardStorySchema = lazySchema(() =>
  deskQueueItemSchema.extend({
    column: z.enum(BOARD_COLUMNS),
    stage: workflowStatusSchema.nullable(),
  }),
);
export type DeskBoardStory = z.infer<typeof deskBoardStorySchema>;

/**
 * The desk's answer to a story sent from here. `took`: the copy here was replaced by the
 * desk's whole document (midad-bridge) or by the text of the post; null when it kept its own.
 * `notice`: the review notes stayed on the desk's machine (no plugin), or the site's document
 * could not be read.
 */
export const deskAnswerSchema = lazySchema(() =>
  z.object({
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
  }),
);
export type DeskAnswer = z.infer<typeof deskAnswerSchema>;

/**
 * What opening a linked story from the desk did with the site's newer version: nothing was
 * newer, it became the local copy, it merged with unsent local work (other paragraphs), or
 * it changed the same paragraphs as that work: the local copy stays as it is, and its next
 * update stops at this conflict.
 */
export const siteSyncSchema = lazySchema(() =>
  z.object({
    outcome: z.enum(['unchanged', 'took_site', 'merged', 'conflict']),
    conflict: z.object({ kind: siteChangeKindSchema, diff: revisionComparisonSchema }).optional(),
  }),
);
export type SiteSyncResult = z.infer<typeof siteSyncSchema>;

/** `desk.open`'s answer: the linked draft, and what the site's version did to it. */
export const deskOpenedSchema = lazySchema(() =>
  draftSchema.extend({
    fromSite: siteSyncSchema.optional(),
    /** The story's pictures whose files could not be brought from the site. */
    picturesNotBrought: z.array(pictureNotBroughtSchema).optional(),
  }),
);
export type DeskOpened = z.infer<typeof deskOpenedSchema>;
