// Starts save-loop.ts, lets it save for a random while, kills it with SIGKILL, then opens
// the library and checks that the draft loads with at least the last acknowledged save.
// Shared by the crash test (50 kills) and the soak benchmark (1,000).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { lexicalBlocks } from '../../../../../../common/document/plain-text.ts';
import { DraftLibrary } from '../../../../../../electron/services/drafts/draft-library.ts';

const SAVE_LOOP = fileURLToPath(new URL('./save-loop.ts', import.meta.url));

export interface KillOutcome {
  acknowledged: number;
  found: number;
  /** Every draft loaded and none went to quarantine. */
  intact: boolean;
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so a failing run can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs the child until it is ready, waits `delayMs` more, kills it; answers the last acknowledged count. */
export async function runAndKill(dataDir: string, delayMs: number): Promise<number> {
  const child = spawn(
    process.execPath,
    ['--experimental-strip-types', '--no-warnings', SAVE_LOOP, dataDir],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let acknowledged = 0;
  let buffered = '';
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      let newline = buffered.indexOf('\n');
      while (newline >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        if (line.startsWith('ready ')) {
          acknowledged = Number(line.split(' ')[2]);
          setTimeout(resolve, delayMs);
        } else if (line.startsWith('ack ')) {
          acknowledged = Number(line.slice(4));
        }
        newline = buffered.indexOf('\n');
      }
    });
    void exited.then(() =>
      reject(new Error(`save loop exited before it was killed: ${errors.slice(0, 500)}`)),
    );
  });
  child.kill('SIGKILL');
  await exited;
  return acknowledged;
}

/** Opens the library as the app would after the crash and checks the draft. */
export async function checkAfterKill(dataDir: string, acknowledged: number): Promise<KillOutcome> {
  const library = await DraftLibrary.open({ dataDir });
  try {
    const problems = await library.problems();
    const summaries = library.list();
    let found = 0;
    for (const summary of summaries) {
      const draft = await library.open(summary.id);
      found = Math.max(
        found,
        lexicalBlocks(draft.body).filter((block) => block.startsWith('فقرة')).length,
      );
    }
    return {
      acknowledged,
      found,
      intact: problems.length === 0 && summaries.length <= 1 && found >= acknowledged,
    };
  } finally {
    await library.close();
  }
}
