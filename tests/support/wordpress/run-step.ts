// One command of a WordPress start (mariadb-install-db, the install script, ...) with a
// time limit: each takes a few seconds at most here, so a stuck one fails with its name and
// its output in time for start-wordpress.ts to try once more within a 120 s hook.
import { execFile, type ExecFileOptions } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const STEP_TIMEOUT_MS = 30_000;

/** Runs `command` and returns its stdout; a failure or a timeout throws an error that names the step. */
export async function runStep(
  what: string,
  command: string,
  args: string[],
  options: ExecFileOptions = {},
): Promise<string> {
  try {
    const { stdout } = await run(command, args, {
      maxBuffer: 1 << 20,
      ...options,
      timeout: STEP_TIMEOUT_MS,
      encoding: 'utf8',
    });
    return stdout;
  } catch (error) {
    const { killed, stdout, stderr } = error as {
      killed?: boolean;
      stdout?: string;
      stderr?: string;
    };
    const why = killed ? `did not finish in ${STEP_TIMEOUT_MS / 1000} s` : 'failed';
    const output = `${stdout ?? ''}${stderr ?? ''}`.trim().slice(-2_000) || String(error);
    throw new Error(`${what} ${why}: ${output}`, { cause: error });
  }
}
