/**
 * npm run bench:search [-- --rows N] [-- --runs N] [-- --no-browser]
 *
 * What the jump-to search costs at full scale: its indexes over the views,
 * states and topics, the curated day, the General Assembly's record (6,203
 * votes) and a full-size synthetic General Assembly import (947,434 rows,
 * `scripts/undl-synthetic.ts`, written to the system's temporary directory
 * and removed afterwards), built and queried by the app's own search
 * service (`src/features/search/service.ts`, the code the page and the
 * search worker run).
 *
 * Printed:
 *   - each index: its entries, its size (typed arrays, and texts at two
 *     bytes a character) and its build time;
 *   - the time to results per keystroke: each query typed a character at a
 *     time, every index queried and the hits grouped, as the dialog does
 *     after each keystroke ("ES-11/7", "USSR", "turkiye", "nuclear 1982", …),
 *     over `--runs` runs: median, 95th percentile and maximum, overall and
 *     per query, against the goal of 50 ms;
 *   - what the first keystrokes find, to see that the figures are of real answers.
 *
 * Wall times grow with whatever else the machine runs (its load average is
 * printed first); the CPU time of the same keystrokes is printed beside them.
 *
 * Then, where Chromium is found (as for the tests; `--no-browser` leaves
 * it out), the same in the built app: the synthetic file imported on the
 * import page, the dialog opened, each query typed a key at a time, and the
 * time from each keystroke to the dialog showing its answer (through the
 * search worker and React's render).
 *
 * It reports figures; it is not a test: it exits 0 whatever they are (1
 * only when it cannot run).
 */
import { createReadStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDatasetText } from '../src/domain/load';
import { parseMembership } from '../src/domain/membership';
import { decodePack } from '../src/domain/history/pack';
import { readUndl } from '../src/domain/undl/reader';
import { dayDecisionEntries, stateEntries } from '../src/domain/search/entries';
import { groupHits } from '../src/domain/search/index';
import type { SearchSource } from '../src/features/search/service';
import { createSearchService } from '../src/features/search/service';
import { viewAndTopicEntries } from '../src/features/search/words';
import type { Dataset } from '../src/domain/model';
import type { Membership } from '../src/domain/membership';
import type { HistoryPack } from '../src/domain/history/pack';
import type { UndlStore } from '../src/domain/undl/format';
import { buildApp, findChromium, launchChromium, serveBuild } from '../test/e2e/helpers';
import { MEMBERSHIP_FILE, PACK_FILE } from './build-history';
import { FULL_GA_ROWS, writeSyntheticGa } from './undl-synthetic';

const QUERIES = [
  'ES-11/7',
  'A/RES/ES-11/7',
  'S/RES/2774 (2025)',
  'L.11',
  'USSR',
  'turkiye',
  'Türkiye',
  'Czechoslovakia',
  'nuclear 1982',
  'human rights',
  'A/RES/2758 (XXVI)',
  'palestine',
];
const GOAL_MS = 50;

const ms = (t: number) => `${t.toFixed(2)} ms`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

