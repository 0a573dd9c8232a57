// Run as a child by the benchmark, once per first open: an app's first start is a fresh
// process, whose code is not compiled and optimized yet, and a first open measured in the
// benchmark's own process after others would be quicker than any user's.
// Usage: node --experimental-strip-types first-open-probe.ts <dataDir>
import { firstOpen } from './measurements.ts';

process.stdout.write(`${JSON.stringify(await firstOpen(process.argv[2]))}\n`);
