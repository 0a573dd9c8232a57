// What the draft-library tests share: a fresh data folder, a clock the test moves, and
// article content in Arabic.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { articleBody, articleMeta } from '../../../../../common/document/article-content.ts';
import type { ArticleMeta, DraftContent } from '../../../../../electron/contract/index.ts';
import {
  DraftLibrary,
  type DraftLibraryOptions,
} from '../../../../../electron/services/drafts/draft-library.ts';

export const meta: ArticleMeta = articleMeta({
  headline: 'الأمطار تغمر شوارع جدة',
  kicker: 'طقس',
  section: 'محليات',
  byline: 'سارة العتيبي',
  excerpt: 'أمطار غزيرة على المدينة',
  tags: ['جدة', 'أمطار'],
});

export function bodyOf(...paragraphs: string[]): DraftContent['body'] {
  return articleBody(
    paragraphs.map((text) => ({
      type: 'paragraph',
      direction: 'rtl',
      format: '',
      indent: 0,
      version: 1,
      children: [
        { type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 },
      ],
    })),
  );
}

export function content(...paragraphs: string[]): DraftContent {
  return { meta, body: bodyOf(...paragraphs) };
}

export class TestClock {
  time = Date.parse('2026-11-29T10:00:00Z');
  readonly now = (): Date => new Date(this.time);
  advance(ms: number): void {
    this.time += ms;
  }
}

export const MINUTE = 60_000;

export async function freshDataDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'midad-drafts-'));
}

export async function openLibrary(
  dataDir: string,
  options: Partial<DraftLibraryOptions> = {},
): Promise<DraftLibrary> {
  return DraftLibrary.open({
    dataDir,
    listCacheDelayMs: 60_000,
    searchCacheDelayMs: 60_000,
    ...options,
  });
}
