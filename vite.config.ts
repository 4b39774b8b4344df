import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, runnerImport } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The built page's Content-Security-Policy. The build has no inline script
 * and no eval (zod runs jitless: src/domain/schema.ts); Recharts and React
 * set styles through the DOM, which the policy allows without
 * 'unsafe-inline'. `data:` images: the empty favicon in index.html.
 * `worker-src 'self'`: the alignment view's worker, a script of the build
 * (it would fall back to script-src, the same; said here so that a change
 * to script-src cannot stop it unnoticed).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The policy as a meta tag, after the charset in the built page (development keeps Vite's inline scripts). */
function contentSecurityPolicy(): Plugin {
  const charset = '<meta charset="UTF-8" />';
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!html.includes(charset))
          throw new Error(`index.html: no ${charset} to put the Content-Security-Policy after`);
        return html.replace(
          charset,
          `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
        );
      },
    },
  };
}

/**
 * Where a link has a path instead of a hash (`…/decision/ga-l10` for
 * `…/#/decision/ga-l10`), a static host answers with its 404.html. This one
 * sends such a path on to the app's address for it, and says where to go
 * otherwise. Its one inline script is allowed by its hash.
 */
function notFoundPage(): Plugin {
  const script = [
    '(function () {',
    '  var m = location.pathname.match(/^(.*\\/)(decision\\/[^/]+|compare)\\/?$/);',
    '  if (!m) return;',
    "  location.replace(m[1] + '#/' + m[2] + location.search);",
    "  document.getElementById('home').href = m[1];",
    '})();',
  ].join('\n');
  const hash = createHash('sha256').update(script).digest('base64');
  const policy = `default-src 'none'; script-src 'sha256-${hash}'; img-src data:; base-uri 'none'; object-src 'none'; form-action 'none'`;
  const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta http-equiv="Content-Security-Policy" content="${policy}" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <link rel="icon" href="data:," />
    <title>Not found · UN vote tracker</title>
  </head>
  <body>
    <main>
      <h1>Not found</h1>
      <p>There is no page at this address. The pages of the UN vote tracker have a “#” in their address, such as <code>…/#/decision/ga-l10</code>.</p>
      <p><a id="home" href="./">Go to the UN vote tracker</a></p>
    </main>
    <script>${script}</script>
  </body>
</html>
`;
  return {
    name: 'not-found-page',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '404.html', source: html });
    },
  };
}

/**
 * The overview in index.html, rendered at build time from the bundled day
 * (src/prerender.tsx): its decisions and tally bars show at the first paint,
 * before any script has run, and src/main.tsx hydrates them. A dataset that
 * does not validate stops the build. The page carries the SHA-256 of the
 * validated file (`data-dataset-sha256`): the app builds those very bytes
 * into its model at once, without loading the validator to check them again;
 * any other bytes it validates.
 *
 * The page's one script of its own (the policy allows no inline script) runs
 * before anything is drawn. At another view's address (`#/decision/…`) it
 * marks <html> so that styles.css keeps the overview out of sight until the
 * app has drawn that view. And once the page has been painted (at once where
 * paint timing is not known or the page is hidden; after 3 s at the latest)
 * it starts the app: it asks for the app's modules and the dataset together,
 * and imports the app. Nothing of the app is asked for before: a module
 * script runs before the first paint whenever it has arrived by the end of
 * the page, and preloads in the head vie with the style sheet for the first
 * paint.
 */
function prerenderOverview(): Plugin {
  const firstView = `(function () {
  if (!/^(#\\/?)?$/.test(location.hash)) document.documentElement.classList.add('other-view');
  var script = document.currentScript;
  var url = function (path) {
    return new URL(path, document.baseURI).href;
  };
  var ask = function (rel, path, as) {
    var link = document.createElement('link');
    link.rel = rel;
    link.href = url(path);
    link.crossOrigin = 'anonymous';
    if (as) link.as = as;
    document.head.appendChild(link);
  };
  var started = false;
  var start = function () {
    if (started) return;
    started = true;
    script.getAttribute('data-modules').split(' ').forEach(function (path) {
      ask('modulepreload', path);
    });
    ask('preload', script.getAttribute('data-dataset'), 'fetch');
    import(url(script.getAttribute('data-app')));
  };
  var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
  if (document.visibilityState === 'hidden' || types.indexOf('paint') < 0) return void setTimeout(start);
  new PerformanceObserver(function (list, observer) {
    observer.disconnect();
    setTimeout(start);
  }).observe({ type: 'paint' });
  document.addEventListener('visibilitychange', start);
  setTimeout(start, 3000);
})();
`;
  const rootTag = '<div id="root"></div>';
  let root = '';
  return {
    name: 'prerender-overview',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      this.emitFile({ type: 'asset', name: 'first-view.js', source: firstView });
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        const files = Object.values(ctx.bundle ?? {});
        const dataset = files.find((f) => f.type === 'asset' && /un-votes-[^/]*\.json$/.test(f.fileName));
        const script = files.find((f) => f.type === 'asset' && f.names.includes('first-view.js'));
        if (!dataset || dataset.type !== 'asset')
          throw new Error('prerender: no dataset (un-votes-*.json) in the build');
        if (!script) throw new Error('prerender: first-view.js is not in the build');
        const entry = /^ *<script type="module" crossorigin src="([^"]+)"><\/script>\n/m.exec(html);
        if (!entry) throw new Error('index.html: no module script to start the app with');
        if (!html.includes(rootTag)) throw new Error(`index.html: no ${rootTag} to render the overview into`);

        const text = typeof dataset.source === 'string' ? dataset.source : new TextDecoder().decode(dataset.source);
        const { module } = await runnerImport<typeof import('./src/prerender')>(resolve(root, 'src/prerender.tsx'), {
          configFile: false,
          root,
          logLevel: 'error',
          plugins: [react()],
        });
        const { markup, sameUnchecked } = module.renderOverview(text, dataset.fileName);
        if (!sameUnchecked)
          console.warn(`prerender: ${dataset.fileName} builds a different model unchecked: the page will validate it`);
        const sha256 = createHash('sha256').update(dataset.source).digest('hex');
        const digest = sameUnchecked ? ` data-dataset-sha256="${sha256}"` : '';

        // The app's script and the modules it imports leave the head for the first script, which asks for them
        // once the page has been painted; the first script and the style sheets come first.
        const preloads = /^ *<link rel="modulepreload" crossorigin href="([^"]+)">\n/gm;
        const modules = [entry[1], ...[...html.matchAll(preloads)].map((m) => m[1])];
        const styles = html.match(/^ *<link rel="stylesheet"[^>]*>\n/gm) ?? [];
        const first =
          `    <script src="./${script.fileName}" data-app="${entry[1]}" data-modules="${modules.join(' ')}"` +
          ` data-dataset="./${dataset.fileName}"></script>\n`;
        const rest = styles
          .reduce((page, style) => page.replace(style, ''), html.slice(entry.index + entry[0].length))
          .replace(preloads, '');
        return (html.slice(0, entry.index) + first + styles.join('') + rest).replace(
          rootTag,
          `<div id="root" data-prerendered=""${digest}>${markup}</div>`,
        );
      },
    },
  };
}

/**
 * The General Assembly's record (`public/data/history.pack`, built by
 * `npm run build:history`) at `data/history.pack` beside the app: copied into
 * the build, and served in development, where the public folder is the mock
 * service worker's.
 */
function historyPack(): Plugin {
  const file = new URL('./public/data/history.pack', import.meta.url);
  const fileName = 'data/history.pack';
  return {
    name: 'history-pack',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== `${server.config.base}${fileName}`) return next();
        res.setHeader('Content-Type', 'application/octet-stream');
        res.end(readFileSync(file));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName, source: readFileSync(file) });
    },
  };
}

// `base: './'` keeps every asset path relative, so the built `dist/` works
// from any static host, also under a sub-path. The mock service worker
// (mocks/public/) is served in development only: the build has no use for it.
export default defineConfig(({ command }) => ({
  base: './',
  publicDir: command === 'serve' ? 'mocks/public' : false,
  plugins: [react(), prerenderOverview(), contentSecurityPolicy(), notFoundPage(), historyPack()],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
}));
