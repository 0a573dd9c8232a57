// What every step of a publish job is given: the job, its site and client, the outbox's
// options, and the means to record progress on disk and to stop at a step boundary.
import type { PublishStep, Site } from '../../../../contract/index.ts';
import type { FileSystem } from '../../../files/file-system.ts';
import type { WordPressClient } from '../../wordpress/wordpress-client.ts';
import type { JobFile } from '../job-file.ts';
import type { LiveProgress } from '../job-view.ts';
import type { OutboxOptions } from '../outbox-options.ts';
import type { SiteSeenStore } from '../site-seen.ts';

export interface JobRun {
  readonly job: JobFile;
  readonly site: Site;
  readonly client: WordPressClient;
  readonly outbox: OutboxOptions;
  readonly fs: FileSystem;
  readonly seen: SiteSeenStore;
  readonly live: LiveProgress;
  /** Records a change of the job on disk (writes in order), then tells the screens. */
  set(change: Partial<JobFile>): Promise<void>;
  /** Tells the screens the job as it is now. */
  announce(): void;
  /** Whether the user cancelled the job or the host is shutting down. */
  halted(): 'cancelled' | 'stopped' | null;
}

/** The user cancelled: the job becomes `cancelled` after the step in flight. */
export class Cancelled extends Error {}
/** The host is shutting down: the job stays where it is on disk and resumes at the next start. */
export class Stopped extends Error {}

export function throwIfHalted(run: JobRun): void {
  const halted = run.halted();
  if (halted === 'cancelled') throw new Cancelled();
  if (halted === 'stopped') throw new Stopped();
}

/** A step begins: the screens show it, unless the job was halted before it. */
export function enterStep(run: JobRun, step: PublishStep): void {
  throwIfHalted(run);
  run.live.enterStep(run.job.id, step);
  run.announce();
}

/** A step boundary: stop here if cancelled or shutting down (everything so far is recorded). */
export function checkpoint(run: JobRun, step: PublishStep): void {
  run.outbox.onStep?.(run.job.id, step);
  throwIfHalted(run);
}
