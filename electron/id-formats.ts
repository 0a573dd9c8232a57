// The formats of the ids that appear in URLs, as plain patterns: the contract builds its
// schemas from them, and the web host's first module checks paths with them without
// loading zod (which comes with the services, after the server is already answering).

/** Random and URL-safe; also safe as a folder name (no dots, no slashes). */
export const DRAFT_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

/** The SHA-256 of an image's bytes, lowercase hex. */
export const MEDIA_HASH_PATTERN = /^[0-9a-f]{64}$/;
