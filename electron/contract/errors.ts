// Errors cross the boundary as values with a stable code; the UI maps the code to an
// Arabic or English message. Raw server text and stack traces never cross.
import * as z from 'zod';
import { lazySchema } from './lazy-schema.ts';

export const errorCodeSchema = lazySchema(() =>
  z.enum([
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
  ]),
);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const hostErrorSchema = lazySchema(() =>
  z.object({
    code: errorCodeSchema,
    /** Field paths and reasons for invalid arguments; never secrets or stack traces. */
    details: z.array(z.string()).optional(),
  }),
);
export type HostErrorValue = z.infer<typeof hostErrorSchema>;

/** Every call answers with this envelope, over IPC and over HTTP alike. */
export type Envelope = { ok: true; value: unknown } | { ok: false; error: HostErrorValue };
