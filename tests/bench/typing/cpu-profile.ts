// CPU profiles of the benchmark pages, made readable: unminified builds (with Lexical's
// development build, whose functions keep their names) and attribution of samples to
// source modules and named functions.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { build as viteBuild } from 'vite';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** Midad's renderer into outRoot/renderer and the comparison pages into outRoot/pages. */
export async function buildForProfiling(repoRoot: string, outRoot: string): Promise<void> {
  // Lexical's production build is minified inside the package; its development build
  // names every function ($reconcileRoot, markNodesWithTypesAsDirty …) at a small cost.
  const resolve = {
    alias: [
      {
        find: /^lexical$/,
        replacement: path.join(repoRoot, 'node_modules', 'lexical', 'dist', 'Lexical.dev.js'),
      },
    ],
  };
  await viteBuild({
    configFile: path.join(repoRoot, 'vite.config.ts'),
    logLevel: 'warn',
    resolve,
    build: { outDir: path.join(outRoot, 'renderer'), emptyOutDir: true, minify: false },
  });
  await viteBuild({
    configFile: path.join(repoRoot, 'tests', 'bench', 'typing', 'pages', 'vite.config.ts'),
    logLevel: 'warn',
    resolve,
    build: { outDir: path.join(outRoot, 'pages'), emptyOutDir: true, minify: false },
  });
}

/** Maps (script file name, line) to the source module that line belongs to. */
export async function regionIndex(
  builtDir: string,
): Promise<(url: string, line: number) => string> {
  const regions = new Map<string, { line: number; source: string }[]>();
  const assetsDir = path.join(builtDir, 'assets');
  for (const file of await fs.readdir(assetsDir)) {
    if (!file.endsWith('.js')) continue;
    const lines = (await fs.readFile(path.join(assetsDir, file), 'utf8')).split('\n');
    const starts: { line: number; source: string }[] = [];
    lines.forEach((text, line) => {
      // Unminified rolldown output opens each module with a `// path/of/module.js` line.
      const match = /^\/\/ (?:\0)?(\S+\.(?:[cm]?js|tsx?|jsx))$/.exec(text);
      if (match) starts.push({ line, source: match[1].replace(/^.*node_modules\//, '') });
    });
    regions.set(file, starts);
  }
  return (url, line) => {
    const starts = regions.get(url.split('/').pop() ?? '');
    if (!starts) return url ? `(other script) ${url.split('/').pop()}` : '(native / no script)';
    let found = '(bundle preamble)';
    for (const start of starts) {
      if (start.line > line) break;
      found = start.source;
    }
    return found;
  };
}

export function selfTimes(profile: CpuProfile, sourceOf: (url: string, line: number) => string) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfTimeByModule = new Map<string, number>();
  const selfTimeByFunction = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const { callFrame } = byId.get(id)!;
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    const module = callFrame.url
      ? sourceOf(callFrame.url, callFrame.lineNumber)
      : callFrame.functionName || '(anonymous native)';
    if (module === '(idle)') return;
    selfTimeByModule.set(module, (selfTimeByModule.get(module) ?? 0) + ms);
    const fn = `${callFrame.functionName || '(anonymous)'} — ${module}`;
    selfTimeByFunction.set(fn, (selfTimeByFunction.get(fn) ?? 0) + ms);
  });
  return { selfTimeByModule, selfTimeByFunction };
}

/** Time (ms) each named function was on the stack — its own time plus its callees' — keyed "name — module". */
export function inclusiveTimes(
  profile: CpuProfile,
  sourceOf: (url: string, line: number) => string,
): Map<string, number> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parentOf.set(child, node.id);
  const totals = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    const seen = new Set<string>();
    for (
      let current: number | undefined = id;
      current !== undefined;
      current = parentOf.get(current)
    ) {
      const { functionName, url, lineNumber } = byId.get(current)!.callFrame;
      if (!functionName || !url) continue;
      const key = `${functionName} — ${sourceOf(url, lineNumber)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      totals.set(key, (totals.get(key) ?? 0) + ms);
    }
  });
  return totals;
}
