/**
 * npm run bench:alignment
 *
 * What alignment costs over the General Assembly's whole record (every
 * party: the 193 member states with their seats and the 5 former states of
 * their own, over all 6,203 decisions):
 *   - in Node: the bitsets built from the pack (`recordAlignment`), the full
 *     matrix (every pair, `agreementMatrix`), one state's ranking and a
 *     pair's years: the first run, then the median of several runs after a
 *     warm-up, in wall time and in this process's CPU time (the machine's
 *     load average is printed: wall times grow with it, CPU times hardly);
 *   - in Chromium (Debian's, driven by playwright-core, where it is found):
 *     the same, in a small page built with Vite from the same domain code.
 * Goal: the full matrix within 50 ms.
 *
 * It also prints the agreement of the United States with the Russian
 * Federation over the whole record under both abstention rules. The pair
 * joins the seat: the USSR's positions before 24 Dec 1991 and the Russian
 * Federation's after, as the state pages count them and as Voeten's data
 * codes them (one country for both); the USSR alone and the Russian
 * Federation alone are printed beside it.
 *
 * It reports figures; it is not a test: it exits 0 whatever they are (1 only
 * when it cannot run).
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import type { AbstainRule, AlignmentInput } from '../src/domain/alignment';
import {
  agreementMatrix,
  alignmentFromPositions,
  pairAgreement,
  rankByAgreement,
  recordAlignment,
  yearlyAgreement,
} from '../src/domain/alignment';
import type { HistoryPack } from '../src/domain/history/pack';
import { POSITION_CODE } from '../src/domain/history/format';
import { decodePack, statePositions } from '../src/domain/history/pack';
import { PROJECT_ROOT, chromiumCandidates, findChromium, launchChromium, serveStatic } from '../test/e2e/helpers';
import { PACK_FILE } from './build-history';

const RUNS = 15;
const WARM_UP = 5;
const GOAL_MS = 50;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const ms = (n: number) => `${n.toFixed(1)} ms`;
const pct = (x: number | null) => (x === null ? '–' : `${(100 * x).toFixed(1)}%`);
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');

interface Timing {
  first: number;
  wall: number;
  cpu: number | null;
}

/** The first run, then the median wall and CPU time of `RUNS` runs after `WARM_UP` more. */
function time(work: () => unknown): Timing {
  let t = performance.now();
  work();
  const first = performance.now() - t;
  for (let i = 0; i < WARM_UP; i++) work();
  const walls: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const c = process.cpuUsage();
    t = performance.now();
    work();
    walls.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  return { first, wall: median(walls), cpu: median(cpu) };
}

function line(label: string, t: Timing, goal?: number): void {
  const cpu = t.cpu === null ? '' : `, CPU ${ms(t.cpu)}`;
  const against = goal === undefined ? '' : `; goal ${goal} ms: ${verdict(t.wall <= goal)}`;
  console.log(`  ${label.padEnd(40)} first ${ms(t.first)}, then median ${ms(t.wall)}${cpu}${against}`);
}

function nodeFigures(pack: HistoryPack): AlignmentInput {
  console.log(`\nNode ${process.version}, ${RUNS} runs after ${WARM_UP + 1} (the first shown apart):`);
  let input = recordAlignment(pack);
  const usa = input.partyIndex.get('USA')!;
  const rus = input.partyIndex.get('RUS')!;
  line(
    'bitsets from the pack:',
    time(() => (input = recordAlignment(pack))),
  );
  const fresh = recordAlignment(pack); // its matrix's first run includes preparing the recorded words
  const full = time(() => agreementMatrix(fresh));
  line(`full matrix (${input.parties.length} × ${input.parties.length}):`, full, GOAL_MS);
  line(
    'ranking of every state with the USA:',
    time(() => rankByAgreement(input, usa, 'half')),
  );
  line(
    'USA–RUS per year:',
    time(() => yearlyAgreement(input, usa, rus, 'half')),
  );
  return input;
}

const PAGE_HTML = `<!doctype html>
<html lang="en">
  <head><meta charset="UTF-8" /><link rel="icon" href="data:," /><title>Alignment bench</title></head>
  <body><script type="module" src="./main.ts"></script></body>
</html>
`;

function pageMain(): string {
  const domain = join(PROJECT_ROOT, 'src', 'domain');
  return `import { decodePack } from ${JSON.stringify(join(domain, 'history', 'pack.ts'))};
import { agreementMatrix, rankByAgreement, recordAlignment, yearlyAgreement } from ${JSON.stringify(join(domain, 'alignment.ts'))};
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const time = (work, runs, warmUp) => {
  let t = performance.now();
  work();
  const first = performance.now() - t;
  for (let i = 0; i < warmUp; i++) work();
  const walls = [];
  for (let i = 0; i < runs; i++) { t = performance.now(); work(); walls.push(performance.now() - t); }
  return { first, wall: median(walls), cpu: null };
};
window.bench = async (url, runs, warmUp) => {
  const pack = decodePack(await (await fetch(url)).arrayBuffer());
  let input = recordAlignment(pack);
  const usa = input.partyIndex.get('USA');
  const rus = input.partyIndex.get('RUS');
  const out = {};
  out.build = time(() => (input = recordAlignment(pack)), runs, warmUp);
  const fresh = recordAlignment(pack);
  out.matrix = time(() => agreementMatrix(fresh), runs, warmUp);
  out.ranking = time(() => rankByAgreement(input, usa, 'half'), runs, warmUp);
  out.yearly = time(() => yearlyAgreement(input, usa, rus, 'half'), runs, warmUp);
  out.parties = input.parties.length;
  return out;
};
window.ready = true;
`;
}

