// The renderer's Content Security Policy. renderer/index.html carries it as a <meta> tag
// (a unit test keeps the two equal); both hosts also send it as a response header, with
// frame-ancestors, which browsers ignore in a meta tag, and which the page cannot remove.
const DOCUMENT_POLICY = [
  "default-src 'none'",
  // 'wasm-unsafe-eval' lets the spelling worker compile Hunspell's WebAssembly (the app's own
  // file); it allows no eval() of JavaScript and no script from anywhere else.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** What the <meta http-equiv="Content-Security-Policy"> in renderer/index.html says. */
export const META_CONTENT_SECURITY_POLICY = DOCUMENT_POLICY.join('; ');

/** The header both hosts send: the meta policy plus what only a header can enforce. */
export const CONTENT_SECURITY_POLICY = [...DOCUMENT_POLICY, "frame-ancestors 'none'"].join('; ');

/**
 * Headers every response of the app's pages carries, from app:// and from browser mode.
 * No Cross-Origin-Opener-Policy: it guards a page that other windows can open and hold,
 * which Midad's never is (the desktop window denies window.open; in browser mode a page
 * opened from another site gets no token, since the cookie is SameSite=Strict, and is
 * refused), while it made Chromium swap the new tab into a fresh renderer process on every
 * start (the page's requests left 70-90 ms later; docs/cold-start-findings.md).
 */
export const APP_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};
