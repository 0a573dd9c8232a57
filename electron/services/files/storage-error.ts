// Maps a file-system failure to the stable code the UI explains: a full disk and a
// refused permission need different advice; anything else is a plain write failure.
import { ServiceError } from '../service-error.ts';

const DISK_FULL = new Set(['ENOSPC', 'EDQUOT']);
const PERMISSION_DENIED = new Set(['EACCES', 'EPERM', 'EROFS']);

export function toStorageError(error: unknown): ServiceError {
  if (error instanceof ServiceError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code ?? '';
  if (DISK_FULL.has(code))
    return new ServiceError('storage.disk_full', undefined, { cause: error });
  if (PERMISSION_DENIED.has(code))
    return new ServiceError('storage.permission_denied', undefined, { cause: error });
  return new ServiceError('storage.write_failed', undefined, { cause: error });
}

/** Runs a write and reports any failure as a storage ServiceError. */
export async function asStorageWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw toStorageError(error);
  }
}
