// The midad-bridge plugin on a real WordPress: Midad's whole document travels with a post
// between reporter and desk, readable only by those who may edit it; and what a site without it does.
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunningWordPress } from '../support/wordpress/start-wordpress.ts';
import { unavailable, useWordPress } from './wordpress-site.ts';

const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;

/** Who sends a request: a user of the site by login and application password, or nobody. */
type Caller = { login: string; appPassword: string } | 'anonymous';

interface Answer {
  status: number;
  // REST answers are whatever WordPress sends; each test says what it expects of them.
  body: {
    id?: number;
    code?: string;
    status?: string;
    meta?: Record<string, unknown>;
    data?: Record<string, unknown>;
  } & Record<string, unknown>;
  /** The body as sent, to prove a word of the document is nowhere in it. */
  text: string;
  headers: Headers;
}

async function rest(
  site: RunningWordPress,
  caller: Caller,
  route: string,
  json?: unknown,
): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (caller !== 'anonymous')
    headers.Authorization = `Basic ${Buffer.from(`${caller.login}:${caller.appPassword}`).toString('base64')}`;
  if (json !== undefined) headers['Content-Type'] = 'application/json; charset=utf-8';
  const response = await fetch(`${site.restRoot}${route}`, {
    method: json === undefined ? 'GET' : 'POST',
    headers,
    body: json === undefined ? undefined : JSON.stringify(json),
    signal: AbortSignal.timeout(20_000),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: JSON.parse(text) as Answer['body'],
    text,
    headers: response.headers,
  };
}

/** A document as Midad keeps it: the body with a comment's and a suggestion's marks, the review, the metadata. */
function reviewedDocument(comment: string): string {
  const text = 'بِسْمِ اللَّهِ، قالَ الوزيرُ إنّ «الموازنة» ستُقرّ \u200Fغدًا 😀 & <b>';
  return JSON.stringify({
    version: 1,
    meta: { headline: 'الحكومة تُقرّ الموازنة', byline: 'مراسل', tags: ['اقتصاد'] },
    body: {
      root: {
        type: 'root',
        direction: 'rtl',
        children: [
          {
            type: 'paragraph',
            direction: 'rtl',
            children: [{ type: 'mark', ids: ['c1', 's1'], children: [{ type: 'text', text }] }],
          },
        ],
      },
    },
    review: {
      comments: [
        {
          id: 'c1',
          author: 'محرر',
          text: comment,
          quote: 'a "quoted" line\\with a backslash\nand a newline',
        },
      ],
      suggestions: [{ id: 's1', kind: 'replace', from: 'ستُقرّ', to: 'أُقِرّت' }],
    },
  });
}

/** A JSON object of exactly `bytes` bytes of UTF-8, mostly Arabic letters (two bytes each). */
function documentOfBytes(bytes: number): string {
  const frame = Buffer.byteLength('{"body":""}');
  const letters = Math.floor((bytes - frame) / 2);
  const document = `{"body":"${'ب'.repeat(letters)}${'a'.repeat(bytes - frame - letters * 2)}"}`;
  expect(Buffer.byteLength(document)).toBe(bytes);
  return document;
}

