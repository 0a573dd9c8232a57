// Which draft the app opens on: the one asked for (a .midad file the app was given), else
// the most recently changed one that can be opened, or a new one when the library is
// empty (or nothing in it can be read). Asked of the host in
// one call, so the app's start waits for one round trip, not one to list and one to open.
import type { Draft } from '../../contract/index.ts';
import type { DraftLibrary } from './draft-library.ts';

export async function openStartingDraft(
  library: Pick<DraftLibrary, 'list' | 'open' | 'create'>,
  exceptId?: string,
  preferredId?: string,
): Promise<Draft> {
  if (preferredId !== undefined && preferredId !== exceptId) {
    try {
      return await library.open(preferredId);
    } catch {
      // Gone since it was asked for: start as usual.
    }
  }
  for (const summary of await library.list()) {
    if (summary.id === exceptId) continue;
    try {
      return await library.open(summary.id);
    } catch {
      // A draft that cannot be read is reported by problems(); try the next one.
    }
  }
  return library.create();
}
