// The durable outbox (docs/architecture.md, "Publishing: the outbox"): each publish is a
// job written to disk before its first request and after each step, so a restart resumes
// where it stopped; a retry adopts what the server already made (a post by its marker, an
// image by its media token). This file is the queue: the jobs' states, one job at a time,
// and the timer that wakes a job waiting for its site. The steps are in steps/ (run-steps.ts
// walks them), the screens' view in job-view.ts, the panel's preparation in preparation.ts.
// Plain Node: data folder, file system, clock, sites, the draft library and media are given.
import { randomBytes } from 'node:crypto';
import type {
  PublishJob,
  PublishOptions,
  PublishPreparation,
  Site,
} from '../../../contract/index.ts';
import type { BackoffPolicy } from '../../../../common/retry/backoff.ts';
import { nodeFileSystem, type FileSystem } from '../../files/file-system.ts';
import { ServiceError } from '../../service-error.ts';
import { newPostMarker } from '../wordpress/post-marker.ts';
import { jobPath, readJobs, writeJob, type JobFile } from './job-file.ts';
import { afterFailure, outboxBackoff } from './job-failure.ts';
import { LiveProgress } from './job-view.ts';
import type { OutboxOptions } from './outbox-options.ts';
import { featuredInText } from './picture-route.ts';
import { preparePublish } from './preparation.ts';
import type { PublishApi } from './publish-api.ts';
import { SiteSeenStore } from './site-seen.ts';
import { Stopped, type JobRun } from './steps/job-run.ts';
import { keepTheirs } from './steps/keep-theirs.ts';
import { runSteps, type StepsOutcome } from './steps/run-steps.ts';

export type {
  DraftMediaFile,
  DraftMediaSource,
  OutboxDrafts,
  OutboxOptions,
  OutboxSites,
  StepListener,
} from './outbox-options.ts';

const KEEP_FINISHED_MS = 7 * 24 * 60 * 60 * 1000;
const UNFINISHED = new Set<JobFile['state']>(['queued', 'waiting_offline', 'running', 'conflict']);

export class Outbox implements PublishApi {
  readonly #options: OutboxOptions;
  readonly #fs: FileSystem;
  readonly #seen: SiteSeenStore;
  readonly #backoff: BackoffPolicy;
  readonly #jobs = new Map<string, JobFile>();
  readonly #live = new LiveProgress();
  readonly #cancelRequested = new Set<string>();
  readonly #writes = new Map<string, Promise<void>>();
  #running: Promise<void> | null = null;
  #timer: (() => void) | null = null;
  #stopped = false;
  #started: Promise<void> | null = null;

  constructor(options: OutboxOptions) {
    this.#options = options;
    this.#fs = options.fs ?? nodeFileSystem;
    this.#seen = new SiteSeenStore(options.dataDir, this.#fs);
    this.#backoff = outboxBackoff(options);
  }

