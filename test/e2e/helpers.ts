/**
 * What the browser tests share: finding Chromium, building the app once into
 * a temp dir, serving it under a sub-path from a tiny static server, and
 * launching Chromium (Debian's, driven by playwright-core).
 *
 * The global setup (global-setup.ts) builds once and starts one Chromium for
 * every test file. The server mounts the same build three times:
 *   /un-votes/          the build as it is
 *   /un-votes-invalid/  the same, with a corrupted dataset file
 *   /un-votes-500/      the same, with the dataset answering 500
 * and nothing at `/`, so any absolute asset path would fail. A path that is not
 * a file gets the build's 404.html, as static hosts answer.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { inject } from 'vitest';

export const PROJECT_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

// ---------------------------------------------------------------- Chromium

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumCandidates(): string[] {
  const fromEnv = process.env.CHROMIUM_PATH;
  return [...(fromEnv ? [fromEnv] : []), '/usr/bin/chromium', '/usr/bin/chromium-browser'];
}

/** The first Chromium that exists, or null. */
export function findChromium(): string | null {
  return chromiumCandidates().find((path) => existsSync(path)) ?? null;
}

export const CHROMIUM_PATH = findChromium();
const IN_CI = process.env.CI === 'true';

/**
 * Whether the browser tests are skipped: only where Chromium is missing and
 * this is not CI. In CI a missing Chromium fails the tests instead (see
 * `requireChromium`).
 */
export const SKIP_BROWSER_TESTS = CHROMIUM_PATH === null && !IN_CI;

/** What to say where the browser tests are skipped. */
export function skipMessage(): string {
  return (
    `Chromium not found (tried ${chromiumCandidates().join(', ')}); browser tests skipped. ` +
    'Install it with: sudo apt-get install chromium, or set CHROMIUM_PATH'
  );
}

export function requireChromium(): string {
  if (CHROMIUM_PATH) return CHROMIUM_PATH;
  throw new Error(
    `Chromium not found (tried ${chromiumCandidates().join(', ')}), and CI=true, so the browser tests fail ` +
      'rather than skip. Install it with: apt-get install chromium (or set CHROMIUM_PATH).',
  );
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: requireChromium(), headless: true, args: CHROMIUM_ARGS });
}

// ---------------------------------------------------------------- build

