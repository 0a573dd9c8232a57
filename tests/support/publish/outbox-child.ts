// An outbox in a process of its own, for the "app killed mid-publish" test: it enqueues a
// job (or resumes the data folder's jobs) and, after the chosen step is recorded on disk,
// says so and freezes until the test SIGKILLs it. Run with node --experimental-strip-types.
import { readFileSync } from 'node:fs';
import type { PublishOptions } from '../../../electron/contract/index.ts';
import { DraftLibrary } from '../../../electron/services/drafts/draft-library.ts';
import { Outbox, type DraftMediaFile } from '../../../electron/services/publish/outbox/outbox.ts';
import { FileSecretStore } from '../../../electron/services/publish/sites/secret-store.ts';
import { SitesService } from '../../../electron/services/publish/sites/sites-service.ts';
import { systemClock } from '../../../electron/services/publish/wordpress/clock.ts';

interface ChildConfig {
  dataDir: string;
  draftId: string;
  siteId: string;
  options: PublishOptions;
  /** Per draft id, its image files. */
  media: Record<string, DraftMediaFile[]>;
  /** Freeze after the `count`-th time this step is recorded. */
  killAfter: { step: string; count: number };
}

const config = JSON.parse(readFileSync(0, 'utf8')) as ChildConfig;
const library = await DraftLibrary.open({ dataDir: config.dataDir });
const sites = new SitesService({
  dataDir: config.dataDir,
  fetch,
  clock: systemClock,
  secretStore: new FileSecretStore(config.dataDir),
  timeoutMs: 15_000,
});
const seen = new Map<string, number>();
const outbox = new Outbox({
  dataDir: config.dataDir,
  clock: systemClock,
  drafts: async () => library,
  sites: { list: () => sites.list(), clientFor: (site) => sites.clientFor(site) },
  media: { list: async (draftId) => config.media[draftId] ?? [] },
  fetch,
  onStep: (_jobId, step) => {
    const count = (seen.get(step) ?? 0) + 1;
    seen.set(step, count);
    if (step === config.killAfter.step && count === config.killAfter.count) {
      process.stdout.write(`FROZEN after ${step}\n`);
      // Nothing more happens in this process: no timer, no write, no request.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
    }
  },
});
await outbox.start();
await outbox.enqueue(config.draftId, config.siteId, config.options);
await outbox.idle();
process.stdout.write('FINISHED\n');