  /** Reads the jobs on disk and resumes the unfinished ones (a running one from its last recorded step). */
  start(): Promise<void> {
    this.#started ??= (async () => {
      const now = this.#options.clock.now().getTime();
      for (const job of await readJobs(this.#options.dataDir, this.#fs)) {
        // Finished jobs stay listed for a week, then their files go.
        if (
          (job.state === 'done' || job.state === 'cancelled') &&
          now - Date.parse(job.updatedAt) > KEEP_FINISHED_MS
        ) {
          await this.#fs.rm(jobPath(this.#options.dataDir, job.id)).catch(() => undefined);
          continue;
        }
        if (job.state === 'running') job.state = 'queued';
        this.#jobs.set(job.id, job);
      }
      this.#pump();
    })();
    return this.#started;
  }

  /** Lets the running step finish, records it, and starts nothing more. */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#timer?.();
    this.#timer = null;
    await this.#running;
    await Promise.all(this.#writes.values());
  }

  // ---- the contract ----

  async prepare(draftId: string, siteId: string): Promise<PublishPreparation> {
    await this.start();
    const site = await this.#site(siteId);
    return preparePublish({
      outbox: this.#options,
      fs: this.#fs,
      live: this.#live,
      site,
      draftId,
      activeJobId: () => this.#unfinished(draftId, siteId)?.id ?? null,
    });
  }

  async enqueue(draftId: string, siteId: string, asked: PublishOptions): Promise<PublishJob> {
    await this.start();
    if (this.#stopped) throw new ServiceError('publish.shutting_down');
    await this.#site(siteId);
    if (this.#unfinished(draftId, siteId)) throw new ServiceError('publish.already_queued');
    if (asked.action === 'schedule' && !asked.scheduleAt)
      throw new ServiceError('publish.schedule_missing');
    const library = await this.#options.drafts();
    let draft = await library.open(draftId);
    // A featured image deleted from the text meanwhile is dropped, not sent.
    const { featuredImageHash, ...rest } = asked;
    const featured = featuredInText(featuredImageHash, draft.body);
    const options: PublishOptions = featured ? { ...rest, featuredImageHash: featured } : rest;
    if (options.asNew && draft.remote?.[siteId])
      draft = await library.setRemote(draftId, siteId, null);
    const remote = draft.remote?.[siteId] ?? null;
    if (!remote && (options.action === 'update' || options.action === 'unpublish'))
      throw new ServiceError('publish.not_published');
    const now = this.#options.clock.now().toISOString();
    const job: JobFile = {
      format: 'midad.publish-job',
      schemaVersion: 1,
      id: this.#options.newJobId?.() ?? randomBytes(12).toString('base64url'),
      draftId,
      siteId,
      options,
      createdAt: now,
      updatedAt: now,
      draft: {
        updatedAt: draft.updatedAt,
        meta: draft.meta,
        body: draft.body,
        review: draft.review,
      },
      marker: remote ? null : (this.#options.newMarker?.() ?? newPostMarker()),
      state: 'queued',
      attempts: 0,
      nextAttemptAt: null,
      error: null,
      conflict: null,
      overwrite: null,
      progress: { terms: null, media: {}, createStarted: false, post: null, finalized: false },
      result: null,
    };
    // On disk before anything is sent.
    await writeJob(this.#options.dataDir, job, this.#fs);
    this.#jobs.set(job.id, job);
    this.#announce(job);
    this.#options.onStep?.(job.id, 'enqueued');
    this.#pump();
    return this.#live.view(job);
  }

  async jobs(): Promise<PublishJob[]> {
    await this.start();
    return [...this.#jobs.values()]
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .map((job) => this.#live.view(job));
  }

  async cancel(jobId: string): Promise<PublishJob> {
    const job = await this.#job(jobId);
    if (job.state === 'running') {
      // The step in flight finishes and is recorded; the job stops before the next one.
      this.#cancelRequested.add(jobId);
      await this.#running;
      return this.#live.view(job);
    }
    if (!['queued', 'waiting_offline', 'conflict'].includes(job.state))
      throw new ServiceError('publish.not_cancellable');
    await this.#set(job, { state: 'cancelled', nextAttemptAt: null });
    return this.#live.view(job);
  }

  async resolveConflict(jobId: string, choice: 'keep_theirs' | 'overwrite'): Promise<PublishJob> {
    const job = await this.#job(jobId);
    if (job.state !== 'conflict' || !job.conflict)
      throw new ServiceError('publish.not_in_conflict');
    if (choice === 'overwrite') {
      // Agreed for the version shown, and no later one (a conflict from before fingerprints asks again).
      await this.#set(job, {
        state: 'queued',
        overwrite: job.conflict.remoteFingerprint ?? null,
        conflict: null,
      });
      this.#pump();
      return this.#live.view(job);
    }
    const result = await keepTheirs(this.#options, this.#seen, job, await this.#site(job.siteId));
    await this.#set(job, { state: 'done', conflict: null, result });
    return this.#live.view(job);
  }

  async retry(jobId: string): Promise<PublishJob> {
    const job = await this.#job(jobId);
    if (job.state !== 'failed' && job.state !== 'cancelled' && job.state !== 'waiting_offline') {
      throw new ServiceError('publish.not_retryable');
    }
    await this.#set(job, { state: 'queued', error: null, nextAttemptAt: null });
    this.#pump();
    return this.#live.view(job);
  }

  /** Resolves when no job is running or due (tests and the benchmark wait on it). */
  async idle(): Promise<void> {
    while (this.#running) await this.#running;
  }

  // ---- the queue: one job at a time, the oldest due first ----

  #pump(): void {
    if (this.#running || this.#stopped) return;
    const now = this.#options.clock.now().getTime();
    const candidates = [...this.#jobs.values()].sort((a, b) =>
      a.createdAt.localeCompare(b.createdAt),
    );
    const due = candidates.find(
      (job) =>
        job.state === 'queued' ||
        (job.state === 'waiting_offline' && Date.parse(job.nextAttemptAt ?? '') <= now),
    );
    if (!due) {
      this.#scheduleWake(candidates, now);
      return;
    }
    this.#running = this.#run(due)
      .catch((error: unknown) => this.#options.logError?.(error))
      .finally(() => {
        this.#running = null;
        this.#pump();
      });
  }

  /** One timer, for the job waiting for its site that is due first. */
  #scheduleWake(jobs: JobFile[], now: number): void {
    this.#timer?.();
    this.#timer = null;
    const next = jobs
      .filter((job) => job.state === 'waiting_offline')
      .map((job) => Date.parse(job.nextAttemptAt ?? ''))
      .filter((at) => Number.isFinite(at))
      .sort((a, b) => a - b)[0];
    if (next === undefined) return;
    this.#timer = this.#options.clock.startTimer(Math.max(0, next - now), () => {
      this.#timer = null;
      this.#pump();
    });
  }

  async #run(job: JobFile): Promise<void> {
    await this.#set(job, { state: 'running' });
    try {
      const site = await this.#site(job.siteId);
      const client = await this.#options.sites.clientFor(site);
      await this.#settle(job, await runSteps(this.#jobRun(job, site, client)));
    } catch (error) {
      this.#live.forget(job.id);
      await this.#failed(job, error);
    }
  }

  #jobRun(job: JobFile, site: Site, client: JobRun['client']): JobRun {
    return {
      job,
      site,
      client,
      outbox: this.#options,
      fs: this.#fs,
      seen: this.#seen,
      live: this.#live,
      set: (change) => this.#set(job, change),
      announce: () => this.#announce(job),
      halted: () =>
        this.#cancelRequested.has(job.id) ? 'cancelled' : this.#stopped ? 'stopped' : null,
    };
  }

  /** The steps ended: the post is written, or the site changed it and the user must choose. */
  async #settle(job: JobFile, outcome: StepsOutcome): Promise<void> {
    if (outcome.kind === 'conflict') {
      await this.#set(job, { state: 'conflict', conflict: outcome.conflict });
      this.#live.leaveStep(job.id);
      return;
    }
    const { post, picturesLeftHere } = outcome;
    const result = {
      postId: post.id,
      link: post.link,
      status: post.status,
      ...(picturesLeftHere.length > 0 ? { picturesLeftHere } : {}),
    };
    // Out of the list before the job shows done: whoever sees it done never sees them too.
    const superseded = this.#takeSuperseded(job);
    await this.#set(job, { state: 'done', error: null, nextAttemptAt: null, result });
    this.#cancelRequested.delete(job.id);
    await this.#removeFiles(superseded);
    this.#options.onStep?.(job.id, 'finalize');
  }

  /** Halted, waiting for the site, or failed for good: what the error means for the job. */
  async #failed(job: JobFile, error: unknown): Promise<void> {
    const { change, unexpected } = afterFailure(job, error, {
      backoff: this.#backoff,
      now: this.#options.clock.now(),
      cancelRequested: this.#cancelRequested.has(job.id),
      random: this.#options.random,
    });
    if (unexpected) this.#options.logError?.(error);
    // Stopped stays queued for the next start; anything else ends what the user asked of this run.
    if (!(error instanceof Stopped) && change.state !== 'waiting_offline')
      this.#cancelRequested.delete(job.id);
    await this.#set(job, change);
  }

  /**
   * The earlier failed or cancelled jobs of the same draft on the same site: this job did
   * what they meant to (the post now holds the newer text), so their Retry would only
   * send an older copy. They leave the list here; their files go in #removeFiles.
   */
  #takeSuperseded(done: JobFile): JobFile[] {
    const superseded = [...this.#jobs.values()].filter(
      (job) =>
        job.id !== done.id &&
        job.draftId === done.draftId &&
        job.siteId === done.siteId &&
        (job.state === 'failed' || job.state === 'cancelled') &&
        job.createdAt <= done.createdAt,
    );
    for (const job of superseded) this.#jobs.delete(job.id);
    return superseded;
  }

  async #removeFiles(removed: JobFile[]): Promise<void> {
    if (removed.length === 0) return;
    for (const job of removed) {
      await this.#writes.get(job.id);
      this.#writes.delete(job.id);
      await this.#fs
        .rm(jobPath(this.#options.dataDir, job.id))
        .catch((error: unknown) => this.#options.logError?.(error));
    }
    this.#options.onJobsRemoved?.(removed.map((job) => job.id));
  }

  // ---- state on disk and as the screens see it ----

  /** Records the change on disk, one write after another per job, then tells the screens. */
  async #set(job: JobFile, change: Partial<JobFile>): Promise<void> {
    Object.assign(job, change, { updatedAt: this.#options.clock.now().toISOString() });
    const snapshot = structuredClone(job);
    const previous = this.#writes.get(job.id) ?? Promise.resolve();
    const write = previous.then(() => writeJob(this.#options.dataDir, snapshot, this.#fs));
    this.#writes.set(
      job.id,
      write.catch(() => undefined),
    );
    await write;
    this.#announce(job);
  }

  /** The job as the screens see it, to whoever listens; a listener's failure is not the job's. */
  #announce(job: JobFile): void {
    if (!this.#options.onJobChanged) return;
    try {
      this.#options.onJobChanged(this.#live.view(job));
    } catch (error) {
      this.#options.logError?.(error);
    }
  }

  #unfinished(draftId: string, siteId: string): JobFile | undefined {
    return [...this.#jobs.values()].find(
      (job) => job.draftId === draftId && job.siteId === siteId && UNFINISHED.has(job.state),
    );
  }

  async #job(jobId: string): Promise<JobFile> {
    await this.start();
    const job = this.#jobs.get(jobId);
    if (!job) throw new ServiceError('publish.job_not_found');
    return job;
  }

  async #site(siteId: string): Promise<Site> {
    const site = (await this.#options.sites.list()).find((each) => each.id === siteId);
    if (!site) throw new ServiceError('sites.not_found');
    return site;
  }
}
