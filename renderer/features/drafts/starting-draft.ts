// Which draft the app opens on: the most recently changed one that can be opened, or a
// new one when the library is empty (or nothing in it can be read).
import type { Draft } from '../../../electron/contract.ts';
import { midad } from '../../bridge.ts';

export async function openStartingDraft(exceptId?: string): Promise<Draft> {
  const drafts = await midad.drafts.list();
  for (const summary of drafts) {
    if (summary.id === exceptId) continue;
    try {
      return await midad.drafts.open(summary.id);
    } catch {
      // A draft that cannot be read is reported by drafts.problems(); try the next one.
    }
  }
  return midad.drafts.create();
}
