import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, runnerImport } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The built page's Content-Security-Policy. The build has no eval (zod runs
 * jitless: src/domain/schema.ts), and no inline script or style sheet but
 * the page's own first script and style sheet (prerenderOverview below),
 * each allowed by its SHA-256, which the build adds to `script-src` and
 * `style-src` (contentSecurityPolicy below). Recharts and React set styles
 * through the DOM, which the policy allows without 'unsafe-inline'. `data:`
 * images: the empty favicon in index.html. `worker-src 'self'`: the
 * alignment view's worker, a script of the build (it would fall back to
 * script-src, the same; said here so that a change to script-src cannot stop
 * it unnoticed).
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

/** The SHA-256 of a text as a policy source: `'sha256-…'`. */
const sha256Source = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * The policy of a page, with the hash of each inline script and style sheet
 * in it added to `script-src` and `style-src`: exactly these run, no other.
 */
export function policyFor(html: string): string {
  const inline = (tag: string) =>
    [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'g'))]
      .filter(([, attributes, text]) => !/\bsrc=/.test(attributes) && text.trim() !== '')
      .map(([, , text]) => sha256Source(text));
  const scripts = inline('script');
  const styles = inline('style');
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", ["script-src 'self'", ...scripts].join(' ')).replace(
    "style-src 'self'",
    ["style-src 'self'", ...styles].join(' '),
  );
}

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
          `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${policyFor(html)}" />`,
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
 * before any script of the app has run, and src/main.tsx hydrates them. A
 * dataset that does not validate stops the build. The page carries the
 * SHA-256 of the validated file (`data-dataset-sha256`): the app builds those
 * very bytes into its model at once, without loading the validator to check
 * them again; any other bytes it validates.
 *
 * The first paint waits for nothing but the page itself: its style sheet is in
 * it, and so is its first script, both allowed by their hashes
 * (contentSecurityPolicy). Meanwhile the browser fetches the app's modules
 * (`modulepreload`, which also compiles them off the main thread) and the
 * dataset, asked for in the head. The first script runs before anything is
 * drawn. It marks <html> so that styles.css draws the page only once it has
 * all been read, whole (a frame of a part of it would be laid out again, and
 * could move what it shows). At another view's address (`#/decision/…`) it
 * marks <html> so that styles.css keeps the overview out of sight until the
 * app has drawn that view, and imports the app once the page has been read.
 * At the overview's it imports the app only after the frame that draws the
 * overview (a task after that frame's animation frame), so that running the
 * app's script never holds back the first paint: a module script, or an
 * import while the page is read, runs before it whenever its file has
 * arrived.
 */
function prerenderOverview(): Plugin {
  const firstScript = `(function () {
  var html = document.documentElement;
  var other = !/^(#\\/?)?$/.test(location.hash);
  if (other) html.classList.add('other-view');
  html.classList.add('reading');
  var app = new URL(document.currentScript.getAttribute('data-app'), document.baseURI).href;
  var started = false;
  var start = function () {
    if (started) return;
    started = true;
    import(app);
  };
  var parsed = function () {
    html.classList.remove('reading');
    if (other || document.visibilityState === 'hidden') return start();
    requestAnimationFrame(function () {
      setTimeout(start);
    });
    document.addEventListener('visibilitychange', start);
    setTimeout(start, 3000);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', parsed);
  else parsed();
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
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        const bundle = ctx.bundle ?? {};
        const dataset = Object.values(bundle).find(
          (f) => f.type === 'asset' && /un-votes-[^/]*\.json$/.test(f.fileName),
        );
        if (!dataset || dataset.type !== 'asset')
          throw new Error('prerender: no dataset (un-votes-*.json) in the build');
        const entry = /^ *<script type="module" crossorigin src="([^"]+)"><\/script>\n/m.exec(html);
        if (!entry) throw new Error('index.html: no module script to start the app with');
        if (!html.includes(rootTag)) throw new Error(`index.html: no ${rootTag} to render the overview into`);
        const styles = [...html.matchAll(/^ *<link rel="stylesheet" crossorigin href="\.\/([^"]+)">\n/gm)];
        if (styles.length !== 1) throw new Error(`index.html: ${styles.length} style sheets where one was expected`);
        const [styleLink, styleFile] = styles[0];
        const sheet = bundle[styleFile];
        if (!sheet || sheet.type !== 'asset') throw new Error(`prerender: ${styleFile} is not in the build`);
        const css = typeof sheet.source === 'string' ? sheet.source : new TextDecoder().decode(sheet.source);
        if (/<\/style/i.test(css)) throw new Error(`prerender: ${styleFile} cannot be put into a <style> element`);

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

        // The head: the first script, the style sheet, then what the app needs, fetched meanwhile: its modules
        // (the app's own first: the page imports it once painted) and the dataset. The style sheet's file stays
        // linked, disabled (never fetched, never applied): Vite's loader of the views that load later finds it
        // there, and does not add it to the page again with their own style sheets.
        const preloads = /^ *<link rel="modulepreload" crossorigin href="([^"]+)">\n/gm;
        const modules = [entry[1], ...[...html.matchAll(preloads)].map((m) => m[1])];
        const head =
          `    <script data-app="${entry[1]}">\n${firstScript}</script>\n` +
          `    <style>${css}</style>\n` +
          styleLink.replace('<link ', '<link disabled ') +
          modules.map((m) => `    <link rel="modulepreload" crossorigin href="${m}">\n`).join('') +
          `    <link rel="preload" as="fetch" crossorigin href="./${dataset.fileName}">\n`;
        const rest = html
          .slice(entry.index + entry[0].length)
          .replace(styleLink, '')
          .replace(preloads, '');
        return (html.slice(0, entry.index) + head + rest).replace(
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
