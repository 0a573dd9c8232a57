// Run as a child by the benchmark, so the figures are those of a process that only holds the
// library (list and search index) and not of the benchmark around it: the time from opening
// the library to the first search's answer, then the memory with the collection searchable.
// Usage: node --experimental-strip-types --expose-gc memory-probe.ts <dataDir>
import { DraftLibrary } from '../../../electron/services/drafts/draft-library.ts';

const started = performance.now();
const library = await DraftLibrary.open({ dataDir: process.argv[2] });
await library.search('الحكومة');
const firstSearchMs = performance.now() - started;
(globalThis as { gc?: () => void }).gc?.();
const usage = process.memoryUsage();
process.stdout.write(
  `${JSON.stringify({ rssMiB: usage.rss / 2 ** 20, heapMiB: usage.heapUsed / 2 ** 20, firstSearchMs })}\n`,
);
await library.close();
