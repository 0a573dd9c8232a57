// The durable outbox (docs/architecture.md, "Publishing: the outbox"): each publish is a
// job written to disk before its first request, worked through in steps — terms, media
// (three at a time), the conflict check of an update, the post, the final status — each
// recorded on disk as it finishes, so a restart resumes where it stopped. A retry first
// finds what the server already made (a post by its marker, an image by its media token)
// and adopts it: a draft is one post per site, an image one attachment per site. A
// contributor's pictures go after the post, attached to it (midad-bridge), or stay here.
// Plain Node: data folder, file system, clock, sites (with their secret store and fetch),
// the draft library and the draft's media are given.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type {
  Draft,
  DraftContent,
  DraftSaveResult,
  DraftWorkflow,
  ErrorCode,
  PictureLeftHere,
  PublishAction,
  PublishJob,
  PublishOptions,
  PublishPreparation,
  PublishStep,
  RemotePost,
  Site,
  SiteCategory,
} from '../../../contract/index.ts';
import { slugFromHeadline } from '../../../../common/wordpress/slug.ts';
import { siteBlockSources } from '../../../../common/wordpress/block-import.ts';
import { plainTextForSite } from '../../../../common/wordpress/plain-field.ts';
import { toWordPressBlocks } from '../../../../common/wordpress/block-markup.ts';
import { nodeFileSystem, type FileSystem } from '../../files/file-system.ts';
import type { PictureRules } from '../../pictures/picture-cleaner.ts';
import { cleanPictureFile, type PictureCleaner } from '../../pictures/picture-cleaning-thread.ts';
import { sha256Hex } from '../../drafts/media/media-store.ts';
import { withSentPictureHashes } from './sent-picture-hashes.ts';
import { ServiceError } from '../../service-error.ts';
import type { Clock } from '../wordpress/clock.ts';
import { readIndex } from '../wordpress/discovery.ts';
import { markContent, newPostMarker } from '../wordpress/post-marker.ts';
import type { WordPressClient } from '../wordpress/wordpress-client.ts';
import { WordPressHttp, type Fetch } from '../wordpress/wordpress-http.ts';
import { buildDocument, DOCUMENT_META_KEY } from '../review/document-envelope.ts';
import type { PostFields, WordPressPost } from '../wordpress/wordpress-types.ts';
import { jobPath, readJobs, writeJob, type JobFile } from './job-file.ts';
import { fingerprintOf, SiteSeenStore } from './site-seen.ts';
import { changedSinceSeen, siteConflictOf, takeSiteVersion } from './site-version.ts';
import { bringSitePictures, type DraftMediaShelf } from '../review/site-pictures.ts';
import {
  allowedActions,
  categoryKey,
  dateGmtOf,
  hashOf,
  imagesOf,
  matchSection,
  mediaToken,
  statusFor,
} from './post-plan.ts';
import {
  featuredInText,
  pictureRouteFor,
  pictureStayReason,
  type PictureRoute,
} from './picture-route.ts';
import type { PublishApi } from './publish-api.ts';
import { workflowAfterPublish } from './workflow-after-publish.ts';

/** One image kept with a draft (the drafts' media store lists them). */
export interface DraftMediaFile {
  hash: string;
  /** The name it came with, Arabic kept: WordPress names the attachment after it. */
  fileName: string;
  mimeType: string;
  /** Absolute path of the bytes. */
  path: string;
}

/** Where the outbox finds a draft's images: the draft library's media (wired by the host). */
export interface DraftMediaSource {
  list(draftId: string): Promise<DraftMediaFile[]>;
}

export interface OutboxDrafts extends DraftMediaShelf {
  open(draftId: string): Promise<Draft>;
  /** Puts the site's version in place, keeping the replaced text as a revision. */
  replaceContent(draftId: string, content: DraftContent): Promise<DraftSaveResult>;
  setRemote(draftId: string, siteId: string, post: RemotePost | null): Promise<Draft>;
  /** Moves the draft along the workflow as the site answered, by the site's account. */
  setWorkflow(
    draftId: string,
    change: (current: DraftWorkflow) => DraftWorkflow,
    by: string | null,
  ): Promise<unknown>;
}

export interface OutboxSites {
  list(): Promise<Site[]>;
  clientFor(site: Site): Promise<WordPressClient>;
  /** The site's categories as a job just read them (one created): kept with the site for the publish panel. */
  rememberCategories?(siteId: string, categories: SiteCategory[]): Promise<unknown>;
}

/** Told after each step is recorded on disk: tests stop the process there. */
export type StepListener = (
  jobId: string,
  step: PublishStep | 'enqueued' | 'media-file' | 'document-too-large',
  detail?: string,
) => void;

