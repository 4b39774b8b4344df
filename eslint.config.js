import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const ROOT = dirname(fileURLToPath(import.meta.url));
const SRC = resolve(ROOT, 'src');

/**
 * The layer of a file under src/: domain, store, components, app, or
 * `features/<name>` (each feature its own layer). Null outside src/.
 */
function layerOf(file) {
  const rel = relative(SRC, file);
  if (rel.startsWith('..') || rel === '') return null;
  const parts = rel.split(sep);
  if (parts[0] === 'features') return parts.length > 2 ? `features/${parts[1]}` : 'features';
  return parts.length > 1 ? parts[0] : 'root';
}

/** Which layers each layer may not import, whatever the folder depth. */
function forbidden(from, to) {
  if (to === null || from === to) return false;
  if (to === 'root') return true; // nothing imports the entry point
  if (from === 'domain') return true; // the domain imports only the domain
  if (from === 'store') return to === 'app' || to === 'components' || to.startsWith('features');
  if (from === 'components') return to === 'store' || to === 'app' || to.startsWith('features');
  if (from.startsWith('features')) return to === 'app' || to.startsWith('features');
  return false;
}

const WHY = {
  domain: 'the domain imports only the domain',
  store: 'the store never imports features, components or the app shell',
  components: 'components take props: they never import the store, features or the app shell',
  features: 'a feature never imports another feature or the app shell',
};

/** Resolves every relative import and checks the direction between layers. */
const layers = {
  rules: {
    direction: {
      meta: { type: 'problem', schema: [] },
      create(context) {
        const from = layerOf(context.filename);
        if (from === null || from === 'root' || from === 'app') return {};
        const check = (node) => {
          const spec = node.source?.value;
          if (typeof spec !== 'string' || !spec.startsWith('.')) return;
          const to = layerOf(resolve(dirname(context.filename), spec));
          if (forbidden(from, to)) {
            const key = from.startsWith('features') ? 'features' : from;
            context.report({ node: node.source, message: `${from} must not import ${to}: ${WHY[key]}.` });
          }
        };
        return {
          ImportDeclaration: check,
          ExportNamedDeclaration: check,
          ExportAllDeclaration: check,
          ImportExpression: check,
        };
      },
    },
  },
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'mocks/public/mockServiceWorker.js', 'test/screenshots'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, layers },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // A module's names are imported in one statement (its types may have one of their own).
      'no-duplicate-imports': ['error', { allowSeparateTypeImports: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'layers/direction': 'error' },
  },
  {
    // The domain is pure: no React, no DOM, no store, no fetch. It is what the
    // command-line scripts, the workers and the tests share with the app.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-dom',
                'react/*',
                'recharts',
                '@tanstack/*',
                'zustand',
                'zustand/*',
                'msw',
                'msw/*',
              ],
              message: 'src/domain is pure TypeScript: no UI, store or network code.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'document', message: 'src/domain has no DOM.' },
        { name: 'window', message: 'src/domain has no DOM.' },
        { name: 'fetch', message: 'src/domain does no I/O.' },
      ],
    },
  },
  {
    // Components take props; they never import the store's hooks by package either.
    files: ['src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['zustand', 'zustand/*'], message: 'components take props, not the store.' }] },
      ],
    },
  },
);
