// Serves the built renderer under app://midad/ (see app-origin.ts): files from the
// renderer folder only, and the open drafts' images under app://midad/media/<id>/<hash>,
// each response with the CSP header.
import { protocol, type Session } from 'electron';
import { isMediaPath, parseMediaPath, type MediaReader, type ServedMedia } from '../host/media-files.ts';
import { readStaticFile, type StaticFile } from '../host/static-files.ts';
import { APP_SCHEME } from './app-origin.ts';
import { appRequestPath } from './app-request.ts';
import { APP_RESPONSE_HEADERS } from '../host/content-security-policy.ts';

/** Must run before the app is ready: a standard, secure scheme gets a real origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
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
