import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/mockServiceWorker.js', 'test/screenshots'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
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
            {
              group: ['../store/*', '../features/*', '../components/*', '../app/*'],
              message: 'src/domain must not import the app; the app imports the domain.',
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
    // Shared components take props; they never reach into the store or a feature.
    files: ['src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../store/*', '../features/*'], message: 'components take props, not the store or a feature.' },
          ],
        },
      ],
    },
  },
);
