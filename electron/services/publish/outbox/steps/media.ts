// The media step: every picture of the text, each once per site, by the way this account
// may upload. Pictures already on the site are known by hash; pictures whose files are
// not on this machine are found on the site by their media token; the rest go three at a
// time, before the post (an account with upload_files) or attached to it afterwards (a
// contributor through midad-bridge), or stay here when the account cannot send them.
import path from 'node:path';
import type { PictureLeftHere, RemotePost, Site } from '../../../../contract/index.ts';
import { sha256Hex } from '../../../drafts/media/media-store.ts';
import type { FileSystem } from '../../../files/file-system.ts';
import { cleanPictureBytes } from '../../../pictures/picture-cleaning-thread.ts';
import { ServiceError } from '../../../service-error.ts';
import type { WordPressClient } from '../../wordpress/wordpress-client.ts';
import type { JobFile } from '../job-file.ts';
import type { DraftMediaFile, OutboxOptions } from '../outbox-options.ts';
import { pictureRouteFor, pictureStayReason, type PictureRoute } from '../picture-route.ts';
import { imagesOf, mediaToken } from '../post-plan.ts';
import { Cancelled, checkpoint, enterStep, Stopped, type JobRun } from './job-run.ts';

type Image = ReturnType<typeof imagesOf>[number];
export type SiteMedia = RemotePost['media'];

/** The job's pictures as this attempt finds them, and the uploads still to make. */
export class JobMedia {
  readonly #run: JobRun;
  readonly #images: Image[];
  /** On the site already, by hash: from earlier publishes and this job's uploads. */
  readonly #known: SiteMedia;
  readonly #route: PictureRoute;
  #left: PictureLeftHere[] = [];

  /** Use JobMedia.gather, which also finds the pictures that are neither here nor known. */
  constructor(run: JobRun, remote: RemotePost | null, route: PictureRoute) {
    this.#run = run;
    this.#images = imagesOf(run.job.draft.body);
    this.#known = { ...remote?.media };
    this.#route = route;
    this.#learnUploads();
  }