/** Builds the app with `vite build --base ./` into a fresh temp dir; returns the dir. */
export async function buildApp(): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'un-votes-e2e-'));
  const vite = join(PROJECT_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  try {
    await promisify(execFile)(
      process.execPath,
      [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--base', './', '--logLevel', 'warn'],
      {
        cwd: PROJECT_ROOT,
        env: { ...process.env, NODE_ENV: 'production' },
        maxBuffer: 16 * 1024 * 1024,
      },
    );
  } catch (error) {
    await rm(outDir, { recursive: true, force: true });
    const e = error as Error & { stdout?: string; stderr?: string };
    throw new Error(`vite build failed: ${e.message}\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
  }
  return outDir;
}

/** The built dataset file, e.g. `assets/un-votes-2025-02-24-Dp-Shqj5.json`. */
export async function findDatasetFile(dir: string): Promise<string> {
  const name = (await readdir(join(dir, 'assets'))).find((f) => /^un-votes-.*\.json$/.test(f));
  if (!name) throw new Error(`no dataset file (assets/un-votes-*.json) in the build at ${dir}`);
  return `assets/${name}`;
}

/**
 * The dataset with one position list made invalid: the same change as the
 * msw `invalid` scenario, so the problem is
 * `decisions[i].positionLists[0].position: … "maybe" …` where i is ga-l11-am-just-peace's place.
 */
export function corruptDataset(text: string): string {
  const data = JSON.parse(text) as { decisions: { id: string; positionLists: { position: string }[] }[] };
  const byId = (id: string) => data.decisions.find((d) => d.id === id)!;
  byId('ga-l11-am-just-peace').positionLists = [{ ...byId('ga-l10').positionLists[0], position: 'maybe' }];
  return JSON.stringify(data);
}

// ---------------------------------------------------------------- server

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export type DatasetMode = 'ok' | 'invalid' | 'error';

export interface Mount {
  /** The URL path prefix, with slashes at both ends: `/un-votes/`. */
  prefix: string;
  dir: string;
  dataset?: DatasetMode;
}

export interface StaticServer {
  origin: string;
  /** Every request path the server saw, in order. */
  requests: string[];
  close: () => Promise<void>;
}

/** A static file server on 127.0.0.1, on a free port, serving each mount under its prefix only. */
export async function serveStatic(mounts: Mount[]): Promise<StaticServer> {
  const datasetFiles = new Map<string, string>();
  for (const m of mounts) datasetFiles.set(m.dir, await findDatasetFile(m.dir).catch(() => ''));
  const corrupted = new Map<string, string>();
  const requests: string[] = [];

  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const path = decodeURIComponent(url.pathname);
      requests.push(path);
      const mount = mounts.find((m) => path.startsWith(m.prefix) || path === m.prefix.slice(0, -1));
      if (!mount) return send(res, 404, 'text/plain; charset=utf-8', `Nothing at ${path}`);
      if (path === mount.prefix.slice(0, -1)) {
        res.writeHead(301, { Location: mount.prefix });
        return res.end();
      }
      let rel = path.slice(mount.prefix.length) || 'index.html';
      if (rel.endsWith('/')) rel += 'index.html';
      const file = normalize(join(mount.dir, rel));
      if (!file.startsWith(mount.dir + sep)) return send(res, 403, 'text/plain; charset=utf-8', 'Forbidden');

      const isDataset = rel === datasetFiles.get(mount.dir);
      if (isDataset && mount.dataset === 'error') {
        res.statusMessage = 'Internal Server Error';
        return send(res, 500, 'text/plain; charset=utf-8', 'Internal Server Error');
      }
      let body: Buffer;
      try {
        body = await readFile(file);
      } catch {
        // As static hosts do (GitHub Pages, Netlify, …): the build's 404.html, where it has one.
        const notFound = await readFile(join(mount.dir, '404.html')).catch(() => null);
        if (notFound) return send(res, 404, TYPES['.html'], notFound);
        return send(res, 404, 'text/plain; charset=utf-8', `Nothing at ${path}`);
      }
      if (isDataset && mount.dataset === 'invalid') {
        const text = corrupted.get(file) ?? corruptDataset(body.toString('utf8'));
        corrupted.set(file, text);
        body = Buffer.from(text);
      }
      // Hashed build assets never change: cache them, as a production host would.
      const immutable = rel.startsWith('assets/') && !isDataset;
      send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', body, immutable);
    })().catch((error: Error) => send(res, 500, 'text/plain; charset=utf-8', error.message));
  });

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, immutable = false) {
  if (res.headersSent) return res.end();
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-store',
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(body);
}

// ---------------------------------------------------------------- the app under test

/** The build served three ways (see the top of this file), as `serveBuild` mounts it. */
export function serveBuild(buildDir: string): Promise<StaticServer> {
  return serveStatic([
    { prefix: '/un-votes/', dir: buildDir },
    { prefix: '/un-votes-invalid/', dir: buildDir, dataset: 'invalid' },
    { prefix: '/un-votes-500/', dir: buildDir, dataset: 'error' },
  ]);
}

/** What the global setup (global-setup.ts) shares with every browser test file. */
export interface SharedApp {
  /** Where the one Chromium of the run listens. */
  wsEndpoint: string;
  buildDir: string;
  /** The app's root URL under its sub-path, e.g. `http://127.0.0.1:41234/un-votes/`. */
  url: string;
  /** The same build with a corrupted dataset file. */
  invalidUrl: string;
  /** The same build with the dataset answering 500. */
  errorUrl: string;
}

export interface AppUnderTest extends Omit<SharedApp, 'wsEndpoint'> {
  browser: Browser;
  /** Disconnects from the shared browser (the global setup closes it). */
  close: () => Promise<void>;
}

/**
 * The build and the browser the global setup started, connected. Close it in
 * `afterAll`.
 */
export async function startApp(): Promise<AppUnderTest> {
  requireChromium();
  const shared = inject('e2eApp');
  if (!shared) throw new Error('the browser tests need test/e2e/global-setup.ts (see vitest.config.ts)');
  const { wsEndpoint, ...rest } = shared;
  const browser = await chromium.connect(wsEndpoint);
  return { ...rest, browser, close: () => browser.close() };
}

// ---------------------------------------------------------------- in the page

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

let axeCode: Promise<string> | null = null;
const axeSource = () =>
  (axeCode ??= readFile(join(PROJECT_ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8').then(
    (code) => `${code}\n;void 0;`,
  ));

/**
 * Runs axe-core in the page (every rule, or only `rules`); returns the
 * violations of impact serious or critical.
 */
export async function seriousAxeViolations(page: Page, rules?: string[]): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  // Evaluated, not added as a <script>: the app's Content-Security-Policy allows no inline script.
  if (!loaded) await page.evaluate(await axeSource());
  const violations = await page.evaluate(async (only) => {
    const axe = (
      window as unknown as {
        axe: { run: (context?: unknown, options?: unknown) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      resultTypes: ['violations'],
      ...(only ? { runOnly: { type: 'rule', values: only } } : {}),
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, rules ?? null);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Violations as readable text, one block each. */
export function formatAxeViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes
          .slice(0, 5)
          .map(
            (n) =>
              `    at ${JSON.stringify(n.target)}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, '\n      ')}` : ''}`,
          )
          .join('\n') +
        (v.nodes.length > 5 ? `\n    … and ${v.nodes.length - 5} more` : ''),
    )
    .join('\n');
}

// ---------------------------------------------------------------- driving a view

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 375, height: 740 };

/** Waits until the locator shows (Playwright's own auto-wait, with a clear failure). */
export async function see(locator: Locator, timeout = 10_000): Promise<Locator> {
  await locator.waitFor({ state: 'visible', timeout });
  return locator;
}

/**
 * Waits until the dataset is in: no "Loading" left on the page, and the
 * view's heading is the app's. The overview is in the page before any script
 * runs (rendered at build time); until React has taken it over (hydrated it),
 * its buttons do nothing. React keeps its props on each element it has.
 */
export async function dataLoaded(page: Page): Promise<void> {
  await page
    .getByText(/^Loading/)
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 });
  await page.waitForFunction(
    () => {
      const heading = document.querySelector('main h1');
      return heading !== null && Object.keys(heading).some((key) => key.startsWith('__reactProps$'));
    },
    undefined,
    { timeout: 15_000 },
  );
}

/** Opens `base` + `hash` and waits until the dataset is in. */
export async function openView(page: Page, base: string, hash = '#/'): Promise<void> {
  await page.goto(`${base}${hash}`);
  await dataLoaded(page);
}

/** Switches the view by its hash, as a link or a hand edit would, without loading the page again. */
export async function goToHash(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    location.hash = h;
  }, hash);
  await dataLoaded(page);
}

/** The ids of the decisions in the bundled dataset, in its order. */
export async function datasetDecisionIds(): Promise<string[]> {
  const file = join(PROJECT_ROOT, 'data', 'un-votes-2025-02-24.json');
  const data = JSON.parse(await readFile(file, 'utf8')) as { decisions: { id: string }[] };
  return data.decisions.map((d) => d.id);
}

/** A page that notes uncaught errors and Content-Security-Policy violations, for the test to check when it ends. */
export interface WatchedPage {
  page: Page;
  /** The uncaught errors and policy violations seen so far. */
  problems: () => Promise<{ errors: string[]; csp: string[] }>;
}

/** Notes policy violations in every page of the context (call once, before its first page). */
export async function watchPolicy(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { cspViolations?: string[] };
      (w.cspViolations ??= []).push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sample})`);
    });
  });
}

export async function watchedPage(context: BrowserContext): Promise<WatchedPage> {
  const page = await context.newPage();
  const errors: string[] = [];
  const csp: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (m) => {
    if (/Content[- ]Security[- ]Policy/i.test(m.text())) csp.push(`console: ${m.text()}`);
  });
  return {
    page,
    problems: async () => {
      // Bounded: a page that no longer answers must not hold the run.
      const seen = await Promise.race([
        page
          .evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])
          .catch(() => [] as string[]),
        new Promise<string[]>((resolve) => setTimeout(() => resolve(['the page did not answer within 5 s']), 5_000)),
      ]);
      return { errors, csp: [...csp, ...seen] };
    },
  };
}
