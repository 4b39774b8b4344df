import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture } from '../test/history';
import { run } from './alignment';
import { DEFAULT_DATASET } from './dataset-file';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const HEADER = 'state_a,state_b,common,same,one_abstained,agreement';
type Row = Record<string, string>;
const readCsv = (text: string): Row[] => parse(text, { columns: true }) as Row[];
const pairOf = (rows: Row[], a: string, b: string) =>
  rows.find((r) => (r.state_a === a && r.state_b === b) || (r.state_a === b && r.state_b === a));

interface DatasetJson {
  membership: { states: { code: string }[] };
  decisions: { id: string; body: string; positionLists: { position: string; states: string[] }[] }[];
  questions: unknown[];
}
const shipped = (): DatasetJson => JSON.parse(readFileSync(DEFAULT_DATASET, 'utf8'));

/**
 * The pairs of a dataset file counted here from its position lists alone:
 * a state named with one position (by any number of lists) has it; one
 * named with two is disputed and takes no part, as does one never named.
 */
function countedHere(json: DatasetJson): Map<string, { common: number; same: number; one: number }> {
  const perDecision = json.decisions.map((d) => {
    const claims = new Map<string, Set<string>>();
    for (const list of d.positionLists) {
      for (const code of list.states) claims.set(code, (claims.get(code) ?? new Set()).add(list.position));
    }
    return new Map(
      [...claims].filter(([, set]) => set.size === 1 && !set.has('X')).map(([code, set]) => [code, [...set][0]]),
    );
  });
  const codes = json.membership.states.map((s) => s.code).sort();
  const out = new Map<string, { common: number; same: number; one: number }>();
  for (let i = 0; i < codes.length; i++) {
    for (let j = i + 1; j < codes.length; j++) {
      const c = { common: 0, same: 0, one: 0 };
      for (const positions of perDecision) {
        const [a, b] = [positions.get(codes[i]), positions.get(codes[j])];
        if (!a || !b) continue;
        c.common++;
        if (a === b) c.same++;
        else if (a === 'A' || b === 'A') c.one++;
      }
      out.set(`${codes[i]},${codes[j]}`, c);
    }
  }
  return out;
}

/** n / d to six decimals, half up, in integers: `exactSixPlaces(5, 6)` → '0.833333'. */
function exactSixPlaces(n: number, d: number): string {
  const millionths = Math.floor((2_000_000 * n + d) / (2 * d));
  return String(millionths / 1e6);
}

describe('alignment on the curated day (the default)', () => {
  const result = run([]);
  const rows = readCsv(result.stdout);

  it('exits 0 with the CSV on stdout, header first, nothing on stderr', () => {
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.startsWith(`${HEADER}\r\n`)).toBe(true);
    expect(run(['--dataset', 'day'])).toEqual(result);
  });

  it('has every pair of the 193 members once, the first key before the second', () => {
    expect(rows).toHaveLength((193 * 192) / 2);
    const pairs = new Set(rows.map((r) => `${r.state_a},${r.state_b}`));
    expect(pairs.size).toBe(rows.length);
    for (const r of rows) expect(r.state_a < r.state_b).toBe(true);
  });

  it('gives every pair the counts of its position lists, and the agreement from them', () => {
    const expected = countedHere(shipped());
    const wrong: string[] = [];
    for (const r of rows) {
      const c = expected.get(`${r.state_a},${r.state_b}`)!;
      const agreement = c.common === 0 ? '' : exactSixPlaces(2 * c.same + c.one, 2 * c.common);
      const line = [r.state_a, r.state_b, c.common, c.same, c.one, agreement].join(',');
      if (line !== Object.values(r).join(',')) wrong.push(`${Object.values(r).join(',')} (expected ${line})`);
    }
    expect(wrong).toEqual([]);
  });

  it('the United States and the Russian Federation: No–No, No–Abstain, Yes–Yes', () => {
    expect(pairOf(rows, 'USA', 'RUS')).toEqual({
      state_a: 'RUS',
      state_b: 'USA',
      common: '3',
      same: '2',
      one_abstained: '1',
      agreement: '0.833333',
    });
    expect(pairOf(readCsv(run(['--abstain', 'disagree']).stdout), 'USA', 'RUS')!.agreement).toBe('0.666667');
    // Egypt's position on ES-11/7 is disputed: no common decision, no agreement.
    expect(pairOf(rows, 'USA', 'EGY')).toMatchObject({ common: '0', agreement: '' });
  });

  it('--from and --to choose decisions by year: none of the day in 2024', () => {
    const none = readCsv(run(['--to', '2024']).stdout);
    expect(none).toHaveLength(rows.length);
    expect(none.every((r) => r.common === '0' && r.agreement === '')).toBe(true);
    expect(run(['--from', '2025', '--to', '2025']).stdout).toBe(result.stdout);
  });
});

