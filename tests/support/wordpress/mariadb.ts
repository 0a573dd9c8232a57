// A private MariaDB for one test run: its own data folder, a Unix socket only (no TCP),
// no grant tables (nothing but this run can reach the socket's folder's files anyway), and
// its own temporary folder: two installs sharing /tmp at once (two test workers) collided on
// a temporary table's file ("Can't find file: '/tmp/#sql-temptable-….MAI'") and aborted.
import { execFile } from 'node:child_process';
import { chown, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { startInOwnGroup, stopGroup, type GroupProcess } from './process-group.ts';
import { runStep } from './run-step.ts';

const run = promisify(execFile);

export interface PrivateMariaDb {
  socket: string;
  stop(): Promise<void>;
}

export async function startMariaDb(folder: string, database: string): Promise<PrivateMariaDb> {
  const dataDir = path.join(folder, 'db');
  const runDir = path.join(folder, 'run');
  const tmpDir = path.join(folder, 'tmp');
  // mariadbd drops from root to mysql: its data, socket, pid, log and temporary files must be in folders mysql owns.
  const { uid, gid } = await mysqlUser();
  for (const dir of [dataDir, runDir, tmpDir]) {
    await mkdir(dir, { recursive: true });
    await chown(dir, uid, gid);
  }
  await runStep('mariadb-install-db', 'mariadb-install-db', [
    '--no-defaults',
    `--datadir=${dataDir}`,
    `--tmpdir=${tmpDir}`,
    '--user=mysql',
    '--auth-root-authentication-method=normal',
    '--skip-test-db',
    '--skip-name-resolve',
  ]);
  const socket = path.join(runDir, 'mysqld.sock');
  const server = startInOwnGroup('mariadbd', [
    '--no-defaults',
    `--datadir=${dataDir}`,
    `--tmpdir=${tmpDir}`,
    `--socket=${socket}`,
    `--pid-file=${path.join(runDir, 'mysqld.pid')}`,
    `--log-error=${path.join(runDir, 'mariadbd.err')}`,
    '--skip-networking',
    '--skip-grant-tables',
    '--skip-name-resolve',
    '--user=mysql',
    '--innodb-buffer-pool-size=32M',
    '--innodb-flush-log-at-trx-commit=0',
    '--character-set-server=utf8mb4',
    '--collation-server=utf8mb4_unicode_ci',
  ]);
  await waitForSocket(server, socket);
  await runStep('CREATE DATABASE', 'mariadb', [
    '--no-defaults',
    `--socket=${socket}`,
    '-u',
    'root',
    '-e',
    `CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4`,
  ]);
  return { socket, stop: () => stopGroup(server, { signal: 'SIGTERM', graceMs: 10_000 }) };
}

async function mysqlUser(): Promise<{ uid: number; gid: number }> {
  const { stdout: uid } = await run('id', ['-u', 'mysql']);
  const { stdout: gid } = await run('id', ['-g', 'mysql']);
  return { uid: Number(uid.trim()), gid: Number(gid.trim()) };
}

async function waitForSocket(server: GroupProcess, socket: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null)
      throw new Error(`mariadbd exited with ${server.child.exitCode}: ${server.output()}`);
    try {
      await run('mariadb-admin', ['--no-defaults', `--socket=${socket}`, '-u', 'root', 'ping'], {
        timeout: 5_000,
      });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  await stopGroup(server);
  throw new Error(`mariadbd did not answer on ${socket}: ${server.output()}`);
}
