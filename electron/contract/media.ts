// A draft's images (electron/services/drafts/media): what the renderer sends, what the host keeps.
import * as z from 'zod';
import { lazySchema } from './lazy-schema.ts';
import { MAX_MEDIA_BYTES } from '../../common/document/file-size-limits.ts';
import { mediaHashSchema } from './identifiers.ts';

export const mediaTypeSchema = lazySchema(() =>
  z.enum(['image/jpeg', 'image/png', 'image/gif', 'image/webp']),
);
export type MediaType = z.infer<typeof mediaTypeSchema>;

/** An image file as the renderer read it; the host sniffs its type, the names are only hints. */
export const mediaInputSchema = lazySchema(() =>
  z
    .object({
      fileName: z.string().max(1000),
      mimeType: z.string().max(200),
      dataBase64: z.string().max(Math.ceil(MAX_MEDIA_BYTES / 3) * 4),
    })
    .strict(),
);
export type MediaInput = z.infer<typeof mediaInputSchema>;

export const mediaInfoSchema = lazySchema(() =>
  z.object({
    hash: mediaHashSchema,
    /** The name the file came with (Arabic kept), its extension made to match its type. */
    fileName: z.string(),
    mimeType: mediaTypeSchema,
    size: z.number().int().nonnegative(),
    width: z.number().int().positive().optional(),
    height: z.number().int().positive().optional(),
  }),
);
export type MediaInfo = z.infer<typeof mediaInfoSchema>;
