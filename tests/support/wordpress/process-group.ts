// Starts a server in its own process group (setsid) and stops the whole group by its id:
// php -S may fork workers, and mariadbd must not outlive the test run.
import { spawn, type ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';

export interface GroupProcess {
  pid: number;
  child: ChildProcess;
  /** What the process wrote, for error messages when it fails to start. */
  output(): string;
}

export function startInOwnGroup(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): GroupProcess {
  // detached: the child calls setsid(), so its pid is also its process group id.
  const child = spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  if (child.pid === undefined) throw new Error(`${command} did not start`);
  return { pid: child.pid, child, output: () => output };
}

/** SIGINT to the group (php -S leaves in ~0.5 s on it, ~2 s on SIGTERM), then SIGKILL. */
export async function stopGroup(
  group: GroupProcess,
  { signal = 'SIGINT' as NodeJS.Signals, graceMs = 5_000 } = {},
): Promise<void> {
  if (!isAlive(group.pid)) return;
  signalGroup(group.pid, signal);
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!isAlive(group.pid)) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  signalGroup(group.pid, 'SIGKILL');
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // The group is already gone.
  }
}

/** A zombie (state Z) is dead: where PID 1 reaps slowly, kill -0 still sees it. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const state = execFileSync('ps', ['-o', 'stat=', '-p', String(pid)], {
      encoding: 'utf8',
    }).trim();
    return state !== '' && !state.startsWith('Z');
  } catch {
    return false;
  }
}
