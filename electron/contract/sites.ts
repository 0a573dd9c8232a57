// Publishing: configured WordPress sites (electron/services/publish/sites) and where their passwords are kept.
import * as z from 'zod';
import { lazySchema } from './lazy-schema.ts';
import { isoTimeSchema, siteIdSchema } from './identifiers.ts';

/** What the user types to add a site; the application password goes to the secret store only. */
export const siteInputSchema = lazySchema(() =>
  z
    .object({
      url: z.string().min(1).max(2000),
      login: z.string().min(1).max(200),
      /** From the user's WordPress profile, spaced ("abcd efgh …") or not. */
      appPassword: z.string().min(1).max(200),
    })
    .strict(),
);
export type SiteInput = z.infer<typeof siteInputSchema>;

export const siteCategorySchema = lazySchema(() =>
  z.object({
    id: z.number().int(),
    name: z.string(),
    parent: z.number().int(),
  }),
);
export type SiteCategory = z.infer<typeof siteCategorySchema>;

/** What a site's midad-bridge plugin told Midad: the review can travel with the story there. */
export const reviewBridgeSchema = lazySchema(() =>
  z.object({
    version: z.string().max(40),
    maxDocumentBytes: z.number().int().positive(),
    /**
     * A contributor (no `upload_files`) may upload images to his own unpublished posts, up to
     * `maxBytes`; absent with a plugin before 0.2.0, whose contributors' pictures stay here.
     */
    contributorUploads: z.object({ maxBytes: z.number().int().positive() }).optional(),
  }),
);
export type ReviewBridge = z.infer<typeof reviewBridgeSchema>;

export const siteSchema = lazySchema(() =>
  z.object({
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
  }),
);
export type Site = z.infer<typeof siteSchema>;

/** Where application passwords are kept, for the UI to tell the user. */
export const secretStorageSchema = lazySchema(() =>
  z.object({
    kind: z.enum(['os-encrypted', 'basic-text', 'file']),
    /** 'basic-text' only: the user accepted keeping passwords so (asked once); until then adding a site is refused. */
    weakAccepted: z.boolean().optional(),
  }),
);
export type SecretStorage = z.infer<typeof secretStorageSchema>;
