// Where a draft stands on disk when it is opened (a draft never changed since it was made
// has nothing saved yet to speak of; any other was last saved at its updatedAt), and what a
// failed save says: a full disk and a refused folder need different action from the writer.
import type { Draft } from '../../../electron/contract/index.ts';
import type { SaveStatus } from './autosaver.ts';

export function initialSaveStatus(draft: Draft): SaveStatus {
  return draft.createdAt === draft.updatedAt
    ? { state: 'idle' }
    : { state: 'saved', savedAt: draft.updatedAt };
}

type SaveFailureKey = 'failed' | 'failedDiskFull' | 'failedPermission' | 'failedUnreachable';

/** The `save.` message for a failed save's error code (electron/services/files/storage-error.ts). */
export function saveFailureKey(code: string): `save.${SaveFailureKey}` {
  switch (code) {
    case 'storage.disk_full':
      return 'save.failedDiskFull';
    case 'storage.permission_denied':
      return 'save.failedPermission';
    case 'bridge.unreachable':
      return 'save.failedUnreachable';
    default:
      return 'save.failed';
  }
}
