// Where a draft stands on disk when it is opened: a draft never changed since it was made
// has nothing saved yet to speak of; any other was last saved at its updatedAt.
import type { Draft } from '../../../electron/contract/index.ts';
import type { SaveStatus } from './autosaver.ts';

export function initialSaveStatus(draft: Draft): SaveStatus {
  return draft.createdAt === draft.updatedAt
    ? { state: 'idle' }
    : { state: 'saved', savedAt: draft.updatedAt };
}
