// Builds the renderer (React + Lexical) into dist/renderer; relative asset paths so the
// same files load from file:// in Electron and from the browser-mode web host.
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * main.tsx loads the app with import() so that its startup requests leave first; this
 * puts the app's chunk (and what it imports) in index.html as modulepreloads, so the
 * browser fetches it alongside the entry instead of after it.
 */
function preloadAppChunk(appModule: string): Plugin {
  return {
    name: 'midad:preload-app-chunk',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return [];
        const chunks = Object.values(bundle).flatMap((output) =>
          output.type === 'chunk' ? [output] : [],
        );
        const app = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(appModule));
        if (!app) throw new Error(`preloadAppChunk: no chunk for ${appModule}`);
        const entries = new Set(
          chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName),
        );
        // Largest first: Chromium opens six connections to the host, and the app chunk, the
        // last to arrive and parse, otherwise waits for a free one behind the small chunks.
        const size = (file: string) =>
          chunks.find((chunk) => chunk.fileName === file)?.code.length ?? 0;
        const files = [...app.imports, app.fileName]
          .filter((file) => !entries.has(file))
          .sort((a, b) => size(b) - size(a));
        return files.map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), preloadAppChunk('renderer/app-root.tsx')],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    reportCompressedSize: false,
    // The gzip budget (400 KB initial) is what matters and is measured by npm run bench:typing.
    chunkSizeWarningLimit: 800,
    // The spellchecker's files are fetched by its worker, which the page's policy lets reach only
    // the app's own files (connect-src 'self'): never inlined as data: addresses, however small.
    assetsInlineLimit: (file) => (/\.(aff|dic|wasm)$/u.test(file) ? false : undefined),
  },
  // The spelling worker (renderer/features/spelling) is a module worker, as the page's scripts are.
  worker: { format: 'es' },
});