export interface OutboxOptions {
  dataDir: string;
  clock: Clock;
  drafts: () => Promise<OutboxDrafts>;
  sites: OutboxSites;
  media: DraftMediaSource;
  /** For the site's time zone (its REST index). */
  fetch: Fetch;
  fs?: FileSystem;
  /** Waits between attempts while the site cannot be reached; the last repeats. */
  retryDelaysMs?: readonly number[];
  uploadConcurrency?: number;
  newJobId?: () => string;
  newMarker?: () => string;
  onStep?: StepListener;
  /** Told whenever a job is queued or its state or progress moves: the screens show it at once. */
  onJobChanged?: (job: PublishJob) => void;
  /** Told when jobs leave the list (failures a later job made good). */
  onJobsRemoved?: (jobIds: string[]) => void;
  logError?: (error: unknown) => void;
  /** The newsroom's picture settings as they are now: every upload is stripped, turned and capped by them. */
  pictureRules?: () => PictureRules;
  /** Where pictures are cleaned (a worker thread in the hosts); here by default. */
  pictureCleaner?: PictureCleaner;
}

const KEEP_FINISHED_MS = 7 * 24 * 60 * 60 * 1000;
const DEFAULT_RETRY_DELAYS_MS = [2_000, 5_000, 15_000, 30_000, 60_000, 300_000];
/** No answer, a cut connection, a timeout or a 5xx: the job waits and tries again. */
const OFFLINE_CODES = new Set<ErrorCode>([
  'wordpress.unreachable',
  'wordpress.timeout',
  'wordpress.server_error',
]);
const UNFINISHED = new Set<JobFile['state']>(['queued', 'waiting_offline', 'running', 'conflict']);

class Cancelled extends Error {}
/** The host is shutting down: the job stays where it is on disk and resumes at the next start. */
class Stopped extends Error {}

export class Outbox implements PublishApi {
  readonly #options: OutboxOptions;
  readonly #fs: FileSystem;
  readonly #seen: SiteSeenStore;
  readonly #jobs = new Map<string, JobFile>();
  /** Per job: the files being uploaded right now (for progress). */
  readonly #uploading = new Map<string, Set<string>>();
  readonly #step = new Map<string, { step: PublishStep }>();
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
    const draft = await (await this.#options.drafts()).open(draftId);
    const remote = draft.remote?.[siteId] ?? null;
    const notes: PublishPreparation['notes'] = [];
    if (draft.meta.byline.trim() !== '') notes.push('byline_not_sent');
    if (
      site.reviewBridge &&
      !buildDocument(
        { meta: draft.meta, body: draft.body },
        this.#options.clock.now().toISOString(),
        site.reviewBridge.maxDocumentBytes,
      ).ok
    ) {
      notes.push('document_too_large');
    }
    const http = new WordPressHttp({
      fetch: this.#options.fetch,
      clock: this.#options.clock,
      timeoutMs: 5_000,
    });
    const index = await readIndex(site.restRoot, http).catch(() => null);
    if (!index) notes.push('site_offline');
    const section = matchSection(draft.meta.section, site.categories);
    if (!section && draft.meta.section.trim() !== '') {
      notes.push(
        site.capabilities.includes('manage_categories')
          ? 'section_will_be_created'
          : 'section_uncategorized',
      );
    }
    if (remote && remote.sentUpdatedAt !== draft.updatedAt) notes.push('unsent_changes');
    const files = await this.#options.media.list(draftId);
    const sizes = await this.#sizesOf(files);
    // Offline, the plugin as the site's last check found it.
    const route = index
      ? await this.#livePictureRoute(site).catch(() => pictureRouteFor(site))
      : pictureRouteFor(site);
    const media = imagesOf(draft.body).map((image) => {
      const uploaded = remote?.media[image.hash] !== undefined;
      const staysHere = uploaded ? null : pictureStayReason(route, sizes.get(image.hash) ?? 0);
      return {
        hash: image.hash,
        fileName: files.find((file) => file.hash === image.hash)?.fileName ?? '',
        alt: image.alt,
        caption: image.caption,
        uploaded,
        ...(staysHere ? { staysHere } : {}),
      };
    });
    if (media.some((image) => image.staysHere)) notes.push('pictures_stay_here');
    const active = [...this.#jobs.values()].find(
      (job) => job.draftId === draftId && job.siteId === siteId && UNFINISHED.has(job.state),
    );
    return {
      draftId,
      siteId,
      allowedActions: allowedActions(site.capabilities, remote),
      categories: site.categories,
      suggestedCategoryIds: section ? [section.id] : [],
      suggestedSlug: slugFromHeadline(draft.meta.headline),
      tags: draft.meta.tags,
      timeZone: index ? { timezoneString: index.timezone, gmtOffset: index.gmtOffset } : null,
      media,
      remote,
      activeJobId: active?.id ?? null,
      notes,
    };
  }

