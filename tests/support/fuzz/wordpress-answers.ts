// Property 4: the WordPress REST client against a loopback server that answers badly:
// random statuses, JSON of the wrong shape, HTML, empty, huge, slow and endless bodies, junk
// Link headers, a server echoing the credentials. Every call ends with a value or a
// wordpress.* error, and the application password appears in no error.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { systemClock } from '../../../electron/services/publish/wordpress/clock.ts';
import { normalizeAppPassword } from '../../../electron/services/publish/wordpress/credentials.ts';
import { discoverSite, readIndex } from '../../../electron/services/publish/wordpress/discovery.ts';
import { newPostMarker } from '../../../electron/services/publish/wordpress/post-marker.ts';
import { WordPressClient } from '../../../electron/services/publish/wordpress/wordpress-client.ts';
import { WordPressHttp } from '../../../electron/services/publish/wordpress/wordpress-http.ts';
import { ServiceError } from '../../../electron/services/service-error.ts';
import { wordpressPost } from '../publish/wordpress-post.ts';
import { mutateText, mutateValue } from './mutate.ts';
import { runProperty, type PropertyResult } from './property.ts';
import type { Random } from './random.ts';
import { randomJson, randomString } from './values.ts';

export const WORDPRESS_FUZZ_PASSWORD = 'fzAB cdEF ghIJ klMN opQR stUV';
const LOGIN = 'editor';
const TIMEOUT_MS = 120;

const post = wordpressPost({
  id: 5,
  link: 'http://127.0.0.1/?p=5',
  slug: 'x',
  modified_gmt: '2026-01-01T00:00:00',
  author: 1,
  title: { raw: 'عنوان' },
  content: { raw: 'نص' },
  categories: [1],
});
const media = {
  id: 9,
  source_url: 'http://127.0.0.1/a.png',
  mime_type: 'image/png',
  alt_text: '',
  description: { raw: 'token' },
  media_details: { width: 1, height: 1 },
};
const term = { id: 3, name: 'سياسة', slug: 'politics', parent: 0, count: 1 };
const account = {
  id: 1,
  name: 'محرر',
  roles: ['editor'],
  locale: 'ar',
  capabilities: { edit_posts: true, publish_posts: true },
};
const index = {
  name: 'موقع',
  home: 'http://127.0.0.1/',
  namespaces: ['oembed/1.0', 'wp/v2'],
  authentication: { 'application-passwords': {} },
  timezone_string: 'Asia/Riyadh',
  gmt_offset: 3,
};

/** What a healthy WordPress would answer at this URL. */
function healthyBody(url: string): unknown {
  if (url.includes('users/me')) return account;
  if (/categories|tags/.test(url))
    return url.includes('search=') || /(categories|tags)(\?|&|$)/.test(url) ? [term] : term;
  if (url.includes('wp/v2/media'))
    return /media\/\d/.test(url) ? media : url.includes('search=') ? [media] : media;
  if (url.includes('wp/v2/posts')) return url.includes('search=') ? [post] : post;
  return index;
}

const STATUSES = [
  200, 200, 200, 201, 204, 301, 302, 304, 400, 401, 403, 404, 409, 410, 413, 429, 500, 502, 503,
  504, 299, 418, 599,
];

function answer(
  random: Random,
  request: IncomingMessage,
  response: ServerResponse,
  sockets: Set<ServerResponse>,
): void {
  const url = request.url ?? '/';
  const status = random.chance(0.4) ? 200 : random.pick(STATUSES);
  const headers: Record<string, string> = {};
  const type = random.pick([
    'application/json; charset=UTF-8',
    'application/json',
    'text/html',
    'text/plain',
    '',
    'application/problem+json',
    'JSON',
  ]);
  if (type) headers['content-type'] = type;
  if (random.chance(0.3))
    headers.link = random.pick([
      '<>; rel="https://api.w.org/"',
      `<${randomString(random, 30).replace(/[^\x20-\x7e]/g, '')}>; rel="https://api.w.org/"`,
      '<http://127.0.0.1:1/wp-json/>; rel="https://api.w.org/"',
      '<javascript:alert(1)>; rel=https://api.w.org/',
      ';;;<<>>,,',
      `<${'/'.repeat(5000)}>; rel="https://api.w.org/"`,
    ]);
  if (random.chance(0.2))
    headers['x-wp-totalpages'] = random.pick(['2', '1e9', '-1', 'NaN', '999999999999', '3']);
  if (status >= 300 && status < 400 && random.chance(0.7))
    headers.location = random.pick([
      '/wp-json/',
      'http://127.0.0.1:1/',
      '',
      '://',
      `/${'a'.repeat(3000)}`,
      url,
    ]);
  const kind = random.int(0, 19);
  const auth = request.headers.authorization ?? '';
  let body: string;
  if (kind <= 6)
    body = JSON.stringify(
      random.chance(0.5) ? healthyBody(url) : (mutateValue(random, healthyBody(url)) ?? null),
    );
  else if (kind <= 8) body = JSON.stringify(randomJson(random, 4));
  else if (kind === 9) body = mutateText(random, JSON.stringify(healthyBody(url)));
  else if (kind === 10)
    body = `<!doctype html><html dir="rtl"><body>${randomString(random, 100)}</body></html>`;
  else if (kind === 11) body = '';
  else if (kind === 12)
    body = JSON.stringify({
      code: random.pick([
        'rest_cannot_publish',
        'term_exists',
        'rest_post_invalid_id',
        'rest_invalid_param',
        randomString(random, 10),
      ]),
      message: randomString(random, 40),
      data: { status, term_id: random.pick([3, -1, 'x', 1e308]) },
    });
  else if (kind === 13) {
    // A server (or proxy) that echoes what it was sent, credentials included.
    const decoded = Buffer.from(auth.replace(/^Basic /, ''), 'base64').toString('utf8');
    const password = decoded.slice(decoded.indexOf(':') + 1);
    const echoed = auth
      ? [password, decoded, auth, auth.replace(/^Basic /, ''), `x_${password}`]
      : ['rest_forbidden'];
    body = JSON.stringify({
      code: random.pick(echoed),
      message: `${auth} ${decoded}`,
      data: { status, authorization: auth },
    });
  } else if (kind === 14)
    body = JSON.stringify({ padding: 'ح'.repeat(random.int(100_000, 1_500_000)) });
  else if (kind === 15) {
    // Headers, part of the body, then nothing: the client's timeout must end it.
    response.writeHead(status, headers);
    response.write('{"id": 1, "name": "');
    sockets.add(response);
    return;
  } else if (kind === 16) {
    response.writeHead(status, headers);
    sockets.add(response);
    const timer = setInterval(
      () => (response.destroyed ? clearInterval(timer) : response.write('[1,2,3],')),
      5,
    );
    response.on('close', () => clearInterval(timer));
    return;
  } else if (kind === 17) {
    // Promises more than it sends.
    response.writeHead(status, { ...headers, 'content-length': '100000' });
    response.end('{"id":');
    return;
  } else if (kind === 18) {
    response.socket?.destroy();
    return;
  } else body = `\ufeff${JSON.stringify(healthyBody(url))}`;
  response.writeHead(status, headers);
  response.end(body);
}

