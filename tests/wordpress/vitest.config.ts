// Tests against WordPress itself: a real WordPress 6.1 site (Debian's packages, started by
// each file through wordpress-site.ts) and WordPress's own block validators on the
// serializer's markup, 6.1's bundles and the current npm packages (installed into
// ./current-validator by the global setup).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/wordpress/**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    environment: 'node',
    globalSetup: ['tests/wordpress/validators/install-current-validator.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
