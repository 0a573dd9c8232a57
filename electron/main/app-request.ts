// Maps an app:// request to the renderer file it asks for. Only GET and HEAD on our own
// host are served; the file lookup itself (which refuses `..`, absolute paths and
// symlinks leading out of the folder) is readStaticFile's job.
import { APP_HOST, APP_SCHEME, parseUrl } from './app-origin.ts';

export function appRequestPath(method: string, url: string): string | undefined {
  if (method !== 'GET' && method !== 'HEAD') return undefined;
  const parsed = parseUrl(url);
  if (!parsed || parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return undefined;
  return parsed.pathname === '/' ? '/index.html' : parsed.pathname;
}
