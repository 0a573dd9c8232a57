// Lint rules that keep the folders true to the architecture (docs/architecture.md, "Layers"):
// only electron/main and electron/preload may import 'electron'; the renderer may take
// nothing from electron/ but types from the contract's one public face,
// electron/contract/index.ts (its plain value lists are in common/).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const electronImport = {
  name: 'electron',
  message:
    "Only electron/main and electron/preload may import 'electron' (importing it from plain Node downloads the binary). Take what you need as an argument instead.",
};
const electronStoreImport = {
  name: 'electron-store',
  message:
    "electron-store imports 'electron': write settings code against the Conf API and let electron/main pass the store.",
};

// require('electron') and import('electron') reach the binary just the same.
const dynamicElectronImports = ['electron', 'electron-store'].flatMap((name) => [
  {
    selector: `CallExpression[callee.name='require'][arguments.0.value='${name}']`,
    message: electronImport.message,
  },
  { selector: `ImportExpression[source.value='${name}']`, message: electronImport.message },
]);

// `import { z }` takes zod's whole namespace object, locales included, into every bundle
// (the web host grew by 0.55 MB); the namespace import lets esbuild drop what is unused.
const zodNamedImport = {
  selector: "ImportDeclaration[source.value='zod'] > ImportSpecifier[imported.name='z']",
  message: "Write `import * as z from 'zod'`: the named `z` keeps all of zod in the bundle.",
};

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'release/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'tests/fixtures/lint/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts}'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Hooks called in order, and effects that name what they read: a missing dependency is
    // a screen that shows stale data. useHostQuery takes its deps like an effect does.
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': ['error', { additionalHooks: '^useHostQuery$' }],
    },
  },
  {
    // Everything but the two Electron processes runs in plain Node or in Chromium.
    files: ['**/*.{ts,tsx,mts,js,mjs,cjs}'],
    ignores: ['electron/main/**', 'electron/preload/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronImport, electronStoreImport] }],
      'no-restricted-syntax': ['error', ...dynamicElectronImports, zodNamedImport],
    },
  },
  {
    // A test's stand-in for an Electron API is typed against electron.d.ts, so the type
    // checker holds it to the real signature; a type import is erased and loads nothing.
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ ...electronImport, allowTypeImports: true }, electronStoreImport] },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronImport, electronStoreImport],
          patterns: [
            {
              regex: '(^|/)electron/(?!(contract/index|default-settings)(\\.ts)?$)',
              message:
                'The renderer talks to the host only through window.midad (renderer/bridge.ts); its types come from electron/contract/index.ts.',
            },
            {
              regex: '(^|/)electron/contract/index(\\.ts)?$',
              allowTypeImports: true,
              message:
                'The renderer may import only types from electron/contract/index.ts; plain value lists (statuses, columns, ranges, limits) are in common/.',
            },
          ],
        },
      ],
      'no-restricted-syntax': ['error', ...dynamicElectronImports, zodNamedImport],
    },
  },
  {
    // common/ runs anywhere (Node, Chromium, Electron): pure functions, no platform.
    files: ['common/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronImport, electronStoreImport],
          patterns: [
            { regex: '^node:', message: 'common/ runs in the renderer too: no Node modules.' },
            { regex: '(^|/)(electron|renderer)/', message: 'common/ depends on nothing above it.' },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'eslint.config.js', 'tests/**/*.mjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
  },
);
