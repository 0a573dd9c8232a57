// Loads browser mode's services module in steps, its largest libraries first, with Node's
// event loop free between them. Evaluated at once, the module held the one thread for
// about 60 ms, just when the page asks for its files; in steps of 11-16 ms those requests
// are answered in between (measured: 3-5 % off the empty-folder cold start,
// docs/cold-start-findings.md).
import { setImmediate as nextTurn } from 'node:timers/promises';
import type * as Services from './services.ts';

const STEPS: readonly (() => Promise<unknown>)[] = [
  () => import('zod'),
  () => import('conf'),
  () => import('../contract/index.ts'),
  () => import('../host/compose.ts'),
];

export async function loadServiceModules(): Promise<typeof Services> {
  for (const step of STEPS) {
    await step();
    await nextTurn();
  }
  return import('./services.ts');
}
