// Writes a file so that a crash or power cut leaves either the old or the new content,
// never a torn mix: temp file in the same folder, fsync, rename over, fsync the folder.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { nodeFileSystem, type FileSystem } from './file-system.ts';

/** Temp files end so; recovery at start removes leftovers (the real file is intact). */
export const TEMP_FILE_SUFFIX = '.tmp';

export function isTempFileName(name: string): boolean {
  return name.startsWith('.') && name.endsWith(TEMP_FILE_SUFFIX);
}

export async function writeFileAtomic(
  filePath: string,
  data: string | Uint8Array,
  fs: FileSystem = nodeFileSystem,
): Promise<void> {
  const folder = path.dirname(filePath);
  const tempPath = path.join(
    folder,
    `.${path.basename(filePath)}.${randomBytes(6).toString('hex')}${TEMP_FILE_SUFFIX}`,
  );
  const handle = await fs.open(tempPath, 'wx', 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.rm(tempPath).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await fs.rename(tempPath, filePath);
  } catch (error) {
    await fs.rm(tempPath).catch(() => undefined);
    throw error;
  }
  await syncFolder(folder, fs);
}

/** Makes a rename or a new entry in `folder` durable. */
export async function syncFolder(folder: string, fs: FileSystem = nodeFileSystem): Promise<void> {
  if (!fs.canSyncFolders) return;
  const handle = await fs.open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