describe.skipIf(unavailable)('a WordPress site with the midad-bridge plugin', () => {
  const { site } = useWordPress({ permalinks: 'pretty', locale: 'ar', midadBridge: true });
  const reporter = () => site().users.contributor;
  const copyEditor = () => site().users.editor;
  const deskChief = () => site().users.admin;
  let otherReporter: { login: string; appPassword: string };

  beforeAll(async () => {
    if (unavailable) return;
    // A second contributor, made as a desk chief would: through the REST API, with an application password.
    const user = await rest(site(), deskChief(), 'wp/v2/users', {
      username: 'reporter2',
      email: 'reporter2@example.test',
      password: 'not-used-for-rest-0123456789',
      roles: ['contributor'],
    });
    expect(user.status).toBe(201);
    const password = await rest(
      site(),
      deskChief(),
      `wp/v2/users/${user.body.id}/application-passwords`,
      { name: 'midad-tests' },
    );
    expect(password.status).toBe(201);
    otherReporter = { login: 'reporter2', appPassword: String(password.body.password) };
  });

  /** The reporter sends a story to the desk with its document; returns the post's id. */
  async function reporterSendsStory(document: string): Promise<number> {
    const created = await rest(site(), reporter(), 'wp/v2/posts', {
      title: 'الحكومة تُقرّ الموازنة',
      content: '<!-- wp:paragraph -->\n<p>نصّ الخبر</p>\n<!-- /wp:paragraph -->',
      status: 'pending',
      meta: { _midad_document: document },
    });
    expect(created.status).toBe(201);
    return created.body.id as number;
  }

  const documentOf = async (caller: Caller, id: number) =>
    (await rest(site(), caller, `wp/v2/posts/${id}?context=edit`)).body.meta?._midad_document;

  it('is listed under Plugins as active, with the version and requirements of its header', async () => {
    const plugin = await rest(site(), deskChief(), 'wp/v2/plugins/midad-bridge/midad-bridge');
    expect(plugin).toMatchObject({
      status: 200,
      body: {
        status: 'active',
        name: 'Midad Bridge',
        version: '0.2.0',
        requires_wp: '6.1',
        requires_php: '8.0',
        textdomain: 'midad-bridge',
      },
    });
  });

  it('tells the app the plugin is there, to anyone who may write posts and to no one else', async () => {
    const status = {
      plugin: 'midad-bridge',
      version: '0.2.0',
      documentMeta: '_midad_document',
      maxDocumentBytes: MAX_DOCUMENT_BYTES,
      // This plugin's 10 MB, or the site's upload limit when lower (2 MB with Debian's php.ini).
      contributorUploads: { maxBytes: expect.any(Number) },
    };
    for (const writer of [copyEditor(), reporter()]) {
      const answer = await rest(site(), writer, 'midad-bridge/v1/status');
      expect([answer.status, answer.body]).toEqual([200, status]);
    }
    expect(await rest(site(), 'anonymous', 'midad-bridge/v1/status')).toMatchObject({
      status: 401,
      body: { code: 'rest_forbidden' },
    });
  });

  it("keeps the reporter's document byte for byte, Arabic harakat, marks and escapes included", async () => {
    const document = reviewedDocument('هل أُقِرّت فعلًا؟ تحقّقْ من المصدر.');
    const id = await reporterSendsStory(document);
    const stored = await documentOf(reporter(), id);
    expect(typeof stored).toBe('string');
    expect(Buffer.from(stored as string).equals(Buffer.from(document))).toBe(true);
  });

  it("lets the copy editor read the reporter's document and send an edited one back to the reporter", async () => {
    const id = await reporterSendsStory(reviewedDocument('تعليق المراسل'));
    expect(await documentOf(copyEditor(), id)).toBe(reviewedDocument('تعليق المراسل'));

    const edited = reviewedDocument('راجعتُه: الرقم صحيح، لكن أعِدْ صياغة الجملة الأولى.');
    const updated = await rest(site(), copyEditor(), `wp/v2/posts/${id}`, {
      meta: { _midad_document: edited },
    });
    expect(updated.status).toBe(200);
    expect(await documentOf(reporter(), id)).toBe(edited);
    expect(await documentOf(deskChief(), id)).toBe(edited);
  });

  it('shows the document to no visitor and no other contributor, before or after the story is published', async () => {
    const document = reviewedDocument('ملاحظة داخلية لا يراها القرّاء');
    const id = await reporterSendsStory(document);
    const outsiders: Caller[] = ['anonymous', otherReporter];

    for (const outsider of outsiders) {
      // A pending story is not theirs to read at all.
      expect([401, 403]).toContain((await rest(site(), outsider, `wp/v2/posts/${id}`)).status);
      const edit = await rest(site(), outsider, `wp/v2/posts/${id}?context=edit`);
      expect([401, 403]).toContain(edit.status);
      expect(edit.body.code).toBe('rest_forbidden_context');
    }

    expect(
      (await rest(site(), deskChief(), `wp/v2/posts/${id}`, { status: 'publish' })).body.status,
    ).toBe('publish');
    for (const outsider of outsiders) {
      const view = await rest(site(), outsider, `wp/v2/posts/${id}`);
      expect(view.status).toBe(200);
      expect(view.body.meta).not.toHaveProperty('_midad_document');
      const onlyMeta = await rest(site(), outsider, `wp/v2/posts/${id}?_fields=meta,id`);
      expect(onlyMeta.body.meta ?? {}).not.toHaveProperty('_midad_document');
      const edit = await rest(site(), outsider, `wp/v2/posts/${id}?context=edit`);
      expect([401, 403]).toContain(edit.status);
      expect(edit.body.code).toBe('rest_forbidden_context');
      expect((await rest(site(), outsider, `wp/v2/posts/${id}?context=embed`)).text).not.toContain(
        'ملاحظة داخلية',
      );
    }
    expect((await rest(site(), 'anonymous', 'wp/v2/posts?per_page=100')).text).not.toContain(
      'ملاحظة داخلية',
    );
    // A contributor may ask for the list in the edit context, but gets only the posts they may edit.
    const theirList = await rest(
      site(),
      otherReporter,
      'wp/v2/posts?context=edit&status=publish&per_page=100',
    );
    expect(theirList.status).toBe(200);
    expect(theirList.text).not.toContain('ملاحظة داخلية');
    expect(await documentOf(deskChief(), id)).toBe(document);
  });

  it('hides the document from its own reporter once published, as WordPress no longer lets a contributor edit the post', async () => {
    const id = await reporterSendsStory(reviewedDocument('قبل النشر'));
    await rest(site(), copyEditor(), `wp/v2/posts/${id}`, { status: 'publish' });
    const view = await rest(site(), reporter(), `wp/v2/posts/${id}`);
    expect(view.status).toBe(200);
    expect(view.body.meta).not.toHaveProperty('_midad_document');
    expect(await rest(site(), reporter(), `wp/v2/posts/${id}?context=edit`)).toMatchObject({
      status: 403,
      body: { code: 'rest_forbidden_context' },
    });
  });

  it("does not let another contributor write a document on the reporter's story", async () => {
    const document = reviewedDocument('الأصل');
    const id = await reporterSendsStory(document);
    const attempt = await rest(site(), otherReporter, `wp/v2/posts/${id}`, {
      meta: { _midad_document: reviewedDocument('تزوير') },
    });
    expect(attempt).toMatchObject({ status: 403, body: { code: 'rest_cannot_edit' } });
    expect(await documentOf(copyEditor(), id)).toBe(document);
  });

  it('accepts a document of exactly 2 MB', async () => {
    const document = documentOfBytes(MAX_DOCUMENT_BYTES);
    const id = await reporterSendsStory(document);
    expect(await documentOf(reporter(), id)).toBe(document);
  });

  it('refuses a document one byte over 2 MB, and changes neither the stored document nor the post', async () => {
    const document = reviewedDocument('الأصل');
    const id = await reporterSendsStory(document);
    const refused = await rest(site(), reporter(), `wp/v2/posts/${id}`, {
      title: 'عنوان لن يُحفظ',
      meta: { _midad_document: documentOfBytes(MAX_DOCUMENT_BYTES + 1) },
    });
    expect(refused).toMatchObject({
      status: 413,
      body: {
        code: 'midad_document_too_large',
        data: { status: 413, bytes: MAX_DOCUMENT_BYTES + 1, max_bytes: MAX_DOCUMENT_BYTES },
      },
    });
    const after = await rest(site(), reporter(), `wp/v2/posts/${id}?context=edit`);
    expect(after.body.meta?._midad_document).toBe(document);
    expect(after.body.title).toMatchObject({ raw: 'الحكومة تُقرّ الموازنة' });
  });

  it('refuses a new story whose document is too large, and creates no post', async () => {
    const pendingStories = async () =>
      (await rest(site(), copyEditor(), 'wp/v2/posts?status=pending&per_page=1')).headers.get(
        'x-wp-total',
      );
    const before = await pendingStories();
    const refused = await rest(site(), reporter(), 'wp/v2/posts', {
      title: 'كبير جدًا',
      status: 'pending',
      meta: { _midad_document: documentOfBytes(MAX_DOCUMENT_BYTES + 1) },
    });
    expect(refused).toMatchObject({ status: 413, body: { code: 'midad_document_too_large' } });
    expect(await pendingStories()).toBe(before);
  });

  it('refuses a document that is not a JSON object, and keeps the stored one', async () => {
    const document = reviewedDocument('الأصل');
    const id = await reporterSendsStory(document);
    for (const notAnObject of ['نص عادي', '[1,2]', '{"unfinished":']) {
      const refused = await rest(site(), reporter(), `wp/v2/posts/${id}`, {
        meta: { _midad_document: notAnObject },
      });
      expect(refused).toMatchObject({ status: 400, body: { code: 'midad_document_not_json' } });
    }
    expect(await documentOf(reporter(), id)).toBe(document);
  });
});