type Call = (random: Random, client: WordPressClient, base: string) => Promise<unknown>;

const CALLS: Record<string, Call> = {
  verifyCredentials: (_random, client) => client.verifyCredentials(),
  listTerms: (random, client) =>
    client.listTerms(
      random.pick(['categories', 'tags']),
      random.chance(0.5) ? { search: 'سياسة' } : {},
    ),
  ensureTerm: (random, client) =>
    client.ensureTerm(
      random.pick(['categories', 'tags']),
      randomString(random, 20) || 'وسم',
      random.chance(0.3) ? 2 : undefined,
    ),
  createPost: (random, client) =>
    client.createPost({ title: randomString(random, 30), content: '<p>نص</p>', status: 'draft' }),
  updatePost: (_random, client) => client.updatePost(5, { title: 'عنوان' }),
  getPost: (_random, client) => client.getPost(5),
  findPostsByMarker: (_random, client) =>
    client.findPostsByMarker(newPostMarker(), { authorId: 1 }),
  uploadMedia: (random, client) =>
    client.uploadMedia({
      data: new Uint8Array(random.int(0, 5000)),
      fileName: `${randomString(random, 12)}.png`,
      mimeType: 'image/png',
      fields: { alt_text: 'بديل' },
    }),
  findMediaByToken: (_random, client) => client.findMediaByToken('abcdef0123456789abcd'),
  updateMedia: (_random, client) => client.updateMedia(9, { alt_text: 'بديل' }),
  discoverSite: (random, _client, base) =>
    discoverSite(random.chance(0.5) ? base : `${base}news`, unauthenticated()),
  readIndex: (_random, client) => readIndex(client.restRoot, unauthenticated()),
};

const unauthenticated = () =>
  new WordPressHttp({ fetch, clock: systemClock, timeoutMs: TIMEOUT_MS });

export async function fuzzWordPressAnswers(options: {
  seed: number;
  cases: number;
  timeLimitMs: number;
}): Promise<PropertyResult> {
  let current: Random | null = null;
  const hanging = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    request.resume();
    if (current) answer(current, request, response, hanging);
    else response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}/`;
  const secrets = [
    WORDPRESS_FUZZ_PASSWORD,
    normalizeAppPassword(WORDPRESS_FUZZ_PASSWORD),
    Buffer.from(`${LOGIN}:${normalizeAppPassword(WORDPRESS_FUZZ_PASSWORD)}`).toString('base64'),
  ];
  try {
    return await runProperty({ name: 'wordpress answers', ...options }, async (random) => {
      current = random;
      const name = random.pick(Object.keys(CALLS));
      const client = new WordPressClient({
        restRoot: random.chance(0.7) ? `${base}wp-json/` : `${base}index.php?rest_route=/`,
        credentials: { login: LOGIN, appPassword: WORDPRESS_FUZZ_PASSWORD },
        fetch,
        clock: systemClock,
        timeoutMs: TIMEOUT_MS,
        uploadTimeoutMs: TIMEOUT_MS,
      });
      try {
        await CALLS[name]!(random, client, base);
        return undefined;
      } catch (error) {
        if (!(error instanceof ServiceError))
          return `${name} threw a non-ServiceError: ${error instanceof Error ? error.stack : String(error)}`;
        if (!error.code.startsWith('wordpress.'))
          return `${name} failed with ${error.code}, not a wordpress.* code`;
        const shown = [
          error.message,
          JSON.stringify(error.details ?? []),
          JSON.stringify(error),
          inspect(error, { showHidden: true, depth: 10 }),
          String(error.stack),
        ].join('\n');
        const leaked = secrets.find((secret) => shown.includes(secret));
        if (leaked)
          return `${name} (${error.code}) shows the application password: ${JSON.stringify(error.details)}`;
        return undefined;
      } finally {
        for (const response of hanging) response.destroy();
        hanging.clear();
      }
    });
  } finally {
    current = null;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