  async enqueue(draftId: string, siteId: string, asked: PublishOptions): Promise<PublishJob> {
    await this.start();
    if (this.#stopped) throw new ServiceError('publish.shutting_down');
    await this.#site(siteId);
    if (
      [...this.#jobs.values()].some(
        (job) => job.draftId === draftId && job.siteId === siteId && UNFINISHED.has(job.state),
      )
    ) {
      throw new ServiceError('publish.already_queued');
    }
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
    return this.#view(job);
  }

  async jobs(): Promise<PublishJob[]> {
    await this.start();
    return [...this.#jobs.values()]
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .map((job) => this.#view(job));
  }

  async cancel(jobId: string): Promise<PublishJob> {
    const job = await this.#job(jobId);
    if (job.state === 'running') {
      // The step in flight finishes and is recorded; the job stops before the next one.
      this.#cancelRequested.add(jobId);
      await this.#running;
      return this.#view(job);
    }
    if (!['queued', 'waiting_offline', 'conflict'].includes(job.state))
      throw new ServiceError('publish.not_cancellable');
    await this.#set(job, { state: 'cancelled', nextAttemptAt: null });
    return this.#view(job);
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
      return this.#view(job);
    }
    // Keep theirs: the site's version becomes the local draft (the replaced text kept as a revision); nothing is sent.
    const site = await this.#site(job.siteId);
    const client = await this.#options.sites.clientFor(site);
    const library = await this.#options.drafts();
    const draft = await library.open(job.draftId);
    const remote = draft.remote?.[job.siteId];
    if (!remote) throw new ServiceError('publish.not_published');
    const post = await client.getPost(remote.postId);
    await takeSiteVersion({ drafts: library, seen: this.#seen }, draft, site, post);
    // The site's version may name pictures added there; one that cannot be brought leaves its frame empty.
    const picturesNotBrought = await bringSitePictures(
      { drafts: library, fetch: this.#options.fetch, clock: this.#options.clock },
      draft.id,
      site,
      client,
    );
    const result = {
      postId: post.id,
      link: post.link,
      status: post.status,
      ...(picturesNotBrought.length > 0 ? { picturesNotBrought } : {}),
    };
    await this.#set(job, { state: 'done', conflict: null, result });
    return this.#view(job);
  }

  async retry(jobId: string): Promise<PublishJob> {
    const job = await this.#job(jobId);
    if (job.state !== 'failed' && job.state !== 'cancelled' && job.state !== 'waiting_offline') {
      throw new ServiceError('publish.not_retryable');
    }
    await this.#set(job, { state: 'queued', error: null, nextAttemptAt: null });
    this.#pump();
    return this.#view(job);
  }

  /** Resolves when no job is running or due (tests and the benchmark wait on it). */
  async idle(): Promise<void> {
    while (this.#running) await this.#running;
  }

  // ---- running jobs ----

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
      await this.#work(job);
    } catch (error) {
      this.#step.delete(job.id);
      this.#uploading.delete(job.id);
      if (error instanceof Stopped) {
        await this.#set(job, { state: 'queued' });
        return;
      }
      if (error instanceof Cancelled) {
        this.#cancelRequested.delete(job.id);
        await this.#set(job, { state: 'cancelled' });
        return;
      }
      const code: ErrorCode = error instanceof ServiceError ? error.code : 'host.internal';
      if (!(error instanceof ServiceError)) this.#options.logError?.(error);
      if (OFFLINE_CODES.has(code) && !this.#cancelRequested.has(job.id)) {
        const delays = this.#options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
        const delay = delays[Math.min(job.attempts, delays.length - 1)] ?? 60_000;
        const nextAttemptAt = new Date(this.#options.clock.now().getTime() + delay).toISOString();
        await this.#set(job, {
          state: 'waiting_offline',
          attempts: job.attempts + 1,
          nextAttemptAt,
          error: { code, suggestion: null, canPublishAsNew: false },
        });
        return;
      }
      this.#cancelRequested.delete(job.id);
      await this.#set(job, {
        state: 'failed',
        error: {
          code,
          suggestion: code === 'wordpress.cannot_publish' ? 'pending' : null,
          canPublishAsNew: code === 'wordpress.post_deleted',
        },
      });
    }
  }

  async #work(job: JobFile): Promise<void> {
    const site = await this.#site(job.siteId);
    const client = await this.#options.sites.clientFor(site);
    const library = await this.#options.drafts();
    const draft = await library.open(job.draftId);
    let remote = draft.remote?.[job.siteId] ?? null;
    const { meta, body } = job.draft;
    const action = job.options.action;
    const status = statusFor(action);
    const schedule =
      action === 'schedule' && job.options.scheduleAt
        ? { date_gmt: dateGmtOf(job.options.scheduleAt) }
        : {};

    if (action === 'unpublish') {
      if (!remote) throw new ServiceError('publish.not_published');
      this.#enter(job, 'post');
      const post = await client.setPostStatus(remote.postId, 'draft');
      await this.#recordPost(job, post, remote, remote.media, false);
      return this.#finish(job, post);
    }

    // Terms: the section's category (created only with manage_categories), tags on the fly.
    if (!job.progress.terms) {
      this.#enter(job, 'terms');
      const categoryIds =
        job.options.categoryIds ?? (await this.#sectionCategories(client, site, meta.section));
      const tagIds: number[] = [];
      for (const name of job.options.tags ?? meta.tags) {
        const id = await this.#tagId(client, name);
        if (id !== null) tagIds.push(id);
      }
      await this.#set(job, { progress: { ...job.progress, terms: { categoryIds, tagIds } } });
      this.#checkpoint(job, 'terms');
    }

    // Media: every picture of the text, each once per site, by the way this account may upload.
    const images = imagesOf(body);
    const featuredHash = featuredInText(job.options.featuredImageHash, body);
    const known = { ...remote?.media };
    const learnUploads = () => {
      for (const [hash, entry] of Object.entries(job.progress.media))
        if ('mediaId' in entry) known[hash] = entry;
    };
    learnUploads();
    const route = await this.#livePictureRoute(site, client);
    const files = await this.#options.media.list(job.draftId);
    const elsewhere = images.filter(
      (image) => !known[image.hash] && !files.some((file) => file.hash === image.hash),
    );
    if (elsewhere.length > 0) {
      await this.#adoptFromSite(
        job,
        client,
        elsewhere.map((image) => image.hash),
      );
      learnUploads();
    }
    const left = await this.#picturesLeftHere(
      job,
      route,
      images.filter((image) => !known[image.hash]),
      files,
    );
    const uploadMissing = async (parentPostId?: number) => {
      const missing = images
        .map((image) => image.hash)
        .filter((hash) => !known[hash] && !left.some((picture) => picture.hash === hash));
      if (missing.length === 0) return;
      this.#enter(job, 'media');
      await this.#uploadAll(job, client, missing, images, parentPostId);
      learnUploads();
      this.#checkpoint(job, 'media');
    };
    // A contributor's pictures name their post: uploaded once it exists (now, or after the create below).
    const parentPostId = job.progress.post?.postId ?? remote?.postId;
    if (route.kind === 'before_post') await uploadMissing();
    else if (route.kind === 'attached_to_post' && parentPostId !== undefined)
      await uploadMissing(parentPostId);
    // Only a block this site itself answered with (as this copy last saw the post) goes back
    // verbatim; a protected block from anywhere else is checked as untrusted markup.
    const siteBlocks = remote
      ? siteBlockSources((await this.#seen.read(job.siteId, job.draftId))?.content)
      : new Set<string>();
    const compose = () => {
      const media = Object.fromEntries(
        images
          .filter((image) => known[image.hash])
          .map((image) => [image.hash, known[image.hash]!]),
      );
      const content = toWordPressBlocks(body, {
        siteBlocks,
        resolveImage: (image) => {
          const hash = hashOf(image);
          const uploaded = hash ? media[hash] : undefined;
          // A picture not on the site (staying here, or a contributor's before the post exists)
          // keeps its local address, which imageBlock leaves out: the text goes without it.
          return uploaded ? { ...image, src: uploaded.url, id: uploaded.mediaId } : image;
        },
      });
      const featured = featuredHash ? media[featuredHash]?.mediaId : undefined;
      return { media, content, featuredMedia: featured ? { featured_media: featured } : {} };
    };
    const { media, content, featuredMedia } = compose();
    const documentMeta = this.#documentMeta(site, job, media);
    const terms = job.progress.terms!;
    const fields: PostFields = {
      title: plainTextForSite(meta.headline),
      excerpt: plainTextForSite(meta.excerpt),
      slug: job.options.slug?.trim() || slugFromHeadline(meta.headline),
      categories: terms.categoryIds,
      tags: terms.tagIds,
      ...featuredMedia,
    };

    // An update: only over what this copy last saw of the post, never over somebody else's edit.
    if (remote && !job.progress.post) {
      this.#enter(job, 'check');
      const current = await client.getPost(remote.postId);
      const seen = await this.#seen.read(job.siteId, job.draftId);
      const changed =
        changedSinceSeen(current, remote, seen) && fingerprintOf(current) !== job.overwrite;
      // Our own write whose answer was lost left exactly what we send: not a conflict.
      const ours =
        current.content.raw === content && current.title.raw === plainTextForSite(meta.headline);
      if (changed && !ours) {
        const { remoteModifiedGmt, remoteFingerprint, kind, diff } = siteConflictOf(
          current,
          site,
          remote,
          seen,
          content,
        );
        await this.#set(job, {
          state: 'conflict',
          conflict: { remoteModifiedGmt, remoteFingerprint, kind, diff },
        });
        this.#step.delete(job.id);
        return;
      }
      this.#checkpoint(job, 'check');
      this.#enter(job, 'post');
      const post = await client.updatePost(remote.postId, {
        ...fields,
        content,
        ...documentMeta,
        ...(status ? { status } : {}),
        ...schedule,
      });
      await this.#seen.write(job.siteId, job.draftId, post);
      await this.#recordPost(job, post, remote, media, true);
      return this.#finish(job, post, left);
    }

