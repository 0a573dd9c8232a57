// A fingerprint of a folder's files (names and bytes): "this draft is byte-identical on disk".
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export async function hashFolder(folder: string): Promise<string> {
  const hash = createHash('sha256');
  const visit = async (current: string) => {
    let entries;
    try {
      entries = await readdir(current, { withFileTypes: true });
    } catch {
      hash.update(`missing ${path.relative(folder, current)}\n`);
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) await visit(full);
      else hash.update(`${path.relative(folder, full)}\n`).update(await readFile(full));
    }
  };
  await visit(folder);
  return hash.digest('hex');
}
