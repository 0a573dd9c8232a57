// Adding a site: its REST API is found, the credentials are checked on a private route,
// and every way this can fail has its own code, with the password in no error.
import { createServer, type Server, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { systemClock } from '../../electron/services/publish/wordpress/clock.ts';
import { discoverSite } from '../../electron/services/publish/wordpress/discovery.ts';
import { WordPressClient } from '../../electron/services/publish/wordpress/wordpress-client.ts';
import { WordPressHttp } from '../../electron/services/publish/wordpress/wordpress-http.ts';
import {
  clientAs,
  everythingSaidBy,
  unavailable,
  useWordPress,
  failureOf,
} from './wordpress-site.ts';

const http = new WordPressHttp({ fetch, clock: systemClock, timeoutMs: 10_000 });

describe.skipIf(unavailable)('a WordPress site with pretty permalinks', () => {
  const { site } = useWordPress({ permalinks: 'pretty', locale: 'ar' });

  it('is found from its address through the Link header of its home page', async () => {
    const found = await discoverSite(`${site().url}/`, http);
    expect(found).toMatchObject({
      restRoot: `${site().url}/wp-json/`,
      name: 'موقع اختبار مداد',
      applicationPasswords: true,
    });
  });

  it('is found when typed without a trailing slash', async () => {
    expect((await discoverSite(site().url, http)).restRoot).toBe(`${site().url}/wp-json/`);
  });

  it.each([
    [
      'admin',
      ['administrator'],
      ['manage_categories', 'publish_posts', 'unfiltered_html', 'upload_files'],
      [],
    ],
    [
      'editor',
      ['editor'],
      ['manage_categories', 'publish_posts', 'unfiltered_html', 'upload_files'],
      [],
    ],
    [
      'author',
      ['author'],
      ['publish_posts', 'upload_files'],
      ['manage_categories', 'unfiltered_html'],
    ],
    [
      'contributor',
      ['contributor'],
      ['edit_posts'],
      ['publish_posts', 'upload_files', 'manage_categories'],
    ],
  ] as const)(
    'tells who %s is and lists only what that user may do',
    async (role, roles, granted, refused) => {
      const account = await clientAs(site(), role).verifyCredentials();
      expect(account).toMatchObject({ id: site().users[role].id, roles, locale: 'ar' });
      expect(account.capabilities).toEqual(expect.arrayContaining([...granted]));
      for (const capability of refused) expect(account.capabilities).not.toContain(capability);
    },
  );

  it('accepts the application password in its spaced form', async () => {
    const spaced = site().users.editor.appPassword.replace(/(.{4})(?=.)/g, '$1 ');
    expect(spaced).toContain(' ');
    expect(
      (await clientAs(site(), 'editor', { appPassword: spaced }).verifyCredentials()).roles,
    ).toEqual(['editor']);
  });

  it('refuses a wrong application password as bad credentials, without repeating it', async () => {
    const wrong = 'abcd EFGH ijkl MNOP qrst UVWX';
    const error = await failureOf(() =>
      clientAs(site(), 'editor', { appPassword: wrong }).verifyCredentials(),
    );
    expect(error).toMatchObject({ code: 'wordpress.bad_credentials', status: 401 });
    expect(everythingSaidBy(error)).not.toContain(wrong);
    expect(everythingSaidBy(error)).not.toContain(
      Buffer.from(`editor:${wrong.replace(/ /g, '')}`).toString('base64'),
    );
  });

  it('refuses the login password: REST takes application passwords only', async () => {
    const login = site().users.author.loginPassword;
    const error = await failureOf(() =>
      clientAs(site(), 'author', { appPassword: login }).verifyCredentials(),
    );
    expect(error.code).toBe('wordpress.bad_credentials');
    expect(everythingSaidBy(error)).not.toContain(login);
  });

  it('refuses an unknown user as bad credentials', async () => {
    const client = new WordPressClient({
      restRoot: site().restRoot,
      credentials: { login: 'نزيل', appPassword: site().users.admin.appPassword },
      fetch,
      clock: systemClock,
    });
    const error = await failureOf(() => client.verifyCredentials());
    expect(error.code).toBe('wordpress.bad_credentials');
    expect(everythingSaidBy(error)).not.toContain(site().users.admin.appPassword);
  });
});

describe('a site that does not answer', () => {
  it('nothing listening on the port is unreachable', async () => {
    const port = await closedPort();
    const client = new WordPressClient({
      restRoot: `http://127.0.0.1:${port}/wp-json/`,
      credentials: { login: 'editor', appPassword: 'secret-app-password' },
      fetch,
      clock: systemClock,
    });
    const error = await failureOf(() => client.verifyCredentials());
    expect(error).toMatchObject({
      code: 'wordpress.unreachable',
      status: 0,
      wordpressCode: 'ECONNREFUSED',
    });
    expect(everythingSaidBy(error)).not.toContain('secret-app-password');
    expect((await failureOf(() => discoverSite(`http://127.0.0.1:${port}`, http))).code).toBe(
      'wordpress.unreachable',
    );
  });

  it('a server that accepts and never answers times out', async () => {
    const silent = await listenSilently();
    try {
      const client = new WordPressClient({
        restRoot: `http://127.0.0.1:${silent.port}/wp-json/`,
        credentials: { login: 'editor', appPassword: 'secret-app-password' },
        fetch,
        clock: systemClock,
        timeoutMs: 300,
      });
      const started = performance.now();
      const error = await failureOf(() => client.verifyCredentials());
      expect(error.code).toBe('wordpress.timeout');
      expect(performance.now() - started).toBeLessThan(3_000);
      expect(everythingSaidBy(error)).not.toContain('secret-app-password');
    } finally {
      await silent.close();
    }
  });
});

function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A loopback server that takes connections and says nothing, until closed. */
async function listenSilently(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
