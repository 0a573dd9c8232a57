// Generates the benchmark's collection once into a temp folder and reuses it: draft files
// written directly in the library's format (no fsync), as if a newsroom had written them.
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { articleBody, articleMeta } from '../../../common/document/article-content.ts';
import type { DraftFile } from '../../../electron/services/drafts/file-formats.ts';
import { rightToLeftParagraph, textNode } from '../../support/document/article-bodies.ts';
import { generateDrafts, type GeneratedDraft } from './arabic-corpus.ts';

export function collectionDir(count: number, words: number): string {
  // Bump the version when arabic-corpus.ts changes what it generates.
  return path.join(os.tmpdir(), `midad-bench-drafts-v2-${count}x${words}`);
}

/** The data folder holding `count` drafts; made on the first run, kept for later runs. */
export async function ensureCollection(
  count: number,
  words: number,
): Promise<{ dataDir: string; generated: boolean }> {
  const dataDir = collectionDir(count, words);
  const doneMarker = path.join(dataDir, '.generated');
  if (existsSync(doneMarker)) return { dataDir, generated: false };
  await fs.rm(dataDir, { recursive: true, force: true });
  const draftsDir = path.join(dataDir, 'drafts');
  await fs.mkdir(draftsDir, { recursive: true });
  const generated = generateDrafts(count, words);
  const start = Date.parse('2026-01-01T08:00:00Z');
  for (let batch = 0; batch < generated.length; batch += 100) {
    await Promise.all(
      generated.slice(batch, batch + 100).map(async (draft, offset) => {
        const index = batch + offset;
        const id = `bench${String(index).padStart(6, '0')}x`;
        const folder = path.join(draftsDir, id);
        await fs.mkdir(path.join(folder, 'revisions'), { recursive: true });
        await fs.writeFile(
          path.join(folder, 'draft.json'),
          JSON.stringify(draftFile(id, draft, new Date(start + index * 60_000))),
        );
      }),
    );
  }
  await fs.writeFile(doneMarker, '');
  return { dataDir, generated: true };
}

export function lexicalBody(paragraphs: string[]): DraftFile['body'] {
  return articleBody(paragraphs.map((text) => rightToLeftParagraph(textNode(text))));
}

/** A generated draft as its draft.json holds it. */
export function draftFile(id: string, draft: GeneratedDraft, at: Date): DraftFile {
  return {
    format: 'midad.draft',
    schemaVersion: 1,
    id,
    createdAt: at.toISOString(),
    updatedAt: at.toISOString(),
    workflow: { status: 'draft' },
    meta: articleMeta({
      headline: draft.headline,
      section: draft.section,
      byline: 'مراسل المدينة',
      tags: draft.tags,
    }),
    body: lexicalBody(draft.paragraphs),
    review: { comments: [] },
    remote: null,
  };
}
