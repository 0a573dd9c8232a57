// Node unit tests: services, host, web host and pure renderer logic. No browser here.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    // A beforeAll that loads electron-builder's packagers (tests/unit/packaging) takes 6 s
    // alone on a loaded 2-core machine, and ran past the default 10 s beside the other files.
    hookTimeout: 20_000,
  },
});
