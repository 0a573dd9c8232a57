// A draft handed over as a file and taken back: the .midad export (with its history if
// asked, and its images), the HTML export with its images inline, and the import of a .midad
// file, which never overwrites a draft with the same id.
import type { ImportResult } from '../../contract/index.ts';
import { lexicalToPlainText } from '../../../common/document/plain-text.ts';
import { revisionFileOf } from './draft-revisions.ts';
import { exportFileContent, parseExportFile } from './draft-transfer.ts';
import { newDraftId } from './ids.ts';
import type { LibraryCore } from './library-core.ts';
import { folderExists } from './trash-bin.ts';

export async function exportDraft(
  core: LibraryCore,
  draftId: string,
  options: { includeRevisions?: boolean } = {},
): Promise<string> {
  const draft = await core.open(draftId);
  const revisions = options.includeRevisions ? await core.revisions.files(draftId) : null;
  const media = await core.media.readAll(core.paths.draftFolder(draftId));
  return exportFileContent(draft, revisions, media, core.now());
}

export async function exportHtml(core: LibraryCore, draftId: string): Promise<string> {
  const draft = await core.open(draftId);
  const media = await core.media.readAll(core.paths.draftFolder(draftId));
  const images = new Map(
    media.map(({ info, bytes }) => [
      info.hash,
      `data:${info.mimeType};base64,${Buffer.from(bytes).toString('base64')}`,
    ]),
  );
  return core.htmlSerializer(draft, images);
}

/**
 * Takes in a .midad file. A draft with the same id (here or in the trash) is never
 * overwritten: the file then becomes a copy with a new id, and the result says so.
 */
export async function importDraft(core: LibraryCore, content: string): Promise<ImportResult> {
  const { draft, revisions, media } = parseExportFile(content);
  const taken =
    core.list.has(draft.id) ||
    (await folderExists(core.fs, core.paths.draftFolder(draft.id))) ||
    (await core.trash.has(draft.id));
  const id = taken ? newDraftId() : draft.id;
  const imported = { ...draft, id };
  const now = core.now();
  const bodyText = lexicalToPlainText(draft.body);
  const arrival = revisionFileOf(imported, bodyText, 'imported', now);
  const all = [...revisions.map((revision) => ({ ...revision, draftId: id })), arrival];
  await core.addDraftFolder(imported, all, media);
  core.onDraftChanged(id, 'created');
  return {
    draftId: id,
    outcome: taken ? 'copy' : 'imported',
    originalId: draft.id,
    revisions: all.length,
  };
}
