// Serves the built renderer under app://midad/ (see app-origin.ts): files from the
// renderer folder only, and the open drafts' images under app://midad/media/<id>/<hash>,
// each response with the CSP header.
import { protocol, type CustomScheme, type Session } from 'electron';
import {
  isMediaPath,
  parseMediaPath,
  type MediaReader,
  type ServedMedia,
} from '../host/media-files.ts';
import { readStaticFile, type StaticFile } from '../host/static-files.ts';
import { APP_SCHEME } from './app-origin.ts';
import { appRequestPath } from './app-request.ts';
import { APP_RESPONSE_HEADERS } from '../host/content-security-policy.ts';

/**
 * A standard, secure scheme gets a real origin. codeCache keeps V8's compiled renderer
 * between launches; Chromium only caches http(s) unless a standard scheme asks for it
 * (https://www.electronjs.org/docs/latest/api/structures/custom-scheme).
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  codeCache: true,
} as const satisfies CustomScheme['privileges'];

/** Must run before the app is ready, and only once (protocol.registerSchemesAsPrivileged). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
}

export function serveRenderer(session: Session, rendererDir: string, readMedia: MediaReader): void {
  const find = async (urlPath: string): Promise<StaticFile | ServedMedia | undefined> => {
    if (!isMediaPath(urlPath)) return readStaticFile(rendererDir, urlPath);
    const media = parseMediaPath(urlPath);
    return media && readMedia(media);
  };
  session.protocol.handle(APP_SCHEME, async (request) => {
    const urlPath = appRequestPath(request.method, request.url);
    const file = urlPath === undefined ? undefined : await find(urlPath);
    if (!file) return new Response('Not found', { status: 404, headers: APP_RESPONSE_HEADERS });
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(file.body), {
      status: 200,
      headers: { ...APP_RESPONSE_HEADERS, 'content-type': file.contentType },
    });
  });
}
