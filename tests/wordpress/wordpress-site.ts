// One real WordPress for a test file: started before its tests, stopped after. Where it
// cannot run, the file's tests are skipped and the reason is printed, loudly.
import { inspect } from 'node:util';
import { afterAll, beforeAll } from 'vitest';
import { systemClock } from '../../electron/services/publish/wordpress/clock.ts';
import { WordPressClient } from '../../electron/services/publish/wordpress/wordpress-client.ts';
import { WordPressError } from '../../electron/services/publish/wordpress/wordpress-error.ts';
import {
  startWordPress,
  wordPressUnavailableReason,
  type Role,
  type RunningWordPress,
  type WordPressOptions,
} from '../support/wordpress/start-wordpress.ts';

export const unavailable = wordPressUnavailableReason();
if (unavailable) console.warn(`\n⚠ SKIPPED: WordPress integration tests: ${unavailable}\n`);

/** The running site, filled in by beforeAll; read it inside tests only. */
export function useWordPress(options: WordPressOptions): { site: () => RunningWordPress } {
  let running: RunningWordPress | undefined;
  beforeAll(async () => {
    if (unavailable) return;
    running = await startWordPress(options);
    console.log(
      `WordPress (${options.permalinks} permalinks) answered after ${running.startedInMs} ms`,
    );
  });
  afterAll(async () => {
    await running?.stop();
  });
  return {
    site: () => {
      if (!running) throw new Error('WordPress is not running');
      return running;
    },
  };
}

export function clientAs(
  site: RunningWordPress,
  role: Role,
  options: { appPassword?: string } = {},
): WordPressClient {
  const user = site.users[role];
  return new WordPressClient({
    restRoot: site.restRoot,
    credentials: { login: user.login, appPassword: options.appPassword ?? user.appPassword },
    fetch,
    clock: systemClock,
    timeoutMs: 10_000,
  });
}

/** Every string anywhere in a thrown error, to prove a password is in none of them. */
export function everythingSaidBy(error: unknown): string {
  const seen = new Set<unknown>();
  const parts: string[] = [];
  const visit = (value: unknown) => {
    if (value === null || value === undefined || seen.has(value)) return;
    if (typeof value !== 'object') {
      parts.push(String(value));
      return;
    }
    seen.add(value);
    if (value instanceof Error) parts.push(value.message, value.stack ?? '');
    for (const key of Reflect.ownKeys(value))
      visit((value as Record<string | symbol, unknown>)[key]);
  };
  visit(error);
  return `${parts.join('\n')}\n${JSON.stringify(error)}\n${inspect(error, { depth: 10, showHidden: true })}`;
}

/** The WordPressError a call ends with; any other outcome fails the test. */
export async function failureOf(call: () => Promise<unknown>): Promise<WordPressError> {
  try {
    await call();
  } catch (error) {
    if (error instanceof WordPressError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}