  /** Finds where each picture stands: on the site, findable there, to upload, or staying here. */
  static async gather(run: JobRun, remote: RemotePost | null): Promise<JobMedia> {
    const route = await livePictureRoute(run.site, run.outbox, run.client);
    const files = await run.outbox.media.list(run.job.draftId);
    const media = new JobMedia(run, remote, route);
    const elsewhere = media.#images.filter(
      (image) => !media.#known[image.hash] && !files.some((file) => file.hash === image.hash),
    );
    if (elsewhere.length > 0) {
      await adoptFromSite(
        run,
        elsewhere.map((image) => image.hash),
      );
      media.#learnUploads();
    }
    media.#left = await picturesLeftHere(
      run,
      route,
      media.#images.filter((image) => !media.#known[image.hash]),
      files,
    );
    return media;
  }

  get route(): PictureRoute {
    return this.#route;
  }

  /** The pictures not yet on the site that this account cannot send, with why. */
  get leftHere(): PictureLeftHere[] {
    return this.#left;
  }

  /** The pictures of the text on the site, by hash. */
  onSite(): SiteMedia {
    return Object.fromEntries(
      this.#images
        .filter((image) => this.#known[image.hash])
        .map((image) => [image.hash, this.#known[image.hash]!]),
    );
  }

  /** Uploads what is neither on the site nor staying here; `parentPostId` attaches them to that post. */
  async uploadMissing(parentPostId?: number): Promise<void> {
    const missing = this.#images
      .map((image) => image.hash)
      .filter((hash) => !this.#known[hash] && !this.#left.some((picture) => picture.hash === hash));
    if (missing.length === 0) return;
    enterStep(this.#run, 'media');
    await uploadAll(this.#run, missing, this.#images, parentPostId);
    this.#learnUploads();
    checkpoint(this.#run, 'media');
  }

  #learnUploads(): void {
    for (const [hash, entry] of Object.entries(this.#run.job.progress.media))
      if ('mediaId' in entry) this.#known[hash] = entry;
  }
}

/**
 * How this account's pictures reach the site as it is now: for an account without
 * upload_files, the plugin is asked again, since it may have been installed, updated or
 * removed after the site was last checked.
 */
export async function livePictureRoute(
  site: Site,
  outbox: Pick<OutboxOptions, 'sites'>,
  client?: WordPressClient,
): Promise<PictureRoute> {
  if (site.capabilities.includes('upload_files')) return pictureRouteFor(site);
  const reviewBridge = await (client ?? (await outbox.sites.clientFor(site))).midadBridgeStatus();
  return pictureRouteFor({ ...site, reviewBridge });
}

/** The pictures not yet on the site that this account cannot send, with why (kept for the progress view too). */
export async function picturesLeftHere(
  run: Pick<JobRun, 'job' | 'fs' | 'live'>,
  route: PictureRoute,
  notUploaded: Image[],
  files: DraftMediaFile[],
): Promise<PictureLeftHere[]> {
  const sizes = await run.live.measure(files, run.fs);
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
  run.live.setLeftHere(
    run.job.id,
    left.map((picture) => picture.hash),
  );
  return left;
}

/**
 * Pictures of the text whose files are not on this machine (a story the desk opened from
 * the site): the site has them, found by their media token as a retry finds an upload.
 * One the site does not have either is missing: the job fails with publish.media_missing.
 */
export async function adoptFromSite(run: JobRun, hashes: string[]): Promise<void> {
  enterStep(run, 'media');
  const found: JobFile['progress']['media'] = {};
  for (const hash of hashes) {
    const [onSite] = await run.client.findMediaByToken(mediaToken(hash));
    if (!onSite) throw new ServiceError('publish.media_missing');
    found[hash] = { mediaId: onSite.id, url: onSite.source_url };
  }
  await run.set({
    progress: { ...run.job.progress, media: { ...run.job.progress.media, ...found } },
  });
  checkpoint(run, 'media');
}

/** Uploads the files, three at a time; `parentPostId` attaches them to that post (a contributor's way). */
export async function uploadAll(
  run: JobRun,
  hashes: string[],
  images: Image[],
  parentPostId?: number,
): Promise<void> {
  const { job, live } = run;
  const files = await run.outbox.media.list(job.draftId);
  await live.measure(files, run.fs);
  const queue = [...hashes];
  const uploading = live.startUploads(job.id);
  const worker = async () => {
    for (let hash = queue.shift(); hash !== undefined; hash = queue.shift()) {
      if (run.halted()) return;
      const file = files.find((each) => each.hash === hash);
      if (!file) throw new ServiceError('publish.media_missing');
      uploading.add(hash);
      run.announce();
      const uploaded = await uploadOne(
        run,
        file,
        images.find((each) => each.hash === hash),
        parentPostId,
      );
      uploading.delete(hash);
      await run.set({
        progress: { ...job.progress, media: { ...job.progress.media, [hash]: uploaded } },
      });
      run.outbox.onStep?.(job.id, 'media-file', hash);
    }
  };
  const concurrency = run.outbox.uploadConcurrency ?? 3;
  const results = await Promise.allSettled(
    Array.from({ length: Math.min(concurrency, hashes.length) }, worker),
  );
  live.endUploads(job.id);
  const failed = results.find(
    (result): result is PromiseRejectedResult => result.status === 'rejected',
  );
  if (failed) throw failed.reason;
  const halted = run.halted();
  if (halted === 'cancelled') throw new Cancelled();
  if (halted === 'stopped') throw new Stopped();
}

/** One picture on the site: found there if an earlier request went out unanswered, else cleaned and sent. */
async function uploadOne(
  run: JobRun,
  file: DraftMediaFile,
  image: Image | undefined,
  parentPostId: number | undefined,
): Promise<JobFile['progress']['media'][string]> {
  const { job, client } = run;
  const token = mediaToken(file.hash);
  const earlier = job.progress.media[file.hash];
  // A request went out before without its answer kept: look for what it made first.
  const found =
    earlier && 'started' in earlier ? (await client.findMediaByToken(token))[0] : undefined;
  if (found) return { mediaId: found.id, url: found.source_url };
  const { data, sentHash } = await cleanedBytes(run.fs, file, run.outbox);
  await run.set({
    progress: { ...job.progress, media: { ...job.progress.media, [file.hash]: { started: true } } },
  });
  const uploaded = await client.uploadMedia({
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
  return { mediaId: uploaded.id, url: uploaded.source_url, ...(sentHash ? { sentHash } : {}) };
}

/** The file's bytes as they may leave: cleaned of their metadata, turned and capped. */
async function cleanedBytes(
  fs: FileSystem,
  file: DraftMediaFile,
  outbox: Pick<OutboxOptions, 'pictureRules' | 'pictureCleaner'>,
): Promise<{ data: Uint8Array; sentHash: string | undefined }> {
  const { bytes, changed } = await cleanPictureBytes(
    await fs.readBytes(file.path),
    file.mimeType,
    outbox.pictureRules?.(),
    outbox.pictureCleaner,
  );
  // Cleaned bytes are another file: the site can be searched for either hash.
  return { data: bytes, sentHash: changed ? sha256Hex(bytes) : undefined };
}