describe.skipIf(unavailable)('a WordPress site without the midad-bridge plugin', () => {
  const { site } = useWordPress({ permalinks: 'pretty', locale: 'ar' });

  it('has no status route, which tells the app that review notes stay on this machine', async () => {
    expect(await rest(site(), site().users.editor, 'midad-bridge/v1/status')).toMatchObject({
      status: 404,
      body: { code: 'rest_no_route' },
    });
  });

  it('takes the story and its text, and silently drops the document it was sent', async () => {
    const content = '<!-- wp:paragraph -->\n<p>بِسْمِ اللَّهِ، نصّ الخبر</p>\n<!-- /wp:paragraph -->';
    const created = await rest(site(), site().users.contributor, 'wp/v2/posts', {
      title: 'خبر بلا ملاحظات',
      content,
      status: 'pending',
      meta: { _midad_document: reviewedDocument('تضيع هذه الملاحظة') },
    });
    // WordPress answers 201 with an empty meta list: an unregistered key is neither refused nor stored.
    expect(created.status).toBe(201);
    expect(created.body.meta).toEqual([]);
    const stored = await rest(
      site(),
      site().users.editor,
      `wp/v2/posts/${created.body.id}?context=edit`,
    );
    expect(stored.body.meta).toEqual([]);
    expect(stored.body.content).toMatchObject({ raw: content });
  });
});
