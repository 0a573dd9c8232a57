// The publish steps one by one against a fake run: the conflict check of an update, the
// create that adopts what an earlier attempt made, the content with each picture at its
// address on the site, the document for a site with midad-bridge, the pictures that stay
// here, and the stops at step boundaries.
import { describe, expect, it } from 'vitest';
import type { RemotePost, Site } from '../../../../../../../electron/contract/index.ts';
import type { FileSystem } from '../../../../../../../electron/services/files/file-system.ts';
import type { JobFile } from '../../../../../../../electron/services/publish/outbox/job-file.ts';
import { LiveProgress } from '../../../../../../../electron/services/publish/outbox/job-view.ts';
import { conflictBeforeUpdate } from '../../../../../../../electron/services/publish/outbox/steps/conflict-check.ts';
import {
  Cancelled,
  checkpoint,
  enterStep,
  Stopped,
  type JobRun,
} from '../../../../../../../electron/services/publish/outbox/steps/job-run.ts';
import { picturesLeftHere } from '../../../../../../../electron/services/publish/outbox/steps/media.ts';
import { createPost } from '../../../../../../../electron/services/publish/outbox/steps/post.ts';
import {
  composeContent,
  documentMeta,
} from '../../../../../../../electron/services/publish/outbox/steps/post-content.ts';
import { fingerprintOf } from '../../../../../../../electron/services/publish/outbox/site-seen.ts';
import type { WordPressPost } from '../../../../../../../electron/services/publish/wordpress/wordpress-types.ts';
import { siteRecord } from '../../../../../../support/publish/site-record.ts';
import { wordpressPost } from '../../../../../../support/publish/wordpress-post.ts';

const HASH = 'ab'.repeat(32);
const MARKER = `midad${'0'.repeat(30)}`;
const site = siteRecord('https://news.example', { capabilities: ['upload_files'] });

const body = {
  root: {
    type: 'root',
    children: [
      { type: 'paragraph', children: [{ type: 'text', text: 'نص الخبر' }] },
      { type: 'image', src: `midad-media://${HASH}`, altText: 'صورة' },
    ],
  },
};

/** The post as the site has it: our headline and a paragraph of text. */
function post(change: Partial<WordPressPost> = {}): WordPressPost {
  return wordpressPost({
    title: { raw: 'عنوان' },
    content: { raw: '<!-- wp:paragraph --><p>نص</p><!-- /wp:paragraph -->' },
    ...change,
  });
}

const remote: RemotePost = {
  siteId: site.id,
  postId: 100,
  status: 'draft',
  link: 'https://news.example/?p=100',
  authorId: 3,
  modifiedGmt: '2026-12-07T10:00:00',
  sentUpdatedAt: '2026-12-07T09:00:00.000Z',
  sentAt: '2026-12-07T09:00:00.000Z',
  media: {},
};

function fakeRun(options: { job?: Partial<JobFile>; client?: object; site?: Site } = {}) {
  const steps: string[] = [];
  const calls: string[] = [];
  let halted: 'cancelled' | 'stopped' | null = null;
  const job = {
    id: 'job-00000001',
    draftId: 'draft-1',
    siteId: site.id,
    options: { action: 'publish' },
    draft: {
      updatedAt: '2026-12-07T09:30:00.000Z',
      meta: { headline: 'عنوان', excerpt: '', tags: [], section: '' },
      body,
    },
    marker: MARKER,
    overwrite: null,
    progress: { terms: null, media: {}, createStarted: false, post: null, finalized: false },
    ...options.job,
  } as unknown as JobFile;
  const remotes: (RemotePost | null)[] = [];
  const run: JobRun = {
    job,
    site: options.site ?? site,
    client: options.client as JobRun['client'],
    outbox: {
      clock: { now: () => new Date('2026-12-07T10:05:00Z'), startTimer: () => () => undefined },
      drafts: async () => ({
        setRemote: async (_draft: string, _site: string, next: RemotePost | null) => {
          remotes.push(next);
        },
      }),
      onStep: (_id: string, step: string) => steps.push(step),
    } as unknown as JobRun['outbox'],
    fs: { stat: async () => ({ size: 3_000_000 }) } as unknown as FileSystem,
    seen: { read: async () => null, write: async () => undefined } as unknown as JobRun['seen'],
    live: new LiveProgress(),
    set: async (change) => {
      calls.push(`set ${Object.keys(change).join(',')}`);
      Object.assign(job, change);
    },
    announce: () => calls.push('announce'),
    halted: () => halted,
  };
  return { run, steps, calls, remotes, halt: (how: typeof halted) => (halted = how) };
}

describe('a step boundary', () => {
  it('tells the listener, then stops a cancelled or stopping job; a step does not begin on one', () => {
    const { run, steps, halt } = fakeRun();
    enterStep(run, 'terms');
    checkpoint(run, 'terms');
    expect(steps).toEqual(['terms']);
    halt('cancelled');
    expect(() => checkpoint(run, 'media')).toThrow(Cancelled);
    expect(steps).toEqual(['terms', 'media']);
    halt('stopped');
    expect(() => enterStep(run, 'post')).toThrow(Stopped);
  });
});

