// Where everything of the draft library lives under the data folder. One folder per
// draft; trash and quarantine beside it; caches in their own folder, safe to delete.
import path from 'node:path';
import { LIBRARY_CACHE_FOLDER } from './library-cache-folder.ts';

export class LibraryPaths {
  readonly dataDir: string;
  readonly drafts: string;
  readonly trash: string;
  readonly quarantine: string;
  readonly cache: string;
  /** One empty marker per draft written since the library index was last saved. */
  readonly touched: string;
  readonly libraryIndex: string;
  readonly searchIndex: string;
  /** The search index as earlier versions kept it (JSON, MiniSearch's): removed when found. */
  readonly oldSearchIndex: string;
  /** What the library remembers that is not a cache (e.g. which old files it imported). */
  readonly libraryState: string;
  /** The single-document file of the foundation, imported once as a draft (migrations). */
  readonly legacyCurrentDocument: string;

  constructor(dataDir: string) {
    this.dataDir = dataDir;
    this.drafts = path.join(dataDir, 'drafts');
    this.trash = path.join(dataDir, 'trash');
    this.quarantine = path.join(dataDir, 'quarantine');
    this.cache = path.join(dataDir, LIBRARY_CACHE_FOLDER);
    this.touched = path.join(this.cache, 'touched');
    this.libraryIndex = path.join(this.cache, 'library-index.json');
    this.searchIndex = path.join(this.cache, 'search-index.bin');
    this.oldSearchIndex = path.join(this.cache, 'search-index.json');
    this.libraryState = path.join(dataDir, 'library.json');
    this.legacyCurrentDocument = path.join(this.drafts, 'current.json');
  }

  draftFolder(draftId: string, where: 'drafts' | 'trash' = 'drafts'): string {
    return path.join(where === 'drafts' ? this.drafts : this.trash, draftId);
  }

  /** A folder a new draft is assembled in before one rename makes it visible. */
  stagingFolder(draftId: string): string {
    return path.join(this.drafts, `${STAGING_PREFIX}${draftId}`);
  }

  /** Relative to the data folder: what the UI may show without revealing the home folder. */
  relative(filePath: string): string {
    return path.relative(this.dataDir, filePath);
  }
}

export const STAGING_PREFIX = '.staging-';

/** The files inside one draft folder. */
export const draftFile = (folder: string): string => path.join(folder, 'draft.json');
export const revisionsFolder = (folder: string): string => path.join(folder, 'revisions');
export const revisionFile = (folder: string, revisionId: string): string =>
  path.join(revisionsFolder(folder), `${revisionId}.json`);
export const trashNoteFile = (folder: string): string => path.join(folder, 'trashed.json');
