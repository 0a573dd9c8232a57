// Property 3: mutated .midad files fed to the library's import. Each is a clean import of a
// new draft (a copy when the id is taken, never an overwrite) or import.invalid_file /
// import.unsupported_version, or a body refused by the trust boundary (document.*); the
// drafts already there are unchanged.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DraftLibrary } from '../../../electron/services/drafts/draft-library.ts';
import { ServiceError } from '../../../electron/services/service-error.ts';
import { pngOfAbout } from '../publish/png.ts';
import { hashFolder } from './folder-hash.ts';
import { sampleContent } from './host-calls.ts';
import { mutateText, mutateValue } from './mutate.ts';
import { prototypePollution, runProperty, type PropertyResult } from './property.ts';
import type { Random } from './random.ts';

const IMPORT_CODES = new Set(['import.invalid_file', 'import.unsupported_version']);

export async function fuzzMidadImports(options: {
  seed: number;
  cases: number;
  timeLimitMs: number;
}): Promise<PropertyResult> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'midad-fuzz-import-'));
  const library = await DraftLibrary.open({ dataDir, revisionIntervalMs: 0 });
  try {
    const existing = await library.create(sampleContent('المسودة الأصلية'));
    await library.addMedia(existing.id, {
      fileName: 'صورة.png',
      mimeType: 'image/png',
      bytes: new Uint8Array(pngOfAbout(1500, 11)),
    });
    await library.save(existing.id, sampleContent('المسودة الأصلية بعد التحرير'));
    const exported = await library.exportDraft(existing.id, { includeRevisions: true });
    const folder = path.join(dataDir, 'drafts', existing.id);
    const before = await hashFolder(folder);
    const known = new Set([existing.id]);

    return await runProperty({ name: 'midad imports', ...options }, async (random) => {
      const file = mutatedExport(random, exported);
      let outcome: string;
      try {
        const result = await library.importDraft(file);
        if (known.has(result.draftId))
          return `an import took the id of an existing draft (${result.outcome})`;
        known.add(result.draftId);
        await library.open(result.draftId);
        outcome = 'imported';
      } catch (error) {
        if (!(error instanceof ServiceError))
          return `threw a non-ServiceError: ${error instanceof Error ? error.stack : String(error)}`;
        if (!IMPORT_CODES.has(error.code) && !error.code.startsWith('document.'))
          return `refused with ${error.code}, not an import code`;
        outcome = error.code;
      }
      if ((await hashFolder(folder)) !== before)
        return `the existing draft changed on disk (${outcome})`;
      return prototypePollution() ?? undefined;
    });
  } finally {
    await library.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

function mutatedExport(random: Random, exported: string): string {
  if (random.chance(0.1)) return exported; // The same file again: a copy, never an overwrite.
  if (random.chance(0.45)) return mutateText(random, exported);
  const value = mutateValue(random, JSON.parse(exported));
  return value === undefined ? '' : JSON.stringify(value);
}
