// Builds the two comparison pages of the typing benchmark (bare Lexical, plain
// contenteditable) into dist/bench/typing; the runner adds the articles beside them.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const pagesDir = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: pagesDir,
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../../../dist/bench/typing', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome130',
    reportCompressedSize: false,
    rollupOptions: {
      input: {
        lexical: fileURLToPath(new URL('lexical/index.html', import.meta.url)),
        contenteditable: fileURLToPath(new URL('contenteditable/index.html', import.meta.url)),
      },
    },
  },
});
