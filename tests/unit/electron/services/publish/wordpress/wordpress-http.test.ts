import { describe, expect, it } from 'vitest';
import {
  WordPressClient,
  contentDisposition,
} from '../../../../../../electron/services/publish/wordpress/wordpress-client.ts';
import { WordPressHttp } from '../../../../../../electron/services/publish/wordpress/wordpress-http.ts';
import { fakeFetch, manualClock } from './fake-site.ts';

describe('one exchange with WordPress', () => {
  it('signs in with Basic auth and the password without its spaces', async () => {
    const { fetch, seen } = fakeFetch({
      'https://news.example/wp-json/wp/v2/users/me?context=edit': {
        json: {
          id: 3,
          name: 'محرر',
          roles: ['editor'],
          locale: 'ar',
          capabilities: { edit_posts: true, publish_posts: true },
        },
      },
    });
    const client = new WordPressClient({
      restRoot: 'https://news.example/wp-json/',
      credentials: { login: 'editor', appPassword: 'abcd efgh ijkl' },
      fetch,
      clock: manualClock(),
    });
    expect(await client.verifyCredentials()).toEqual({
      id: 3,
      name: 'محرر',
      roles: ['editor'],
      locale: 'ar',
      capabilities: ['edit_posts', 'publish_posts'],
    });
    expect(seen[0]!.headers.get('authorization')).toBe(
      `Basic ${Buffer.from('editor:abcdefghijkl').toString('base64')}`,
    );
  });

  it('a timer that fires aborts the request as a timeout', async () => {
    const clock = manualClock();
    const neverAnswers = (_url: unknown, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
      );
    const http = new WordPressHttp({
      fetch: neverAnswers as typeof fetch,
      clock,
      timeoutMs: 5_000,
    });
    const request = http.send('https://news.example/wp-json/');
    clock.fireTimers();
    await expect(request).rejects.toMatchObject({ code: 'wordpress.timeout' });
  });

  it('a 2xx answer that is not JSON is not_json; an empty JSON body is unexpected', async () => {
    const { fetch } = fakeFetch({
      'https://news.example/login': { html: '<form>login</form>' },
      'https://news.example/wp-json/wp/v2/users/me?context=edit': { json: { nope: true } },
    });
    const http = new WordPressHttp({ fetch, clock: manualClock() });
    await expect(http.json('https://news.example/login')).rejects.toMatchObject({
      code: 'wordpress.not_json',
      status: 200,
    });
    const client = new WordPressClient({
      restRoot: 'https://news.example/wp-json/',
      credentials: { login: 'a', appPassword: 'b' },
      fetch,
      clock: manualClock(),
    });
    await expect(client.verifyCredentials()).rejects.toMatchObject({
      code: 'wordpress.unexpected_answer',
    });
  });

  it('writes do not follow redirects (a redirected POST would arrive as a GET)', async () => {
    const { fetch, seen } = fakeFetch({
      'https://news.example/wp-json/wp/v2/posts?context=edit': { status: 301, html: '' },
    });
    const client = new WordPressClient({
      restRoot: 'https://news.example/wp-json/',
      credentials: { login: 'a', appPassword: 'b' },
      fetch,
      clock: manualClock(),
    });
    await expect(client.createPost({ title: 'x' })).rejects.toMatchObject({
      code: 'wordpress.not_json',
      status: 301,
    });
    expect(seen[0]).toMatchObject({ method: 'POST', redirect: 'manual' });
  });

  it('the client never shows its password when inspected', async () => {
    const { inspect } = await import('node:util');
    const client = new WordPressClient({
      restRoot: 'https://news.example/wp-json/',
      credentials: { login: 'a', appPassword: 'hidden-app-password' },
      fetch: fakeFetch({}).fetch,
      clock: manualClock(),
    });
    expect(inspect(client, { showHidden: true, depth: 10 })).not.toContain('hidden');
    expect(JSON.stringify(client)).not.toContain('hidden');
  });
});

describe('the Content-Disposition of an upload', () => {
  it('sends the Arabic file name as raw UTF-8 in filename=', () => {
    const header = contentDisposition('صورة.jpg');
    expect(Buffer.from(header, 'latin1').toString('utf8')).toBe('attachment; filename="صورة.jpg"');
  });

  it('drops quotes, control characters and folders from the name', () => {
    expect(contentDisposition('../a"b\n.jpg')).toBe('attachment; filename="..-ab.jpg"');
    expect(contentDisposition('""')).toBe('attachment; filename="file"');
  });
});

describe('an answer that echoes the request', () => {
  it('keeps the application password out of the error when the site repeats it as its code (found by the fuzz test)', async () => {
    const { inspect } = await import('node:util');
    const { fetch } = fakeFetch({
      'https://news.example/wp-json/wp/v2/users/me?context=edit': {
        status: 403,
        json: { code: 'abcdefghijkl', message: 'Basic ZWRpdG9yOmFiY2RlZmdoaWprbA==' },
      },
    });
    const client = new WordPressClient({
      restRoot: 'https://news.example/wp-json/',
      credentials: { login: 'editor', appPassword: 'abcd efgh ijkl' },
      fetch,
      clock: manualClock(),
    });
    const error = await client.verifyCredentials().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'wordpress.forbidden', details: ['HTTP 403'] });
    expect(inspect(error, { showHidden: true, depth: 10 })).not.toContain('abcdefghijkl');
  });
});
