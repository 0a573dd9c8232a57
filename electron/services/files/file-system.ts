// The part of node:fs/promises the storage services use, as an interface they receive,
// so tests can make a write, an fsync or a rename fail (ENOSPC, EACCES, EIO) on purpose.
import { promises as fs, readFile as readFileWithCallback } from 'node:fs';
import { promisify } from 'node:util';

export interface WritableFile {
  writeFile(data: string | Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface FileStat {
  size: number;
  mtimeMs: number;
  isDirectory(): boolean;
}

export interface FileSystem {
  /** `flags` as node:fs takes them: 'wx' creates a new file, 'r' opens for fsync of a folder. */
  open(filePath: string, flags: string, mode?: number): Promise<WritableFile>;
  readFile(filePath: string): Promise<string>;
  /** The file's bytes, for what is not text (a draft's images). */
  readBytes(filePath: string): Promise<Uint8Array>;
  rename(from: string, to: string): Promise<void>;
  readdir(folder: string): Promise<string[]>;
  mkdir(folder: string): Promise<void>;
  rm(target: string): Promise<void>;
  stat(target: string): Promise<FileStat>;
  /** Where a path really leads, symlinks followed: what a file served from a folder is checked by. */
  realpath(target: string): Promise<string>;
  /** Whether fsync of a folder is possible; Windows cannot open a folder for it. */
  readonly canSyncFolders: boolean;
}

const readFileText = promisify(readFileWithCallback);

export const nodeFileSystem: FileSystem = {
  open: (filePath, flags, mode) => fs.open(filePath, flags, mode),
  // The callback form reads a file in fewer trips through the event loop than fs/promises' one,
  // which counts when a library's first start reads 10,000 drafts.
  readFile: (filePath) => readFileText(filePath, 'utf8'),
  readBytes: async (filePath) => new Uint8Array(await fs.readFile(filePath)),
  rename: (from, to) => fs.rename(from, to),
  readdir: (folder) => fs.readdir(folder),
  mkdir: async (folder) => {
    await fs.mkdir(folder, { recursive: true });
  },
  rm: (target) => fs.rm(target, { recursive: true, force: true }),
  stat: (target) => fs.stat(target),
  realpath: (target) => fs.realpath(target),
  canSyncFolders: process.platform !== 'win32',
};

export function isMissingFileError(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
}
