// An outbox as the unit tests set it up: one site, a WordPress client double, the draft
// library in a fresh data folder, a clock of the test's own and no network of its own (the
// site's time zone cannot be read), with `settle` to wait until the jobs have gone as far
// as they can.
import type { Site } from '../../../electron/contract/index.ts';
import { Outbox } from '../../../electron/services/publish/outbox/outbox.ts';
import type {
  DraftMediaFile,
  OutboxDrafts,
  OutboxOptions,
  OutboxSites,
} from '../../../electron/services/publish/outbox/outbox-options.ts';
import type { Clock } from '../../../electron/services/publish/wordpress/clock.ts';
import type { WordPressClient } from '../../../electron/services/publish/wordpress/wordpress-client.ts';

export interface OutboxStage {
  dataDir: string;
  clock: Clock;
  library: OutboxDrafts;
  site: Site;
  /** The double standing in for the site, asked for each time the outbox talks to it. */
  client: () => WordPressClient;
  /** Every draft's images (none unless given). */
  media?: DraftMediaFile[];
  rememberCategories?: OutboxSites['rememberCategories'];
}

const offline = (() => Promise.reject(new Error('offline'))) as unknown as typeof fetch;

export function stagedOutbox(stage: OutboxStage, options: Partial<OutboxOptions> = {}): Outbox {
  return new Outbox({
    dataDir: stage.dataDir,
    clock: stage.clock,
    drafts: async () => stage.library,
    sites: {
      list: async () => [stage.site],
      clientFor: async () => stage.client(),
      rememberCategories: stage.rememberCategories,
    },
    media: { list: async () => stage.media ?? [] },
    fetch: offline,
    ...options,
  });
}

/** Waits until the outbox is idle and stays so: a finished step may start the next. */
export async function settle(outbox: Outbox): Promise<void> {
  for (let i = 0; i < 5; i += 1) {
    await outbox.idle();
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
