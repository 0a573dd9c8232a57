// A file system that fails one chosen operation with a chosen errno code, the way a full
// disk, a refused permission or a failing drive would.
import {
  nodeFileSystem,
  type FileSystem,
} from '../../../../../electron/services/files/file-system.ts';

export type FaultPoint = 'write' | 'fsync' | 'rename';

export interface Fault {
  point: FaultPoint;
  code: 'ENOSPC' | 'EACCES' | 'EIO';
  /** Only writes to paths containing this fail (e.g. 'draft.json'). */
  pathIncludes?: string;
}

export function faultyFileSystem(current: () => Fault | null): FileSystem {
  const errorFor = (point: FaultPoint, target: string) => {
    const fault = current();
    if (
      !fault ||
      fault.point !== point ||
      (fault.pathIncludes && !target.includes(fault.pathIncludes))
    )
      return null;
    return Object.assign(new Error(`${fault.code}: injected at ${point}`), { code: fault.code });
  };
  return {
    ...nodeFileSystem,
    open: async (filePath, flags, mode) => {
      const handle = await nodeFileSystem.open(filePath, flags, mode);
      return {
        writeFile: async (data) => {
          const error = errorFor('write', filePath);
          if (error) {
            // A full disk often takes part of the data before it refuses the rest.
            await handle.writeFile(
              typeof data === 'string' ? data.slice(0, data.length / 2) : data,
            );
            throw error;
          }
          await handle.writeFile(data);
        },
        sync: async () => {
          const error = errorFor('fsync', filePath);
          if (error) throw error;
          await handle.sync();
        },
        close: () => handle.close(),
      };
    },
    rename: async (from, to) => {
      const error = errorFor('rename', to);
      if (error) throw error;
      await nodeFileSystem.rename(from, to);
    },
  };
}
