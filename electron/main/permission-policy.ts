// Which web permissions the renderer gets: none, except writing sanitized text to the
// clipboard (copy from the editor), and only for the app's own origin.
import { isAppUrl } from './app-origin.ts';

const ALLOWED_PERMISSIONS = new Set(['clipboard-sanitized-write']);

export function isPermissionAllowed(permission: string, requestingUrl: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl);
}
