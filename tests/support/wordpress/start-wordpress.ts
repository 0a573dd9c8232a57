// A real WordPress 6.1 (Debian's packages) for the integration tests: a private MariaDB,
// a per-run /etc/wordpress config chosen by router.php, `php -S` on a loopback port and a
// fresh install with one user per role. Each run has its own database, config and port,
// and is stopped by its own process group.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startMariaDb, type PrivateMariaDb } from './mariadb.ts';
import { runStep } from './run-step.ts';
import { startInOwnGroup, stopGroup, type GroupProcess } from './process-group.ts';

const WORDPRESS_DIR = '/usr/share/wordpress';
const CONFIG_DIR = '/etc/wordpress';
const HERE = import.meta.dirname;
const MIDAD_BRIDGE_DIR = path.join(HERE, '../../../resources/wordpress/midad-bridge');

export type Role = 'admin' | 'editor' | 'author' | 'contributor';

export interface WordPressUser {
  login: string;
  id: number;
  /** The account's login password: WordPress refuses it for REST (only for the tests that say so). */
  loginPassword: string;
  /** The application password as WordPress made it: 24 letters and digits, no spaces. */
  appPassword: string;
}

export interface RunningWordPress {
  url: string;
  /** The REST root as a client would discover it: `/wp-json/` or `/index.php?rest_route=/`. */
  restRoot: string;
  permalinks: 'pretty' | 'plain';
  users: Record<Role, WordPressUser>;
  categories: { id: number; name: string }[];
  /** Milliseconds from the call to a site answering REST requests. */
  startedInMs: number;
  stop(): Promise<void>;
}

export interface WordPressOptions {
  permalinks: 'pretty' | 'plain';
  locale: 'ar' | 'en_US';
  /** php -S worker processes (PHP_CLI_SERVER_WORKERS); one unless a benchmark asks for parallel requests. */
  workers?: number;
  /** Installs Midad's companion plugin as an admin would: its folder copied into wp-content/plugins, then activated. */
  midadBridge?: boolean;
}

const REQUIRED = [
  { what: 'WordPress', file: `${WORDPRESS_DIR}/wp-load.php` },
  {
    what: 'the Twenty Twenty-Three theme',
    file: `${WORDPRESS_DIR}/wp-content/themes/twentytwentythree/style.css`,
  },
  {
    what: 'the Arabic translation (wordpress-l10n)',
    file: `${WORDPRESS_DIR}/wp-content/languages/ar.mo`,
  },
  { what: 'php-cli', file: '/usr/bin/php' },
  { what: 'mariadb-server', file: '/usr/sbin/mariadbd' },
  { what: 'mariadb-install-db', file: '/usr/bin/mariadb-install-db' },
];

/** Why a real WordPress cannot run here, or null when it can. The tests print it as their skip reason. */
export function wordPressUnavailableReason(): string | null {
  const missing = REQUIRED.filter(({ file }) => !existsSync(file)).map(({ what }) => what);
  if (existsSync('/usr/bin/php')) missing.push(...missingPhpExtensions());
  if (missing.length > 0) {
    return `a real WordPress cannot start here: missing ${missing.join(', ')}. Run .ci/run, or install Debian's packages: wordpress wordpress-l10n wordpress-theme-twentytwentythree php-cli php-mysql php-gd php-xml php-mbstring php-curl php-intl mariadb-server`;
  }
  if (process.getuid?.() !== 0)
    return `a real WordPress needs root here (to write ${CONFIG_DIR} and run mariadbd as mysql)`;
  return null;
}

/** The PHP extensions WordPress needs here, named by the Debian package that brings each. */
function missingPhpExtensions(): string[] {
  const packages: Record<string, string> = {
    mysqli: 'php-mysql',
    gd: 'php-gd',
    xml: 'php-xml',
    mbstring: 'php-mbstring',
    intl: 'php-intl',
  };
  const code = `foreach (['${Object.keys(packages).join("','")}'] as $e) if (!extension_loaded($e)) echo "$e ";`;
  const missing = execFileSync('php', ['-r', code], { encoding: 'utf8' })
    .split(' ')
    .filter(Boolean);
  return missing.map((extension) => packages[extension] ?? extension);
}

/**
 * Starts a site, and once more if the first start fails: a start takes 2-4 s, and one in
 * CI stuck for minutes in a step no run here could make stick again. The failure is
 * printed, so a start that needed its second try is seen; two failures fail the test.
 */
export async function startWordPress(options: WordPressOptions): Promise<RunningWordPress> {
  const unavailable = wordPressUnavailableReason();
  if (unavailable) throw new Error(unavailable);
  try {
    return await startWordPressOnce(options);
  } catch (first) {
    console.warn(
      `\n⚠ WordPress did not start, trying once more: ${first instanceof Error ? first.message : String(first)}\n`,
    );
    return startWordPressOnce(options);
  }
}