describe('alignment on small fixtures', () => {
  let dir: string;
  let pack: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'alignment-test-'));
    pack = join(dir, 'fixture.pack');
    writeFileSync(pack, (await buildFixture()).bytes);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a dataset file of two decisions: counted from its lists', () => {
    const json = shipped();
    json.decisions = json.decisions.filter((d) => d.id === 'ga-l10' || d.id === 'sc-s2025-112');
    json.questions = [];
    writeFileSync(join(dir, 'two.json'), JSON.stringify(json));
    const result = run(['--dataset', 'two.json'], dir);
    expect(result.stderr).toBe('');
    const rows = readCsv(result.stdout);
    const expected = countedHere(json);
    for (const r of rows) {
      const c = expected.get(`${r.state_a},${r.state_b}`)!;
      expect([r.common, r.same, r.one_abstained], `${r.state_a},${r.state_b}`).toEqual(
        [c.common, c.same, c.one].map(String),
      );
    }
    // By hand: No and Yes together in both.
    expect(pairOf(rows, 'USA', 'RUS')).toMatchObject({ common: '2', same: '2', one_abstained: '0', agreement: '1' });
    // The United Kingdom: Yes against No on ES-11/7, abstained on 2774 against the United States' Yes.
    expect(pairOf(rows, 'USA', 'GBR')).toMatchObject({ common: '2', same: '0', one_abstained: '1', agreement: '0.25' });
  });

  it('a small record: the USSR in the Russian Federation’s seat, by year and topic, both rules', () => {
    const history = (...args: string[]) => readCsv(run(['--dataset', 'history', ...args], dir, pack).stdout);
    const all = history();
    expect(all).toHaveLength((198 * 197) / 2);
    expect(all.some((r) => r.state_a === 'SUN' || r.state_b === 'SUN')).toBe(false);
    // 1950 Y–N, Dec 1991 N–A (the USSR), 1992 Y–Y (the Russian Federation).
    expect(pairOf(all, 'USA', 'RUS')).toEqual({
      state_a: 'RUS',
      state_b: 'USA',
      common: '3',
      same: '1',
      one_abstained: '1',
      agreement: '0.5',
    });
    expect(pairOf(history('--abstain', 'disagree'), 'USA', 'RUS')!.agreement).toBe('0.333333');
    expect(pairOf(history('--from', '1991'), 'USA', 'RUS')).toMatchObject({ common: '2', agreement: '0.75' });
    expect(pairOf(history('--to', '1990'), 'USA', 'RUS')).toMatchObject({ common: '1', agreement: '0' });
    // Colonialism: 1950 (Y–N) and 2019 (the Russian Federation absent).
    expect(pairOf(history('--topic', 'co'), 'USA', 'RUS')).toMatchObject({ common: '1', same: '0', agreement: '0' });
    // Namibia, not a member in 1950: only 2019 (Y against No).
    expect(pairOf(all, 'USA', 'NAM')).toMatchObject({ common: '1', same: '0', one_abstained: '0', agreement: '0' });
  });

  it('a pack that cannot be read exits 1 with the reason', () => {
    writeFileSync(join(dir, 'bad.pack'), 'not a pack');
    const result = run(['--dataset', 'history'], dir, join(dir, 'bad.pack'));
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toContain("The record's pack cannot be read");
  });

  it('a dataset that is not valid, or not there, exits 1 with nothing on stdout', () => {
    writeFileSync(join(dir, 'not-json.json'), '{"schemaVersion": 2,');
    const invalid = run(['--dataset', 'not-json.json'], dir);
    expect(invalid).toMatchObject({ code: 1, stdout: '' });
    expect(invalid.stderr).toMatch(/is not a valid dataset \(1 problem\):\n {2}the file is not valid JSON/);
    const missing = run(['--dataset', 'missing.json'], dir);
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr).toContain(`cannot read ${join(dir, 'missing.json')}`);
  });
});

describe('alignment arguments', () => {
  it.each([
    [['--format', 'tsv'], 'unknown argument "--format"'],
    [['--from'], '--from needs a value'],
    [['--from', '--to', '2000'], '--from needs a value'],
    [['--from', '19'], '--from "19" is not a year (YYYY)'],
    [['--to', '2000x'], '--to "2000x" is not a year (YYYY)'],
    [['--from', '2001', '--to', '2000'], '--from 2001 is after --to 2000'],
    [['--abstain', 'zero'], '--abstain "zero" is not half or disagree'],
    [['--dataset', 'history', '--topic', 'xx'], '--topic "xx" is not one of me, nu, di, hr, co, ec'],
    [['--topic', 'co'], '--topic chooses decisions of the record: use it with --dataset history'],
    [['--dataset', 'a.json', '--dataset', 'b.json'], '--dataset is given twice ("a.json" and "b.json")'],
  ])('%j → code 2: %s', (args, message) => {
    const result = run(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`alignment: ${message}`);
  });

  it.each([['--help'], ['-h']])('%s prints the usage and exits 0', (flag) => {
    const result = run([flag]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^usage: npm run -s alignment -- \[--dataset day\|history\|<file>\]/);
  });
});

describe('the real command', () => {
  it('npm run -s alignment prints the same CSV', () => {
    const options = { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 60_000 } as const;
    const child = spawnSync('npm', ['run', '-s', 'alignment', '--', '--abstain', 'disagree'], options);
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    expect(child.stdout).toBe(run(['--abstain', 'disagree']).stdout);
  }, 60_000);
});
