// Starts the built browser-mode host (dist/web-host/server.mjs) as a real child process
// on a free loopback port, and stops it by its PID.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
const SERVER = path.join(REPO_ROOT, 'dist', 'web-host', 'server.mjs');

export interface RunningWebHost {
  /** URL with the token, as printed for the user to open. */
  openUrl: string;
  origin: string;
  token: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export async function startWebHostProcess(dataDir: string): Promise<RunningWebHost> {
  if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run build\` first.`);
  const child = spawn(process.execPath, [SERVER, '--data-dir', dataDir, '--port', '0'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const openUrl = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`web host did not start:\n${output}`)), 15_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /browser mode: (\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${code}:\n${output}`));
    });
  });
  const url = new URL(openUrl);
  return {
    openUrl,
    origin: url.origin,
    token: url.searchParams.get('token') ?? '',
    process: child,
    stop: () => stopByPid(child),
  };
}

function stopByPid(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    process.kill(child.pid!, 'SIGTERM');
  });
}
