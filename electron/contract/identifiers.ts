// The ids and times every namespace's schemas name things by: drafts, revisions, files, sites, jobs.
import * as z from 'zod';
import { lazySchema } from './lazy-schema.ts';
import { DRAFT_ID_PATTERN, MEDIA_HASH_PATTERN } from '../id-formats.ts';

/** Random and URL-safe; also safe as a folder name (no dots, no slashes). */
export const draftIdSchema = lazySchema(() => z.string().regex(DRAFT_ID_PATTERN));
/** Creation time in milliseconds, then a random tail: sorts by time as a file name. */
export const revisionIdSchema = lazySchema(() => z.string().regex(/^\d{13}-[A-Za-z0-9_-]{4,32}$/));
export const isoTimeSchema = lazySchema(() => z.iso.datetime());

/** A sha256 of a file's bytes, lowercase hex: how a draft's media are named and remembered. */
export const contentHashSchema = lazySchema(() => z.string().regex(/^[0-9a-f]{64}$/));

/** The SHA-256 of the image's bytes, lowercase hex: its name in the draft and its key on upload. */
export const mediaHashSchema = lazySchema(() => z.string().regex(MEDIA_HASH_PATTERN));

export const siteIdSchema = lazySchema(() => z.string().regex(/^[A-Za-z0-9_-]{8,64}$/));

export const publishJobIdSchema = lazySchema(() => z.string().regex(/^[A-Za-z0-9_-]{8,64}$/));
