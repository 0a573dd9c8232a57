// The web host's entry (dist/web-host/server.mjs): turns on Node's compile cache before
// the host's bundle is loaded, so every start after the first skips compiling it again
// (the bundle's compile was 30-60 ms of each start, measured with --cpu-prof).
import module from 'node:module';

module.enableCompileCache?.();
await import('./host.mjs');