describe('the conflict check', () => {
  const content = '<!-- wp:paragraph --><p>نصنا</p><!-- /wp:paragraph -->';
  const client = (current: WordPressPost) => ({ getPost: async () => current });

  it('lets the update go when the post is as this copy last saw it', async () => {
    const { run, steps } = fakeRun({ client: client(post()) });
    expect(await conflictBeforeUpdate(run, remote, content)).toBeNull();
    expect(steps).toEqual(['check']);
  });

  it('is no conflict when the site holds exactly what we send (our write whose answer was lost)', async () => {
    const ours = post({ modified_gmt: '2026-12-07T10:03:00', content: { raw: content } });
    const { run } = fakeRun({ client: client(ours) });
    expect(await conflictBeforeUpdate(run, remote, content)).toBeNull();
  });

  it('is a conflict when somebody else changed the post, unless the user agreed to overwrite that very version', async () => {
    const theirs = post({
      modified_gmt: '2026-12-07T10:03:00',
      content: { raw: '<!-- wp:paragraph --><p>نص المحرر</p><!-- /wp:paragraph -->' },
    });
    const { run, steps } = fakeRun({ client: client(theirs) });
    const conflict = await conflictBeforeUpdate(run, remote, content);
    expect(conflict).toMatchObject({
      remoteModifiedGmt: '2026-12-07T10:03:00',
      remoteFingerprint: fingerprintOf(theirs),
      kind: 'edited',
    });
    expect(steps).toEqual([]);
    const agreed = fakeRun({ client: client(theirs), job: { overwrite: fingerprintOf(theirs) } });
    expect(await conflictBeforeUpdate(agreed.run, remote, content)).toBeNull();
  });
});

describe('the create', () => {
  it('records that it started, then creates the post with the marker in its content', async () => {
    const created: string[] = [];
    const client = {
      findPostsByMarker: async () => [],
      createPost: async (fields: { content: string; status: string }) => {
        created.push(`${fields.status} ${fields.content.includes(MARKER)}`);
        return post();
      },
    };
    const { run, calls, remotes, steps } = fakeRun({ client });
    const fields = { title: 'عنوان', excerpt: '', slug: 's', categories: [], tags: [] };
    await createPost(run, null, fields, '<!-- wp:paragraph --><p>x</p><!-- /wp:paragraph -->', {});
    expect(created).toEqual(['draft true']);
    expect(calls.filter((call) => call.startsWith('set'))).toEqual([
      'set progress',
      'set progress',
    ]);
    expect(run.job.progress).toMatchObject({ createStarted: true, post: { postId: 100 } });
    // Not yet sent: the marker is still in the text.
    expect(remotes[0]).toMatchObject({ postId: 100, sentUpdatedAt: run.job.draft.updatedAt });
    expect(steps).toEqual(['post']);
  });

  it('after a create whose answer was lost, adopts the post it made, found by the marker', async () => {
    let creates = 0;
    const client = {
      findPostsByMarker: async (marker: string, options: { authorId: number }) =>
        marker === MARKER && options.authorId === 3 ? [post({ id: 321 })] : [],
      createPost: async () => {
        creates += 1;
        return post();
      },
    };
    const { run } = fakeRun({
      client,
      job: {
        progress: { terms: null, media: {}, createStarted: true, post: null, finalized: false },
      },
    });
    const recorded = await createPost(run, null, {}, '', {});
    expect(creates).toBe(0);
    expect(recorded.postId).toBe(321);
  });
});

describe("the post's content", () => {
  it('puts each picture on the site at its address there, and leaves out one that is not', () => {
    const { run } = fakeRun({ job: { options: { action: 'publish', featuredImageHash: HASH } } });
    const onSite = composeContent(
      run,
      { [HASH]: { mediaId: 55, url: 'https://news.example/p.png' } },
      new Set(),
    );
    expect(onSite.content).toContain('https://news.example/p.png');
    expect(onSite.content).toContain('wp-image-55');
    expect(onSite.featuredMedia).toEqual({ featured_media: 55 });
    const notYet = composeContent(run, {}, new Set());
    expect(notYet.content).not.toContain('midad-media://');
    expect(notYet.featuredMedia).toEqual({});
  });

  it('carries the whole document only to a site with midad-bridge, and says when it is too large', () => {
    expect(documentMeta(fakeRun().run, {})).toEqual({});
    const bridged = { ...site, reviewBridge: { version: '1.0.0', maxDocumentBytes: 1_000_000 } };
    const meta = documentMeta(fakeRun({ site: bridged }).run, {});
    expect(Object.keys(meta.meta ?? {})).toEqual(['_midad_document']);
    const tiny = { ...site, reviewBridge: { version: '1.0.0', maxDocumentBytes: 10 } };
    const small = fakeRun({ site: tiny });
    expect(documentMeta(small.run, {})).toEqual({});
    expect(small.steps).toEqual(['document-too-large']);
  });
});

describe('pictures that stay here', () => {
  it('are those the route cannot send, with why, and the view stops counting them as uploads', async () => {
    const { run } = fakeRun();
    const files = [{ hash: HASH, fileName: 'صورة.png', mimeType: 'image/png', path: '/x/p.png' }];
    const images = [{ hash: HASH, alt: '', caption: '' }];
    expect(await picturesLeftHere(run, { kind: 'before_post' }, images, files)).toEqual([]);
    // A contributor's upload is capped by the plugin: this 3 MB file is over 2 MB.
    const capped = { kind: 'attached_to_post', maxBytes: 2_000_000 } as const;
    expect(await picturesLeftHere(run, capped, images, files)).toEqual([
      { hash: HASH, fileName: 'صورة.png', reason: 'too_large' },
    ]);
    expect(await picturesLeftHere(run, { kind: 'none' }, images, files)).toMatchObject([
      { reason: 'uploads_not_allowed' },
    ]);
    const view = run.live.view({ ...run.job, state: 'running' });
    expect(view.state).toMatchObject({ files: [] });
  });
});
