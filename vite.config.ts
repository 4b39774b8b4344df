import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Starts the dataset and its validator downloading with the page, in
 * parallel with the main script, instead of after it has run.
 */
function preloadDataset(): Plugin {
  return {
    name: 'preload-dataset',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const files = Object.values(ctx.bundle ?? {});
        const dataset = files.find((f) => f.type === 'asset' && /un-votes-[^/]*\.json$/.test(f.fileName));
        const validator = files.find((f) => f.type === 'chunk' && f.facadeModuleId?.endsWith('/src/domain/load.ts'));
        const tags = [];
        if (dataset) {
          tags.push({
            tag: 'link',
            attrs: { rel: 'preload', href: `./${dataset.fileName}`, as: 'fetch', crossorigin: 'anonymous' },
            injectTo: 'head' as const,
          });
        }
        if (validator) {
          tags.push({
            tag: 'link',
            attrs: { rel: 'modulepreload', href: `./${validator.fileName}` },
            injectTo: 'head' as const,
          });
        }
        return tags;
      },
    },
  };
}

// `base: './'` keeps every asset path relative, so the built `dist/` works
// from any static host, also under a sub-path.
export default defineConfig({
  base: './',
  plugins: [react(), preloadDataset()],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
});
