// The article being written, kept as one JSON file under the data folder. The full
// draft library (many drafts, revisions, trash, quarantine) grows out of this.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import {
  savedDocumentSchema,
  type ArticleDocument,
  type SavedDocument,
} from '../../contract.ts';
import { ServiceError } from '../service-error.ts';
import { writeFileAtomic } from '../files/atomic-write.ts';

export interface CurrentDocumentStoreOptions {
  dataDir: string;
  now?: () => Date;
}

export class CurrentDocumentStore {
  readonly #filePath: string;
  readonly #now: () => Date;

  constructor({ dataDir, now = () => new Date() }: CurrentDocumentStoreOptions) {
    this.#filePath = path.join(dataDir, 'drafts', 'current.json');
    this.#now = now;
  }

  get filePath(): string {
    return this.#filePath;
  }

  async load(): Promise<SavedDocument | null> {
    let text: string;
    try {
      text = await fs.readFile(this.#filePath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new ServiceError('storage.corrupt_file', [this.#filePath], { cause: error });
    }
    const parsed = savedDocumentSchema.safeParse(safeJsonParse(text));
    // Never overwrite what we cannot read: the writer is told, and the file stays put.
    if (!parsed.success) throw new ServiceError('storage.corrupt_file', [this.#filePath]);
    return parsed.data;
  }

  async save(document: ArticleDocument): Promise<SavedDocument> {
    const saved: SavedDocument = { document, savedAt: this.#now().toISOString() };
    try {
      await fs.mkdir(path.dirname(this.#filePath), { recursive: true });
      await writeFileAtomic(this.#filePath, JSON.stringify(saved, null, 2));
    } catch (error) {
      throw new ServiceError('storage.write_failed', undefined, { cause: error });
    }
    return saved;
  }
}

function safeJsonParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
