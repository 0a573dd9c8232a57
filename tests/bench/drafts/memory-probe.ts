// Run as a child by the benchmark, so the figure is the memory of a process that only
// holds the library (list and search index) and not of the benchmark around it.
// Usage: node --experimental-strip-types --expose-gc memory-probe.ts <dataDir>
import { DraftLibrary } from '../../../electron/services/drafts/draft-library.ts';

const library = await DraftLibrary.open({ dataDir: process.argv[2] });
await library.search('الحكومة');
(globalThis as { gc?: () => void }).gc?.();
const usage = process.memoryUsage();
process.stdout.write(`${JSON.stringify({ rssMiB: usage.rss / 2 ** 20, heapMiB: usage.heapUsed / 2 ** 20 })}\n`);
await library.close();
