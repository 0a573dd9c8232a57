// Serves the built renderer from one folder and nothing outside it: encoded `..`,
// absolute paths and symlinks that point elsewhere are all refused.
import { promises as fs } from 'node:fs';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/** Resolves a URL path inside `root`, or undefined when it is missing or outside. */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const realRoot = await fs.realpath(root);
  const candidate = path.resolve(realRoot, `.${path.posix.normalize(`/${decoded}`)}`);
  let realFile: string;
  try {
    realFile = await fs.realpath(candidate);
  } catch {
    return undefined;
  }
  if (realFile !== realRoot && !realFile.startsWith(realRoot + path.sep)) return undefined;
  const stat = await fs.stat(realFile);
  if (!stat.isFile()) return undefined;
  return {
    body: await fs.readFile(realFile),
    contentType: CONTENT_TYPES[path.extname(realFile).toLowerCase()] ?? 'application/octet-stream',
  };
}