async function startWordPressOnce(options: WordPressOptions): Promise<RunningWordPress> {
  const started = performance.now();
  const name = `midad-test-${randomBytes(6).toString('hex')}`;
  const folder = await mkdtemp(path.join(os.tmpdir(), 'midad-wordpress-'));
  await chmod(folder, 0o755); // mysql must reach its data and socket folders inside
  const configFile = path.join(CONFIG_DIR, `config-${name}.php`);
  const cleanups: (() => Promise<void>)[] = [
    () => rm(folder, { recursive: true, force: true }),
    () => rm(configFile, { force: true }),
  ];
  const cleanUp = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
  };

  try {
    const database = 'wordpress';
    const mariadb: PrivateMariaDb = await startMariaDb(folder, database);
    cleanups.push(() => mariadb.stop());

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const contentDir = await makeContentFolder(folder);
    const plugins: string[] = [];
    if (options.midadBridge) {
      await cp(MIDAD_BRIDGE_DIR, path.join(contentDir, 'plugins/midad-bridge'), {
        recursive: true,
      });
      plugins.push('midad-bridge/midad-bridge.php');
    }
    await mkdir(CONFIG_DIR, { recursive: true });
    await writeFile(configFile, configPhp({ url, database, socket: mariadb.socket, contentDir }));

    const stdout = await runStep(
      "WordPress's install (setup-site.php)",
      'php',
      [
        path.join(HERE, 'setup-site.php'),
        name,
        url,
        options.permalinks,
        options.locale,
        plugins.join(','),
      ],
      {
        env: { ...process.env, MIDAD_WP_CONFIG: name },
      },
    );
    const site = JSON.parse(stdout.slice(stdout.indexOf('{'))) as {
      users: Record<Role, WordPressUser>;
      categories: { id: number; name: string }[];
    };

    const server = startInOwnGroup(
      'php',
      ['-S', `127.0.0.1:${port}`, '-t', WORDPRESS_DIR, path.join(HERE, 'router.php')],
      {
        ...process.env,
        MIDAD_WP_CONFIG: name,
        MIDAD_WP_CONTENT_DIR: contentDir,
        ...(options.workers && options.workers > 1
          ? { PHP_CLI_SERVER_WORKERS: String(options.workers) }
          : {}),
      },
    );
    cleanups.push(() => stopGroup(server));
    const restRoot =
      options.permalinks === 'pretty' ? `${url}/wp-json/` : `${url}/index.php?rest_route=/`;
    await waitForRest(server, restRoot);

    return {
      url,
      restRoot,
      permalinks: options.permalinks,
      users: site.users,
      categories: site.categories,
      startedInMs: Math.round(performance.now() - started),
      stop: cleanUp,
    };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

/** WP_CONTENT_DIR of the run: the packaged theme and translations, its own uploads. */
async function makeContentFolder(folder: string): Promise<string> {
  const contentDir = path.join(folder, 'wp-content');
  await mkdir(path.join(contentDir, 'uploads'), { recursive: true });
  await mkdir(path.join(contentDir, 'plugins'), { recursive: true });
  await symlink(`${WORDPRESS_DIR}/wp-content/themes`, path.join(contentDir, 'themes'));
  await symlink(`${WORDPRESS_DIR}/wp-content/languages`, path.join(contentDir, 'languages'));
  return contentDir;
}

function configPhp(site: {
  url: string;
  database: string;
  socket: string;
  contentDir: string;
}): string {
  const php = (value: string) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  return `<?php
// Written by Midad's WordPress tests for one run; removed when the run stops.
define('DB_NAME', ${php(site.database)});
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', ${php(`localhost:${site.socket}`)});
define('DB_CHARSET', 'utf8mb4');
define('WP_HOME', ${php(site.url)});
define('WP_SITEURL', ${php(site.url)});
define('WP_CONTENT_DIR', ${php(site.contentDir)});
define('WP_CONTENT_URL', ${php(`${site.url}/wp-content`)});
// Application passwords over plain http are allowed only on a 'local' site.
define('WP_ENVIRONMENT_TYPE', 'local');
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', ${php(path.join(site.contentDir, 'debug.log'))});
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
`;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

async function waitForRest(server: GroupProcess, restRoot: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  let last = '';
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null)
      throw new Error(`php -S exited with ${server.child.exitCode}: ${server.output()}`);
    try {
      const response = await fetch(restRoot, { signal: AbortSignal.timeout(2_000) });
      if (response.ok && (response.headers.get('content-type') ?? '').includes('application/json'))
        return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
  throw new Error(`WordPress did not answer at ${restRoot} (${last}): ${server.output()}`);
}
