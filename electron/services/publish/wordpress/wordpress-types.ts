// The parts of WordPress's REST answers Midad reads, checked on arrival: a proxy or a
// plugin can answer JSON that is not what the route promises.
import * as z from 'zod';
import { WordPressError } from './wordpress-error.ts';

const rawField = z.object({ raw: z.string().optional(), rendered: z.string().optional() }).loose();

export const accountSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    slug: z.string().optional(),
    roles: z.array(z.string()).default([]),
    locale: z.string().default(''),
    // Only granted capabilities are listed (all true); a missing key means not granted.
    capabilities: z.record(z.string(), z.unknown()).default({}),
  })
  .loose();

export const termSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    slug: z.string(),
    parent: z.number().int().default(0),
    count: z.number().int().default(0),
  })
  .loose();
export type WordPressTerm = z.infer<typeof termSchema>;

export const postStatusSchema = z.enum([
  'publish',
  'future',
  'draft',
  'pending',
  'private',
  'trash',
]);
export type PostStatus = z.infer<typeof postStatusSchema>;

export const postSchema = z
  .object({
    id: z.number().int(),
    status: z.string(),
    link: z.string(),
    slug: z.string(),
    date: z.string().nullable(),
    date_gmt: z.string().nullable(),
    modified_gmt: z.string(),
    author: z.number().int(),
    title: rawField,
    content: rawField,
    excerpt: rawField,
    categories: z.array(z.number().int()).default([]),
    tags: z.array(z.number().int()).default([]),
    featured_media: z.number().int().default(0),
  })
  .loose();
export type WordPressPost = z.infer<typeof postSchema>;

/** One of a post's revisions (`posts/ID/revisions?context=edit`); 6.1 links no author to embed. */
export const postRevisionSchema = z
  .object({
    id: z.number().int(),
    author: z.number().int(),
    date_gmt: z.string(),
    modified_gmt: z.string(),
    title: rawField.optional(),
    content: rawField,
  })
  .loose();
export type WordPressRevision = z.infer<typeof postRevisionSchema>;

export const mediaSchema = z
  .object({
    id: z.number().int(),
    source_url: z.string(),
    mime_type: z.string(),
    alt_text: z.string().default(''),
    description: rawField.optional(),
    media_details: z
      .object({ width: z.number().optional(), height: z.number().optional() })
      .loose()
      .optional(),
  })
  .loose();
export type WordPressMedia = z.infer<typeof mediaSchema>;

/** The midad-bridge plugin's status route (resources/wordpress/midad-bridge). */
export const midadBridgeStatusSchema = z
  .object({
    plugin: z.literal('midad-bridge'),
    version: z.string().min(1).max(40),
    maxDocumentBytes: z.number().int().positive(),
    /** Since 0.2.0: contributors may upload images to their own unpublished posts, up to this size. */
    contributorUploads: z.object({ maxBytes: z.number().int().positive() }).loose().optional(),
  })
  .loose();

/** What a post is made of when Midad sends it; absent fields are left as they are. */
export interface PostFields {
  title?: string;
  /** Block markup from the serializer. */
  content?: string;
  excerpt?: string;
  slug?: string;
  status?: PostStatus;
  /** Site-local time (`2030-01-01T10:00:00`), or use `date_gmt`. */
  date?: string;
  date_gmt?: string;
  categories?: number[];
  tags?: number[];
  featured_media?: number;
  /** Registered post meta only (the midad-bridge plugin's `_midad_document`). */
  meta?: Record<string, string>;
}

/** A REST answer in the shape Midad expects, or wordpress.unexpected_answer. */
export function parseAnswer<T extends z.ZodType>(
  schema: T,
  body: unknown,
  status: number,
): z.output<T> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new WordPressError('wordpress.unexpected_answer', status, null);
  return parsed.data;
}
