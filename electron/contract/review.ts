// Review notes: comments anchored to marks in the body (common/review/comment-threads.ts).
import * as z from 'zod';
import { lazySchema } from './lazy-schema.ts';
import { REVIEW_LIMITS } from '../../common/review/review-limits.ts';
import { isoTimeSchema } from './identifiers.ts';

/** A thread's id is also the id of the @lexical/mark MarkNode(s) that anchor it in the body. */
export const commentIdSchema = lazySchema(() => z.string().regex(/^[A-Za-z0-9_-]{6,64}$/));
const reviewerNameSchema = lazySchema(() => z.string().trim().min(1).max(REVIEW_LIMITS.nameChars));

export const commentReplySchema = lazySchema(() =>
  z.object({
    id: commentIdSchema,
    author: reviewerNameSchema,
    createdAt: isoTimeSchema,
    text: z.string().trim().min(1).max(REVIEW_LIMITS.textChars),
  }),
);
export type CommentReply = z.infer<typeof commentReplySchema>;

export const commentThreadSchema = lazySchema(() =>
  z.object({
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
  }),
);
export type CommentThread = z.infer<typeof commentThreadSchema>;

export const draftReviewSchema = lazySchema(() =>
  z.object({
    comments: z.array(commentThreadSchema).max(REVIEW_LIMITS.threads),
  }),
);
export type DraftReview = z.infer<typeof draftReviewSchema>;

/** Drafts written before review notes existed have none: they open with an empty review. */
export const defaultedReviewSchema = lazySchema(() =>
  draftReviewSchema.default(() => ({ comments: [] })),
);
