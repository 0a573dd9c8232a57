// Not a word is lost to a crash: a child process saving a growing draft is killed with
// SIGKILL at random moments, and after each kill the draft opens with at least its last
// acknowledged save.
import { describe, expect, it } from 'vitest';
import { freshDataDir } from '../library-fixture.ts';
import { checkAfterKill, runAndKill, seededRandom } from './kill-loop.ts';

const KILLS = 50;

describe('a draft being saved when the app is killed', () => {
  it(`loads with its last acknowledged save or a later one, after each of ${KILLS} kills`, async () => {
    const dataDir = await freshDataDir();
    const random = seededRandom(20261129);
    const outcomes = [];
    for (let kill = 0; kill < KILLS; kill += 1) {
      const acknowledged = await runAndKill(dataDir, Math.floor(random() * 120));
      outcomes.push(await checkAfterKill(dataDir, acknowledged));
    }
    expect(outcomes.filter((outcome) => !outcome.intact)).toEqual([]);
    // The kills did land mid-work: the draft grew across the runs.
    expect(outcomes.at(-1)!.found).toBeGreaterThan(KILLS);
  }, 120_000);
});
