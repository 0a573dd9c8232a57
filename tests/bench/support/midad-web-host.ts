// Starts Midad's built browser mode (dist/web-host/server.mjs) as a child process on a
// data folder of the benchmark's making, and stops it by its own PID.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface MidadWebHost {
  /** The URL with the per-run token, as printed by the server. */
  openUrl: string;
  pid: number;
  /** Milliseconds from spawn to the printed URL. */
  startupMs: number;
  stop(): Promise<void>;
}

export interface StartMidadWebHostOptions {
  repoRoot: string;
  dataDir: string;
  /** Another built renderer to serve (e.g. an unminified one for profiling). */
  rendererDir?: string;
  timeoutMs?: number;
}

const URL_LINE = /Midad is running in browser mode: (\S+)/;

// A benchmark stopped by Ctrl+C or SIGTERM must not leave servers behind.
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export async function startMidadWebHost(options: StartMidadWebHostOptions): Promise<MidadWebHost> {
  const serverScript = path.join(options.repoRoot, 'dist', 'web-host', 'server.mjs');
  const args = [serverScript, '--data-dir', options.dataDir, '--port', '0'];
  if (options.rendererDir) args.push('--renderer-dir', options.rendererDir);
  const startedAt = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: options.repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  const openUrl = await waitForUrl(child, options.timeoutMs ?? 20_000);
  const startupMs = performance.now() - startedAt;
  return {
    openUrl,
    pid: child.pid!,
    startupMs,
    stop: () => stopChild(child),
  };
}

function waitForUrl(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => fail(new Error(`web host printed no URL in ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = URL_LINE.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    const fail = (error: Error) => {
      clearTimeout(timer);
      void stopChild(child);
      reject(error);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code) =>
      fail(new Error(`web host exited with ${code} before serving:\n${output}`)),
    );
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const forceTimer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(forceTimer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
