// Gzip size of a built page: the JS and CSS its index.html loads at once (scripts,
// stylesheets, modulepreloads) and, for scale, every JS and CSS file of its assets.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface GzipFile {
  /** Relative to the page's folder. */
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface BundleSize {
  initial: GzipFile[];
  initialGzipBytes: number;
  allGzipBytes: number;
}

const TAG = /<(script|link)\b([^>]*)>/gi;
const ATTRIBUTE = /([\w-]+)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/g;

/** Files an HTML page loads before anything runs, in document order. */
export function initialAssets(html: string): string[] {
  const assets: string[] = [];
  for (const [, tag, attributeText] of html.matchAll(TAG)) {
    const attributes = new Map<string, string>();
    for (const match of attributeText.matchAll(ATTRIBUTE)) {
      attributes.set(match[1].toLowerCase(), match[3] ?? match[4] ?? match[5]);
    }
    const rel = attributes.get('rel')?.toLowerCase();
    const url =
      tag.toLowerCase() === 'script'
        ? attributes.get('src')
        : rel === 'stylesheet' || rel === 'modulepreload'
          ? attributes.get('href')
          : undefined;
    if (url && !/^[a-z]+:/i.test(url)) assets.push(url);
  }
  return [...new Set(assets)];
}

export async function measureBundle(indexHtmlPath: string, assetsDir: string): Promise<BundleSize> {
  const pageDir = path.dirname(indexHtmlPath);
  const html = await fs.readFile(indexHtmlPath, 'utf8');
  const initial = await Promise.all(
    initialAssets(html).map(async (url) =>
      gzipFile(pageDir, path.join(pageDir, url.split(/[?#]/)[0])),
    ),
  );
  const allFiles = (await fs.readdir(assetsDir, { recursive: true }))
    .filter((name) => /\.(m?js|css)$/.test(name))
    .map((name) => path.join(assetsDir, name));
  const all = await Promise.all(allFiles.map((file) => gzipFile(pageDir, file)));
  return {
    initial,
    initialGzipBytes: sum(initial.map((file) => file.gzipBytes)),
    allGzipBytes: sum(all.map((file) => file.gzipBytes)),
  };
}

async function gzipFile(pageDir: string, filePath: string): Promise<GzipFile> {
  const content = await fs.readFile(filePath);
  return {
    file: path.relative(pageDir, filePath),
    bytes: content.length,
    gzipBytes: gzipSync(content, { level: 9 }).length,
  };
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
