// Which web permissions the renderer gets: none, except writing sanitized text to the
// clipboard (copy from the editor) and showing system notifications (a publish job that
// ended while its panel was closed), and only for the app's own origin.
import { isAppUrl } from './app-origin.ts';

const ALLOWED_PERMISSIONS = new Set(['clipboard-sanitized-write', 'notifications']);

export function isPermissionAllowed(permission: string, requestingUrl: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl);
}
