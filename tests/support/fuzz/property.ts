// Runs a fuzz property: a fixed number of cases from one seed, within a wall-clock cap.
// Each case gets its own forked generator, so a failure names the seed and the case to replay.
import { Random } from './random.ts';

export interface PropertyRun {
  name: string;
  seed: number;
  cases: number;
  /** Stops early (still green) when the cases take longer than this. */
  timeLimitMs: number;
  /** Failures kept before the run stops. */
  maxFailures?: number;
}

export interface PropertyResult {
  name: string;
  seed: number;
  casesRun: number;
  elapsedMs: number;
  failures: string[];
}

/** `check` throws (or returns a message) when the case breaks the property. */
export async function runProperty(
  run: PropertyRun,
  check: (random: Random, caseIndex: number) => Promise<string | void>,
): Promise<PropertyResult> {
  const root = new Random(run.seed);
  const failures: string[] = [];
  const started = performance.now();
  let casesRun = 0;
  for (let index = 0; index < run.cases; index += 1) {
    if (performance.now() - started > run.timeLimitMs) break;
    let problem: string | void;
    try {
      problem = await check(root.fork(index), index);
    } catch (error) {
      problem = `threw ${error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error)}`;
    }
    casesRun += 1;
    if (problem) {
      failures.push(
        `[${run.name}] seed ${run.seed} case ${index} (MIDAD_FUZZ_SEED=${run.seed}): ${problem.slice(0, 2000)}`,
      );
      if (failures.length >= (run.maxFailures ?? 5)) break;
    }
  }
  return {
    name: run.name,
    seed: run.seed,
    casesRun,
    elapsedMs: performance.now() - started,
    failures,
  };
}

/** Nothing added to Object.prototype by a case (a `__proto__` key that got merged). */
export function prototypePollution(): string | null {
  const probe = {} as Record<string, unknown>;
  const added = Object.getOwnPropertyNames(Object.prototype).filter(
    (name) => !BASE_PROTOTYPE_KEYS.has(name),
  );
  if (added.length > 0 || probe.polluted !== undefined)
    return `Object.prototype was polluted: ${added.join(', ')}`;
  return null;
}

const BASE_PROTOTYPE_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));
