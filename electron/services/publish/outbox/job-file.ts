// One publishing job as it is kept on disk (<dataDir>/outbox/<jobId>.json), written
// atomically before its first request and after each step, so a restart resumes from the
// last step that finished. It holds the draft as it was when the user asked, the marker
// of its create, and what each step learnt (term ids, uploads by hash, the post) — never
// a credential.
import path from 'node:path';
import * as z from 'zod';
import {
  articleMetaSchema,
  draftReviewSchema,
  editorStateSchema,
  draftIdSchema,
  errorCodeSchema,
  pictureLeftHereSchema,
  pictureNotBroughtSchema,
  publishActionSchema,
  publishOptionsSchema,
  remoteMediaSchema,
  siteChangeKindSchema,
  siteIdSchema,
} from '../../../contract/index.ts';
import { isTempFileName, writeFileAtomic } from '../../files/atomic-write.ts';
import { isMissingFileError, type FileSystem } from '../../files/file-system.ts';

export const OUTBOX_FOLDER = 'outbox';
const JOB_SUFFIX = '.json';

const diffSchema = z.object({
  pieces: z.array(z.object({ type: z.enum(['equal', 'insert', 'delete']), text: z.string() })),
  wordsInserted: z.number().int().nonnegative(),
  wordsDeleted: z.number().int().nonnegative(),
});

export const jobFileSchema = z
  .object({
    format: z.literal('midad.publish-job'),
    schemaVersion: z.literal(1),
    id: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
    draftId: draftIdSchema,
    siteId: siteIdSchema,
    options: publishOptionsSchema,
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    /** The draft as it was when the user asked: what is sent, whatever is typed after. */
    // The review (comments) rides along for the midad-bridge document; jobs from before it have none.
    draft: z.object({
      updatedAt: z.iso.datetime(),
      meta: articleMetaSchema,
      body: editorStateSchema,
      review: draftReviewSchema.optional(),
    }),
    /** Drawn before the create; null for updates. */
    marker: z.string().nullable(),
    state: z.enum([
      'queued',
      'waiting_offline',
      'running',
      'done',
      'failed',
      'conflict',
      'cancelled',
    ]),
    attempts: z.number().int().nonnegative(),
    nextAttemptAt: z.iso.datetime().nullable(),
    error: z
      .object({
        code: errorCodeSchema,
        suggestion: publishActionSchema.nullable(),
        canPublishAsNew: z.boolean(),
      })
      .nullable(),
    conflict: z
      .object({
        remoteModifiedGmt: z.string(),
        diff: diffSchema,
        // Jobs stopped before these were kept name no kind and ask again before an overwrite.
        remoteFingerprint: z.string().optional(),
        kind: siteChangeKindSchema.optional(),
      })
      .nullable(),
    /** The version of the post (site-seen.ts fingerprintOf) the user chose to overwrite. */
    overwrite: z.string().nullable(),
    progress: z.object({
      terms: z
        .object({ categoryIds: z.array(z.number().int()), tagIds: z.array(z.number().int()) })
        .nullable(),
      /** Per content hash: the upload's result, or `started` when its request went out without an answer kept. */
      media: z.record(
        z.string(),
        z.union([z.object({ started: z.literal(true) }), remoteMediaSchema]),
      ),
      /** The create went out at least once: a retry searches for it by marker first. */
      createStarted: z.boolean(),
      post: z
        .object({
          postId: z.number().int(),
          link: z.string(),
          status: z.string(),
          modifiedGmt: z.string(),
        })
        .nullable(),
      finalized: z.boolean(),
    }),
    result: z
      .object({
        postId: z.number().int(),
        link: z.string(),
        status: z.string(),
        /** The pictures of the text this account could not send: they stay on this machine. */
        picturesLeftHere: z.array(pictureLeftHereSchema).optional(),
        /** After keeping the site's version: its pictures whose files could not be brought here. */
        picturesNotBrought: z.array(pictureNotBroughtSchema).optional(),
      })
      .nullable(),
  })
  // What the job's state needs to be shown: a file without it is set aside like any unreadable one.
  .refine(
    (job) =>
      (job.state !== 'conflict' || job.conflict !== null) &&
      (job.state !== 'done' || job.result !== null),
  );
export type JobFile = z.infer<typeof jobFileSchema>;

export function jobPath(dataDir: string, jobId: string): string {
  return path.join(dataDir, OUTBOX_FOLDER, `${jobId}${JOB_SUFFIX}`);
}

export async function writeJob(dataDir: string, job: JobFile, fs: FileSystem): Promise<void> {
  await fs.mkdir(path.join(dataDir, OUTBOX_FOLDER));
  await writeFileAtomic(jobPath(dataDir, job.id), JSON.stringify(job), fs);
}

/** Every readable job; leftovers of interrupted writes go, an unreadable file is set aside. */
export async function readJobs(dataDir: string, fs: FileSystem): Promise<JobFile[]> {
  const folder = path.join(dataDir, OUTBOX_FOLDER);
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch (error) {
    if (isMissingFileError(error)) return [];
    throw error;
  }
  const jobs: JobFile[] = [];
  for (const name of names) {
    const file = path.join(folder, name);
    if (isTempFileName(name)) {
      await fs.rm(file);
      continue;
    }
    if (!name.endsWith(JOB_SUFFIX)) continue;
    let parsed: JobFile | null;
    try {
      const result = jobFileSchema.safeParse(JSON.parse(await fs.readFile(file)));
      parsed = result.success ? result.data : null;
    } catch {
      parsed = null;
    }
    if (parsed) jobs.push(parsed);
    else await fs.rename(file, `${file}.unreadable`).catch(() => undefined);
  }
  return jobs;
}

/** What Midad last sent as the post's content, as copies kept it before site-seen.ts: read as their last seen text. */
export function sentContentPath(dataDir: string, siteId: string, draftId: string): string {
  return path.join(dataDir, OUTBOX_FOLDER, 'sent', `${siteId}--${draftId}.html`);
}
