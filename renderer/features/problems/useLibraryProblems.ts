// What the library could not read (quarantined or missing files), asked at start and
// whenever the library is listed, with the headline of each affected draft when known.
import { useCallback, useEffect, useState } from 'react';
import type { LibraryProblem } from '../../../electron/contract/index.ts';
import { midad } from '../../bridge.ts';

export interface ShownProblem {
  key: string;
  problem: LibraryProblem;
  /** The affected draft's headline or first words, when the draft is still in the list. */
  title: string | null;
}

async function loadProblems(): Promise<ShownProblem[]> {
  const problems = await midad.drafts.problems();
  if (problems.length === 0) return [];
  const titles = new Map((await midad.drafts.list()).map((summary) => [summary.id, summary.title]));
  return problems.map((problem) => ({
    key: `${problem.originalPath}|${problem.detectedAt}|${problem.kind}`,
    problem,
    title: (problem.draftId && titles.get(problem.draftId)) || null,
  }));
}

export function useLibraryProblems() {
  const [problems, setProblems] = useState<ShownProblem[]>([]);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const refresh = useCallback(() => {
    // Not being able to ask is not itself worth a message: the next listing asks again.
    loadProblems().then(setProblems, () => undefined);
  }, []);
  useEffect(refresh, [refresh]);
  return {
    problems: problems.filter((shown) => !dismissed.has(shown.key)),
    refresh,
    dismiss: useCallback(
      (key: string) => setDismissed((previous) => new Set(previous).add(key)),
      [],
    ),
  };
}