async function main(args: string[]): Promise<number> {
  let rows = FULL_GA_ROWS;
  let runs = 5;
  let browser = true;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--rows') rows = Number(args[++i]);
    else if (args[i] === '--no-browser') browser = false;
    else if (args[i] === '--runs') runs = Number(args[++i]);
    else {
      process.stderr.write(`bench:search: unknown argument ${JSON.stringify(args[i])}\n`);
      return 2;
    }
  }
  if (!Number.isInteger(rows) || rows < 1 || !Number.isInteger(runs) || runs < 1) {
    process.stderr.write('bench:search: --rows and --runs need whole numbers\n');
    return 2;
  }
  const say = (line: string) => process.stdout.write(`${line}\n`);
  say(
    `bench:search — node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load ${loadavg()[0].toFixed(2)}`,
  );

  const memberships = parseMembership(readFileSync(MEMBERSHIP_FILE, 'utf8'));
  const loaded = loadDatasetText(
    readFileSync(join(import.meta.dirname, '..', 'data', 'un-votes-2025-02-24.json'), 'utf8'),
  );
  if (!loaded.ok) throw new Error('the curated day does not load');
  const day = loaded.dataset;
  const pack = decodePack(readFileSync(PACK_FILE));

  const dir = mkdtempSync(join(tmpdir(), 'un-votes-bench-search-'));
  try {
    const file = join(dir, '2026_02_06_ga_voting.csv');
    const t0 = performance.now();
    const made = writeSyntheticGa(file, memberships, { rows });
    const imported = await readUndl(createReadStream(file, { highWaterMark: 1 << 20 }), { memberships });
    say(
      `synthetic GA import: ${made.rows.toLocaleString('en')} rows, ${imported.store.decisionCount.toLocaleString('en')} votes (written and imported in ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
    );
    inNode(say, memberships, day, pack, imported.store, runs);
    if (browser) await inChromium(say, file, runs);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return 0;
}

function inNode(
  say: (line: string) => void,
  memberships: Membership[],
  day: Dataset,
  pack: HistoryPack,
  store: UndlStore,
  runs: number,
): void {
  // The indexes, in the order the dialog loads them: in the page, then in the worker.
  const service = createSearchService();
  const sources: [string, string, SearchSource][] = [
    [
      'views, states, topics',
      'page',
      {
        kind: 'entries',
        entries: [
          ...viewAndTopicEntries(),
          ...stateEntries(memberships, [
            ...day.states.map((s) => ({ key: s.code, name: s.name })),
            ...pack.states.map((s) => ({ key: s.key, name: s.name, record: s.record })),
          ]),
        ],
      },
    ],
    ['the curated day', 'page', { kind: 'entries', entries: dayDecisionEntries(day) }],
    ['the GA record 1946–2019', 'worker', { kind: 'record', record: pack }],
    ['the synthetic GA import', 'worker', { kind: 'import', store, datasetId: 'undl-ga' }],
  ];
  say('');
  say('index                         where    entries      size    build');
  let totalBytes = 0;
  let totalMs = 0;
  for (const [name, where, source] of sources) {
    const facts = service.load(name, source);
    totalBytes += facts.bytes;
    totalMs += facts.ms;
    say(
      `${name.padEnd(30)}${where.padEnd(7)}${facts.entries.toLocaleString('en').padStart(9)}${mb(facts.bytes).padStart(10)}${ms(facts.ms).padStart(12)}`,
    );
  }
  say(`${'all'.padEnd(37)}${''.padStart(9)}${mb(totalBytes).padStart(10)}${ms(totalMs).padStart(12)}`);

  // Keystroke by keystroke, as the dialog asks after each.
  const all: number[] = [];
  const allCpu: number[] = [];
  const perQuery = new Map<string, number[]>();
  const keystroke = (text: string) => {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const groups = groupHits(service.query(text, 8), 8);
    const t = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    return { t, cpu: (cpu.user + cpu.system) / 1000, groups };
  };
  for (let i = 0; i < 50; i++) keystroke(QUERIES[i % QUERIES.length]); // warm-up
  for (let run = 0; run < runs; run++) {
    for (const query of QUERIES) {
      const times = perQuery.get(query) ?? [];
      for (let n = 1; n <= query.length; n++) {
        const { t, cpu } = keystroke(query.slice(0, n));
        times.push(t);
        all.push(t);
        allCpu.push(cpu);
      }
      perQuery.set(query, times);
    }
  }
  const line = statsLine;
  say('');
  say(`time to results per keystroke (${runs} runs of each query typed a character at a time)`);
  say(`${'query'.padEnd(22)}${'keys'.padStart(6)}${'median'.padStart(11)}${'p95'.padStart(11)}${'max'.padStart(11)}`);
  for (const query of QUERIES) say(line(query, perQuery.get(query)!));
  say(line('all keystrokes', all));
  say(line('  the same, CPU time', allCpu));
  say(goalLine(all));

  say('');
  say('what they find (the best of each group; how many it shows of how many match):');
  for (const query of QUERIES) {
    const { groups } = keystroke(query);
    const best = groups
      .map((g) => `${g.kind}: ${g.hits[0].label} (${g.hits[0].tier}; ${g.hits.length} of ${g.found})`)
      .join('; ');
    say(`  ${query.padEnd(20)} ${best || 'nothing'}`);
  }
}

/**
 * The same queries in the built app in Chromium, with the synthetic file
 * imported on the import page: from each keystroke (the field's input event)
 * to the dialog showing its answer (its status no longer "Searching…"),
 * through the worker and React's render.
 */
async function inChromium(say: (line: string) => void, file: string, runs: number): Promise<void> {
  if (!findChromium()) {
    say('');
    say('Chromium not found: the browser figures are left out (set CHROMIUM_PATH).');
    return;
  }
  const buildDir = await buildApp();
  const server = await serveBuild(buildDir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.origin}/un-votes/#/import`);
    await page.getByText('None yet.').waitFor({ timeout: 30_000 });
    const t0 = Date.now();
    await page.getByLabel(/^A voting file of the UN Digital Library/).setInputFiles(file);
    await page
      .getByRole('status')
      .filter({ hasText: /^Imported / })
      .waitFor({ timeout: 600_000 });
    say('');
    say(
      `in Chromium (the built app), the synthetic file imported on the import page in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
    );
    const opened = Date.now();
    await page.keyboard.press('Control+K');
    const box = page.getByRole('combobox', { name: 'Search views, states, topics and decisions' });
    await box.waitFor();
    // Every index in: the help line names the record and the import, and nothing still loading.
    await page.waitForFunction(
      () => {
        const help = document.querySelector('.search-help')?.textContent ?? '';
        return (
          help.includes('the GA record') && help.includes('the imported GA file') && !help.includes('still loading')
        );
      },
      undefined,
      { timeout: 120_000 },
    );
    say(
      `the dialog opened and every index built (the record fetched, both in the worker) in ${((Date.now() - opened) / 1000).toFixed(1)} s`,
    );
    await page.evaluate(() => {
      const w = window as unknown as { typedAt: number; answers: number[] };
      w.answers = [];
      const input = document.querySelector('input[role="combobox"]')!;
      const status = document.querySelector('.search-status')!;
      input.addEventListener('input', () => (w.typedAt = performance.now()), { capture: true });
      new MutationObserver(() => {
        const text = status.textContent ?? '';
        if (w.typedAt > 0 && text !== '' && text !== 'Searching…') {
          w.answers.push(performance.now() - w.typedAt);
          w.typedAt = 0;
        }
      }).observe(status, { subtree: true, childList: true, characterData: true });
    });
    const perQuery = new Map<string, number[]>();
    const all: number[] = [];
    for (let run = 0; run < runs; run++) {
      for (const query of QUERIES) {
        await box.fill('');
        const times = perQuery.get(query) ?? [];
        for (const char of query) {
          const before = await page.evaluate(() => (window as unknown as { answers: number[] }).answers.length);
          await page.keyboard.type(char);
          await page.waitForFunction((n) => (window as unknown as { answers: number[] }).answers.length > n, before, {
            timeout: 10_000,
          });
          const t = await page.evaluate(() => (window as unknown as { answers: number[] }).answers.at(-1)!);
          times.push(t);
          all.push(t);
        }
        perQuery.set(query, times);
      }
    }
    say(`time from a keystroke to its results on the page (${runs} runs of each query typed a character at a time)`);
    say(`${'query'.padEnd(22)}${'keys'.padStart(6)}${'median'.padStart(11)}${'p95'.padStart(11)}${'max'.padStart(11)}`);
    for (const query of QUERIES) say(statsLine(query, perQuery.get(query)!));
    say(statsLine('all keystrokes', all));
    say(goalLine(all));
  } finally {
    await browser.close();
    await server.close();
    await rm(buildDir, { recursive: true, force: true });
  }
}

function statsLine(label: string, times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  return `${label.padEnd(22)}${String(sorted.length).padStart(6)}${ms(quantile(sorted, 0.5)).padStart(11)}${ms(quantile(sorted, 0.95)).padStart(11)}${ms(sorted.at(-1)!).padStart(11)}`;
}

function goalLine(all: number[]): string {
  const sorted = [...all].sort((a, b) => a - b);
  const worst = sorted.at(-1)!;
  return `goal: results within ${GOAL_MS} ms of a keystroke: ${worst <= GOAL_MS ? 'met' : `not met by ${all.filter((t) => t > GOAL_MS).length} of ${all.length} keystrokes`} (max ${ms(worst)}, p95 ${ms(quantile(sorted, 0.95))})`;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench:search: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  },
);