    // A create: adopt what an earlier attempt made, or create it with the marker.
    if (!job.progress.post) {
      this.#enter(job, 'post');
      const marker = job.marker!;
      let post: WordPressPost | undefined;
      if (job.progress.createStarted)
        post = (await client.findPostsByMarker(marker, { authorId: site.account.id }))[0];
      if (!post) {
        await this.#set(job, { progress: { ...job.progress, createStarted: true } });
        post = await client.createPost({
          ...fields,
          content: markContent(content, marker),
          status: 'draft',
        });
      }
      remote = await this.#recordPost(job, post, remote, media, false);
      this.#checkpoint(job, 'post');
    }

    // A contributor's pictures, attached to the post just made (a retry adopts them by token).
    const postId = job.progress.post!.postId;
    if (route.kind === 'attached_to_post') await uploadMissing(postId);

    // Final: the content without its marker, with every picture uploaded, and the status asked for.
    this.#enter(job, 'finalize');
    const final = compose();
    // The document again, now that a contributor's pictures are on the site with the hashes they went with.
    const finalDocument = this.#documentMeta(site, job, final.media);
    const post = await client.updatePost(postId, {
      content: final.content,
      status: status ?? 'draft',
      ...final.featuredMedia,
      ...schedule,
      ...finalDocument,
    });
    await this.#seen.write(job.siteId, job.draftId, post);
    await this.#recordPost(job, post, remote, final.media, true);
    await this.#set(job, { progress: { ...job.progress, finalized: true } });
    return this.#finish(job, post, left);
  }

  /**
   * The whole document for a site with the midad-bridge plugin; nothing for one without
   * (WordPress drops unregistered meta, so it would be sent for nothing). A document too
   * large for the site is left out: the text still publishes, and the review notes stay
   * on this machine as they would without the plugin.
   */
  #documentMeta(site: Site, job: JobFile, media: RemotePost['media']): Pick<PostFields, 'meta'> {
    if (!site.reviewBridge) return {};
    // Everything the job holds of the draft but its timestamp: new content fields travel unseen.
    const content: Record<string, unknown> = {
      ...job.draft,
      body: withSentPictureHashes(job.draft.body, media),
    };
    delete content.updatedAt;
    const built = buildDocument(
      content,
      this.#options.clock.now().toISOString(),
      site.reviewBridge.maxDocumentBytes,
    );
    if (!built.ok) {
      this.#options.onStep?.(job.id, 'document-too-large');
      return {};
    }
    return { meta: { [DOCUMENT_META_KEY]: built.json } };
  }

  /** The tag's id, created if need be; an account that may not create tags gets the existing one or none. */
  async #tagId(client: WordPressClient, name: string): Promise<number | null> {
    try {
      return (await client.ensureTerm('tags', name)).term.id;
    } catch (error) {
      if (!(error instanceof ServiceError) || error.code !== 'wordpress.forbidden') throw error;
      const found = await client.listTerms('tags', { search: name });
      return found.find((tag) => categoryKey(tag.name) === categoryKey(name))?.id ?? null;
    }
  }

  async #sectionCategories(
    client: WordPressClient,
    site: Site,
    section: string,
  ): Promise<number[]> {
    if (section.trim() === '') return [];
    const fresh = await client.listTerms('categories');
    const found = matchSection(
      section,
      fresh.map(({ id, name, parent }) => ({ id, name, parent })),
    );
    if (found) return [found.id];
    if (!site.capabilities.includes('manage_categories')) return [];
    const created = (await client.ensureTerm('categories', section.trim())).term;
    const known = fresh.map(({ id, name, parent }) => ({ id, name, parent }));
    const categories = known.some((category) => category.id === created.id)
      ? known
      : [...known, { id: created.id, name: created.name, parent: created.parent }];
    // Only what the publish panel shows: the post goes out whether or not this is kept.
    await this.#options.sites
      .rememberCategories?.(site.id, categories)
      .catch((error: unknown) => this.#options.logError?.(error));
    return [created.id];
  }

  /** Uploads the files, three at a time; `parentPostId` attaches them to that post (a contributor's way). */
  async #uploadAll(
    job: JobFile,
    client: WordPressClient,
    hashes: string[],
    images: ReturnType<typeof imagesOf>,
    parentPostId?: number,
  ): Promise<void> {
    const files = await this.#options.media.list(job.draftId);
    await this.#sizesOf(files);
    const queue = [...hashes];
    const uploading = new Set<string>();
    this.#uploading.set(job.id, uploading);
    const worker = async () => {
      for (let hash = queue.shift(); hash !== undefined; hash = queue.shift()) {
        if (this.#cancelRequested.has(job.id) || this.#stopped) return;
        const file = files.find((each) => each.hash === hash);
        if (!file) throw new ServiceError('publish.media_missing');
        const image = images.find((each) => each.hash === hash);
        const token = mediaToken(hash);
        uploading.add(hash);
        this.#announce(job);
        const earlier = job.progress.media[hash];
        // A request went out before without its answer kept: look for what it made first.
        let uploaded =
          earlier && 'started' in earlier ? (await client.findMediaByToken(token))[0] : undefined;
        let sentHash: string | undefined;
        if (!uploaded) {
          const { bytes: data, changed } = await cleanPictureFile(
            file.path,
            file.mimeType,
            this.#options.pictureRules?.(),
            this.#options.pictureCleaner,
          );
          // Cleaned bytes are another file: the site can be searched for either hash.
          sentHash = changed ? sha256Hex(data) : undefined;
          await this.#set(job, {
            progress: {
              ...job.progress,
              media: { ...job.progress.media, [hash]: { started: true } },
            },
          });
          uploaded = await client.uploadMedia({
            data,
            fileName: file.fileName,
            mimeType: file.mimeType,
            fields: {
              title: path.parse(file.fileName).name,
              alt_text: image?.alt ?? '',
              caption: image?.caption ?? '',
              description: sentHash ? `${token} ${mediaToken(sentHash)}` : token,
              ...(parentPostId === undefined ? {} : { post: parentPostId }),
            },
          });
        }
        uploading.delete(hash);
        await this.#set(job, {
          progress: {
            ...job.progress,
            media: {
              ...job.progress.media,
              [hash]: {
                mediaId: uploaded.id,
                url: uploaded.source_url,
                ...(sentHash ? { sentHash } : {}),
              },
            },
          },
        });
        this.#options.onStep?.(job.id, 'media-file', hash);
      }
    };
    const concurrency = this.#options.uploadConcurrency ?? 3;
    const results = await Promise.allSettled(
      Array.from({ length: Math.min(concurrency, hashes.length) }, worker),
    );
    this.#uploading.delete(job.id);
    const failed = results.find(
      (result): result is PromiseRejectedResult => result.status === 'rejected',
    );
    if (failed) throw failed.reason;
    if (this.#cancelRequested.has(job.id)) throw new Cancelled();
    if (this.#stopped) throw new Stopped();
  }

  /** Records the post on disk (job, then draft) after a write Midad made. */
  async #recordPost(
    job: JobFile,
    post: WordPressPost,
    remote: RemotePost | null,
    media: RemotePost['media'],
    sent: boolean,
  ): Promise<RemotePost> {
    const now = this.#options.clock.now().toISOString();
    await this.#set(job, {
      progress: {
        ...job.progress,
        post: {
          postId: post.id,
          link: post.link,
          status: post.status,
          modifiedGmt: post.modified_gmt,
        },
      },
    });
    const next: RemotePost = {
      siteId: job.siteId,
      postId: post.id,
      status: post.status,
      link: post.link,
      authorId: post.author,
      modifiedGmt: post.modified_gmt,
      sentUpdatedAt: sent ? job.draft.updatedAt : (remote?.sentUpdatedAt ?? job.draft.updatedAt),
      sentAt: sent ? now : (remote?.sentAt ?? now),
      media: { ...remote?.media, ...media },
    };
    await (await this.#options.drafts()).setRemote(job.draftId, job.siteId, next);
    return next;
  }

  async #finish(
    job: JobFile,
    post: WordPressPost,
    picturesLeftHere: PictureLeftHere[] = [],
  ): Promise<void> {
    this.#step.delete(job.id);
    // The post is written: a site removed meanwhile only loses the name on the revision.
    const site = (await this.#options.sites.list()).find((each) => each.id === job.siteId);
    const at = this.#options.clock.now().toISOString();
    const published = { siteId: job.siteId, postId: post.id, status: post.status };
    await (
      await this.#options.drafts()
    ).setWorkflow(
      job.draftId,
      (current) => workflowAfterPublish(current, job.options.action, published, at),
      site?.account.name ?? null,
    );
    const result = {
      postId: post.id,
      link: post.link,
      status: post.status,
      ...(picturesLeftHere.length > 0 ? { picturesLeftHere } : {}),
    };
    await this.#set(job, { state: 'done', error: null, nextAttemptAt: null, result });
    this.#cancelRequested.delete(job.id);
    await this.#clearSuperseded(job);
    this.#options.onStep?.(job.id, 'finalize');
  }

  /**
   * The earlier failed or cancelled jobs of the same draft on the same site: this job did
   * what they meant to (the post now holds the newer text), so their Retry would only
   * send an older copy. They leave the list and their files go.
   */
  async #clearSuperseded(done: JobFile): Promise<void> {
    const superseded = [...this.#jobs.values()].filter(
      (job) =>
        job.id !== done.id &&
        job.draftId === done.draftId &&
        job.siteId === done.siteId &&
        (job.state === 'failed' || job.state === 'cancelled') &&
        job.createdAt <= done.createdAt,
    );
    if (superseded.length === 0) return;
    for (const job of superseded) {
      this.#jobs.delete(job.id);
      await this.#writes.get(job.id);
      this.#writes.delete(job.id);
      await this.#fs
        .rm(jobPath(this.#options.dataDir, job.id))
        .catch((error: unknown) => this.#options.logError?.(error));
    }
    this.#options.onJobsRemoved?.(superseded.map((job) => job.id));
  }

  /** A step boundary: stop here if cancelled or shutting down (everything so far is recorded). */
  #checkpoint(job: JobFile, step: PublishStep): void {
    this.#options.onStep?.(job.id, step);
    if (this.#cancelRequested.has(job.id)) throw new Cancelled();
    if (this.#stopped) throw new Stopped();
  }

  #enter(job: JobFile, step: PublishStep): void {
    if (this.#cancelRequested.has(job.id)) throw new Cancelled();
    if (this.#stopped) throw new Stopped();
    this.#step.set(job.id, { step });
    this.#announce(job);
  }

  /**
   * Pictures of the text whose files are not on this machine (a story the desk opened from
   * the site): the site has them, found by their media token as a retry finds an upload.
   * One the site does not have either is missing: the job fails with publish.media_missing.
   */
  async #adoptFromSite(job: JobFile, client: WordPressClient, hashes: string[]): Promise<void> {
    this.#enter(job, 'media');
    const found: JobFile['progress']['media'] = {};
    for (const hash of hashes) {
      const [onSite] = await client.findMediaByToken(mediaToken(hash));
      if (!onSite) throw new ServiceError('publish.media_missing');
      found[hash] = { mediaId: onSite.id, url: onSite.source_url };
    }
    await this.#set(job, {
      progress: { ...job.progress, media: { ...job.progress.media, ...found } },
    });
    this.#checkpoint(job, 'media');
  }

  /**
   * How this account's pictures reach the site as it is now: for an account without
   * upload_files, the plugin is asked again, since it may have been installed, updated or
   * removed after the site was last checked.
   */
  async #livePictureRoute(site: Site, client?: WordPressClient): Promise<PictureRoute> {
    if (site.capabilities.includes('upload_files')) return pictureRouteFor(site);
    const reviewBridge = await (
      client ?? (await this.#options.sites.clientFor(site))
    ).midadBridgeStatus();
    return pictureRouteFor({ ...site, reviewBridge });
  }

  /** The pictures not yet on the site that this account cannot send, with why (kept for the progress view too). */
  async #picturesLeftHere(
    job: JobFile,
    route: PictureRoute,
    notUploaded: ReturnType<typeof imagesOf>,
    files: DraftMediaFile[],
  ): Promise<PictureLeftHere[]> {
    const sizes = await this.#sizesOf(files);
    const left: PictureLeftHere[] = [];
    for (const image of notUploaded) {
      const reason = pictureStayReason(route, sizes.get(image.hash) ?? 0);
      if (reason)
        left.push({
          hash: image.hash,
          fileName: files.find((file) => file.hash === image.hash)?.fileName ?? '',
          reason,
        });
    }
    this.#leftHere.set(job.id, new Set(left.map((picture) => picture.hash)));
    return left;
  }

  /** Each file's size in bytes, by hash (a file that cannot be read counts 0: its upload says so). */
  async #sizesOf(files: DraftMediaFile[]): Promise<Map<string, number>> {
    for (const file of files) {
      this.#fileNames.set(file.hash, file.fileName);
      if (!this.#fileSizes.has(file.hash))
        this.#fileSizes.set(
          file.hash,
          (await this.#fs.stat(file.path).catch(() => ({ size: 0 }))).size,
        );
    }
    return new Map(files.map((file) => [file.hash, this.#fileSizes.get(file.hash) ?? 0]));
  }

  // ---- state on disk and as the UI sees it ----

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

  /** The job as the UI sees it, to whoever listens; a listener's failure is not the job's. */
  #announce(job: JobFile): void {
    if (!this.#options.onJobChanged) return;
    try {
      this.#options.onJobChanged(this.#view(job));
    } catch (error) {
      this.#options.logError?.(error);
    }
  }

  #view(job: JobFile): PublishJob {
    const base = {
      id: job.id,
      draftId: job.draftId,
      siteId: job.siteId,
      action: job.options.action as PublishAction,
      headline: job.draft.meta.headline,
      createdAt: job.createdAt,
      updatedAt: job.updatedAt,
    };
    switch (job.state) {
      case 'queued':
        return { ...base, state: { state: 'queued' } };
      case 'cancelled':
        return { ...base, state: { state: 'cancelled' } };
      case 'waiting_offline':
        return {
          ...base,
          state: {
            state: 'waiting_offline',
            code: job.error?.code ?? 'wordpress.unreachable',
            attempts: job.attempts,
            nextAttemptAt: job.nextAttemptAt ?? job.updatedAt,
          },
        };
      case 'failed':
        return {
          ...base,
          state: {
            state: 'failed',
            code: job.error?.code ?? 'host.internal',
            suggestion: job.error?.suggestion ?? null,
            canPublishAsNew: job.error?.canPublishAsNew ?? false,
          },
        };
      case 'conflict': {
        const { remoteModifiedGmt, diff, kind } = job.conflict!;
        return {
          ...base,
          state: { state: 'conflict', remoteModifiedGmt, diff, ...(kind ? { kind } : {}) },
        };
      }
      case 'done':
        return { ...base, state: { state: 'done', ...job.result! } };
      case 'running':
        return { ...base, state: this.#runningView(job) };
    }
  }

  #runningView(job: JobFile): Extract<PublishJob['state'], { state: 'running' }> {
    const step = this.#step.get(job.id)?.step ?? 'terms';
    const uploading = this.#uploading.get(job.id) ?? new Set<string>();
    const leftHere = this.#leftHere.get(job.id) ?? new Set<string>();
    const hashes = imagesOf(job.draft.body)
      .map((image) => image.hash)
      .filter((hash) => !leftHere.has(hash));
    const files = hashes.map((hash) => {
      const entry = job.progress.media[hash];
      const state =
        entry && 'mediaId' in entry
          ? ('done' as const)
          : uploading.has(hash)
            ? ('uploading' as const)
            : ('pending' as const);
      return {
        hash,
        fileName: this.#fileNames.get(hash) ?? hash.slice(0, 12),
        bytes: this.#fileSizes.get(hash) ?? 0,
        state,
      };
    });
    const order: PublishStep[] = ['terms', 'media', 'check', 'post', 'finalize'];
    const mediaShare =
      files.length === 0 ? 0 : files.filter((file) => file.state === 'done').length / files.length;
    const stepIndex = order.indexOf(step);
    const overall =
      step === 'media'
        ? 0.1 + 0.7 * mediaShare
        : Math.min(1, stepIndex < 1 ? 0.05 : 0.8 + 0.1 * (stepIndex - 2));
    return { state: 'running', step, files, overall: Math.max(0, Math.min(1, overall)) };
  }

  readonly #fileNames = new Map<string, string>();
  readonly #fileSizes = new Map<string, number>();
  /** Per job: the pictures this attempt leaves on this machine (not shown as pending uploads). */
  readonly #leftHere = new Map<string, Set<string>>();

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
