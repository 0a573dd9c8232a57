// `.midad` files the operating system hands the desktop app (double-click, "Open with",
// macOS's open-file): imported through the draft library, then opened by the renderer's
// next start (drafts.openStarting), since the host cannot push to the renderer.
import { promises as fs } from 'node:fs';
import type { DraftLibrary } from '../services/drafts/draft-library.ts';
import { ServiceError } from '../services/service-error.ts';

/** The contract's limit on drafts.importDraft's text. */
export const DRAFT_FILE_LIMIT_BYTES = 100_000_000;

type Importer = Pick<DraftLibrary, 'importDraft'>;

/** Reads a .midad file (refusing one larger than the limit) and imports it; the new draft's id. */
export async function importDraftFile(library: Importer, filePath: string): Promise<string> {
  let content: string;
  try {
    const { size } = await fs.stat(filePath);
    if (size > DRAFT_FILE_LIMIT_BYTES) throw new ServiceError('import.invalid_file');
    content = await fs.readFile(filePath, 'utf8');
  } catch (error) {
    if (error instanceof ServiceError) throw error;
    throw new ServiceError('storage.read_failed');
  }
  const { draftId } = await library.importDraft(content);
  return draftId;
}

export class DraftFilesToOpen {
  readonly #library: () => Promise<Importer>;
  #next: Promise<string | undefined> = Promise.resolve(undefined);

  constructor(library: () => Promise<Importer>) {
    this.#library = library;
  }

  /** Imports the file; the renderer's next start opens it. The new draft's id. */
  open(filePath: string): Promise<string> {
    const imported = this.#library().then((library) => importDraftFile(library, filePath));
    this.#next = imported.catch(() => undefined);
    return imported;
  }

  /** The draft the renderer should start on, once: the last file opened, after its import. */
  async takeStarting(): Promise<string | undefined> {
    const pending = this.#next;
    const draftId = await pending;
    if (this.#next === pending) this.#next = Promise.resolve(undefined);
    return draftId;
  }
}
