// library.json: the little the library must remember that is not a cache and not a draft.
import { writeFileAtomic } from '../files/atomic-write.ts';
import { isMissingFileError, type FileSystem } from '../files/file-system.ts';
import { libraryStateSchema, serialize, type LibraryState } from './file-formats.ts';
import { readVersionedText } from './migrations.ts';

const EMPTY_STATE: LibraryState = {
  format: 'midad.library',
  schemaVersion: 1,
  legacyCurrentDocument: null,
};

export async function readLibraryState(filePath: string, fs: FileSystem): Promise<LibraryState> {
  let text: string;
  try {
    text = await fs.readFile(filePath);
  } catch (error) {
    if (isMissingFileError(error)) return EMPTY_STATE;
    throw error;
  }
  const outcome = readVersionedText(text, 'midad.library', libraryStateSchema);
  return outcome.ok ? outcome.value : EMPTY_STATE;
}

export async function writeLibraryState(
  filePath: string,
  state: LibraryState,
  fs: FileSystem,
): Promise<void> {
  await writeFileAtomic(filePath, serialize(state), fs);
}