async function chromiumFigures(browser: Browser, pack: Buffer): Promise<void> {
  await mkdir(join(PROJECT_ROOT, 'node_modules'), { recursive: true });
  const root = await mkdtemp(join(PROJECT_ROOT, 'node_modules', '.bench-alignment-'));
  try {
    await writeFile(join(root, 'index.html'), PAGE_HTML);
    await writeFile(join(root, 'main.ts'), pageMain());
    const outDir = join(root, 'dist');
    await build({
      root,
      configFile: false,
      base: './',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, target: 'es2022', sourcemap: false },
    });
    await writeFile(join(outDir, 'history.pack'), pack);
    const server = await serveStatic([{ prefix: '/bench/', dir: outDir }]);
    try {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/bench/`);
      await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
      type Out = Record<'build' | 'matrix' | 'ranking' | 'yearly', Timing> & { parties: number };
      const out = await page.evaluate(
        ([url, runs, warmUp]) =>
          (window as unknown as { bench: (u: string, r: number, w: number) => Promise<Out> }).bench(url, runs, warmUp),
        [`${server.origin}/bench/history.pack`, RUNS, WARM_UP] as const,
      );
      console.log(`\nChromium ${browser.version()}, ${RUNS} runs after ${WARM_UP + 1} (the first shown apart):`);
      line('bitsets from the pack:', out.build);
      line(`full matrix (${out.parties} × ${out.parties}):`, out.matrix, GOAL_MS);
      line('ranking of every state with the USA:', out.ranking);
      line('USA–RUS per year:', out.yearly);
    } finally {
      await server.close();
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** The United States with the Russian Federation's seat, and with each of its two holders alone. */
function usaRussia(pack: HistoryPack, input: AlignmentInput): void {
  const [first, last] = [pack.dataset.coverage.from.slice(0, 4), pack.dataset.coverage.to.slice(0, 4)];
  console.log(`\nThe United States and the Russian Federation, the whole record (${first}–${last}):`);
  const show = (label: string, a: AlignmentInput, x: number, y: number) => {
    const [half, disagree] = (['half', 'disagree'] as AbstainRule[]).map((rule) => pairAgreement(a, x, y, rule));
    console.log(
      `  ${label.padEnd(56)} ${pct(half.agreement)} (abstention half), ${pct(disagree.agreement)} (abstention disagreement); ` +
        `${half.common.toLocaleString('en')} common decisions, ${half.same.toLocaleString('en')} the same, ${half.oneAbstained.toLocaleString('en')} with one abstaining`,
    );
  };
  show(
    'USA with the seat (USSR until 24 Dec 1991, then RUS):',
    input,
    input.partyIndex.get('USA')!,
    input.partyIndex.get('RUS')!,
  );
  // Each holder alone: the pack's own columns, not joined.
  const keys = ['USA', 'SUN', 'RUS'];
  const columns = keys.map((key) => statePositions(pack, pack.stateIndex.get(key)!));
  const letters: Record<number, 'Y' | 'N' | 'A'> = {
    [POSITION_CODE.Y]: 'Y',
    [POSITION_CODE.N]: 'N',
    [POSITION_CODE.A]: 'A',
  };
  const alone = alignmentFromPositions(
    keys.map((key) => ({ key, name: key, holders: [key] })),
    Array.from({ length: pack.decisionCount }, () => 0),
    (p, d) => letters[columns[p][d]] ?? null,
  );
  show('USA with the USSR alone (SUN, 1946–1991):', alone, 0, 1);
  show('USA with the Russian Federation alone (RUS, 1991–2019):', alone, 0, 2);
}

async function main(): Promise<void> {
  const file = await readFile(PACK_FILE);
  const pack = decodePack(new Uint8Array(file));
  console.log(
    `Alignment over the record: ${pack.decisionCount.toLocaleString('en')} decisions, ${pack.stateCount} states in the pack; ` +
      `${cpus().length} CPUs, load average ${loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}`,
  );
  const input = nodeFigures(pack);
  if (findChromium() === null) {
    console.log(`\nChromium not found (tried ${chromiumCandidates().join(', ')}): no browser figures.`);
  } else {
    const browser = await launchChromium();
    try {
      await chromiumFigures(browser, file);
    } finally {
      await browser.close();
    }
  }
  usaRussia(pack, input);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
