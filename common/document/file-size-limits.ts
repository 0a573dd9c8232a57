// The largest files a draft takes in: the contract refuses larger arguments, and the renderer
// refuses such a file before reading it.

/** A .docx larger than this is refused (import.too_large): a long article with photos is a few MB. */
export const MAX_DOCX_BYTES = 50 * 1024 * 1024;

/** Larger than any newsroom photo needs; the site may still refuse less (wordpress.too_large). */
export const MAX_MEDIA_BYTES = 20 * 1024 * 1024;
