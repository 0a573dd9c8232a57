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
  // The spellchecker's Hunspell and its dictionaries (renderer/features/spelling).
  '.wasm': 'application/wasm',
  '.aff': 'text/plain; charset=utf-8',
  '.dic': 'text/plain; charset=utf-8',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/** A URL path as a path inside the folder (`/a/b.js`), or undefined when it cannot be one. */
function normalizedPath(urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  return path.posix.normalize(`/${decoded}`);
}

function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Resolves a URL path inside `root`, or undefined when it is missing or outside. */
export async function readStaticFile(
  root: string,
  urlPath: string,
): Promise<StaticFile | undefined> {
  const normalized = normalizedPath(urlPath);
  if (normalized === undefined) return undefined;
  const realRoot = await fs.realpath(root);
  const candidate = path.resolve(realRoot, `.${normalized}`);
  let realFile: string;
  try {
    realFile = await fs.realpath(candidate);
  } catch {
    return undefined;
  }
  if (realFile !== realRoot && !realFile.startsWith(realRoot + path.sep)) return undefined;
  const stat = await fs.stat(realFile);
  if (!stat.isFile()) return undefined;
  return { body: await fs.readFile(realFile), contentType: contentTypeOf(realFile) };
}

/**
 * The folder's regular files read into memory once (symlinks are left to readStaticFile's
 * checks), for a host that serves them many times: browser mode's web host. A page's first
 * load asks for some twenty files at once, while the host is still loading its services
 * in steps; from memory each is answered in one turn of Node's event loop instead of four
 * file-system round trips, each of which waited behind a step (measured: 6-7 % off the
 * empty-folder cold start, docs/cold-start-findings.md). The files are the ones of the
 * start: after a rebuild, browser mode is restarted.
 */
export async function loadStaticFiles(
  root: string,
): Promise<(urlPath: string) => Promise<StaticFile | undefined>> {
  const realRoot = await fs.realpath(root);
  const entries = (await fs.readdir(realRoot, { recursive: true, withFileTypes: true })).filter(
    (entry) => entry.isFile(),
  );
  const files = new Map<string, StaticFile>(
    await Promise.all(
      entries.map(async (entry) => {
        const file = path.join(entry.parentPath, entry.name);
        const urlPath = `/${path.relative(realRoot, file).split(path.sep).join('/')}`;
        return [
          urlPath,
          { body: await fs.readFile(file), contentType: contentTypeOf(file) },
        ] as const;
      }),
    ),
  );
  return async (urlPath) => {
    const normalized = normalizedPath(urlPath);
    if (normalized === undefined) return undefined;
    return files.get(normalized) ?? readStaticFile(root, urlPath);
  };
}
