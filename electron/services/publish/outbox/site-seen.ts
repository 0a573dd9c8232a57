// What this copy last saw of its post on a site (headline, markup, midad-bridge document),
// kept beside the outbox's jobs: the base of every conflict check and conflict diff, and of
// the three-way merge when the desk opens a story again. WordPress stores `modified_gmt` to
// the whole second, so the time alone cannot tell two writes within one second apart.
import { createHash } from 'node:crypto';
import path from 'node:path';
import * as z from 'zod';
import { writeFileAtomic } from '../../files/atomic-write.ts';
import { isMissingFileError, nodeFileSystem, type FileSystem } from '../../files/file-system.ts';
import { DOCUMENT_META_KEY } from '../review/document-envelope.ts';
import type { WordPressPost } from '../wordpress/wordpress-types.ts';
import { OUTBOX_FOLDER, sentContentPath } from './job-file.ts';

const seenSchema = z.object({
  format: z.literal('midad.site-seen'),
  title: z.string(),
  content: z.string(),
  /** The `_midad_document` meta as the site held it; null when it held none. */
  document: z.string().nullable(),
});

export interface SiteSeen {
  /** Null when only the content is known (a copy that sent before titles were kept). */
  title: string | null;
  content: string;
  /** Undefined when unknown: the document is then not compared. */
  document?: string | null;
}

/** The document meta as one canonical string (the site may store the JSON re-spaced), or null. */
export function documentMetaOf(post: WordPressPost): string | null {
  const meta = (post as { meta?: unknown }).meta;
  const value =
    typeof meta === 'object' && meta !== null
      ? (meta as Record<string, unknown>)[DOCUMENT_META_KEY]
      : undefined;
  if (typeof value !== 'string' || value.trim() === '') return null;
  try {
    return JSON.stringify(JSON.parse(value));
  } catch {
    return value;
  }
}

/** What a post fetched with context=edit shows of itself; null for a reader's view (no raw text). */
export function seenOfPost(post: WordPressPost): SiteSeen | null {
  if (post.content.raw === undefined) return null;
  return { title: post.title.raw ?? '', content: post.content.raw, document: documentMetaOf(post) };
}

/** Whether the site still holds what this copy last saw: the text, the headline, and the document where the site keeps one. */
export function holdsWhatWasSeen(post: WordPressPost, seen: SiteSeen): boolean {
  if ((post.content.raw ?? '') !== seen.content) return false;
  if (seen.title !== null && (post.title.raw ?? '') !== seen.title) return false;
  return seen.document === undefined || documentMetaOf(post) === seen.document;
}

/** One string for the post as it stands: what a user agreed to overwrite, and nothing later. */
export function fingerprintOf(post: WordPressPost): string {
  const hash = createHash('sha256')
    .update(JSON.stringify([post.title.raw ?? '', post.content.raw ?? '', documentMetaOf(post)]))
    .digest('hex');
  return `${post.modified_gmt}#${hash}`;
}

export class SiteSeenStore {
  readonly #dataDir: string;
  readonly #fs: FileSystem;

  constructor(dataDir: string, fs: FileSystem = nodeFileSystem) {
    this.#dataDir = dataDir;
    this.#fs = fs;
  }

  #path(siteId: string, draftId: string): string {
    return path.join(this.#dataDir, OUTBOX_FOLDER, 'sent', `${siteId}--${draftId}.seen.json`);
  }

  async read(siteId: string, draftId: string): Promise<SiteSeen | null> {
    const kept = await this.#readText(this.#path(siteId, draftId));
    if (kept !== null) {
      const parsed = seenSchema.safeParse(parseJson(kept));
      if (parsed.success)
        return {
          title: parsed.data.title,
          content: parsed.data.content,
          document: parsed.data.document,
        };
    }
    // Copies that sent before this record existed kept only the markup they sent.
    const sent = await this.#readText(sentContentPath(this.#dataDir, siteId, draftId));
    return sent === null ? null : { title: null, content: sent };
  }

  /** Records the post as just seen (after a write, an open, or taking the site's version); a reader's view is skipped. */
  async write(siteId: string, draftId: string, post: WordPressPost): Promise<void> {
    const seen = seenOfPost(post);
    if (!seen) return;
    const file = this.#path(siteId, draftId);
    await this.#fs.mkdir(path.dirname(file));
    const record: z.infer<typeof seenSchema> = {
      format: 'midad.site-seen',
      title: seen.title ?? '',
      content: seen.content,
      document: seen.document ?? null,
    };
    await writeFileAtomic(file, JSON.stringify(record), this.#fs);
  }

  async #readText(file: string): Promise<string | null> {
    try {
      return await this.#fs.readFile(file);
    } catch (error) {
      if (isMissingFileError(error)) return null;
      throw error;
    }
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
