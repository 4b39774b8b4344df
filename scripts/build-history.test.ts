import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { PACK_FILE, SOURCE_DIR, SOURCE_FILES, buildHistory, run } from './build-history';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of the sources in a temp dir, with files replaced; and an output path there. */
function sources(replace: Partial<Record<(typeof SOURCE_FILES)[number], Buffer>> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'build-history-'));
  dirs.push(dir);
  for (const f of SOURCE_FILES) {
    const replacement = replace[f];
    if (replacement) writeFileSync(join(dir, f), replacement);
    else copyFileSync(join(SOURCE_DIR, f), join(dir, f));
  }
  return { dir, out: join(dir, 'history.pack') };
}

describe('the committed pack', () => {
  it('is exactly what npm run build:history builds from the committed sources', async () => {
    const fresh = await buildHistory();
    const committed = readFileSync(PACK_FILE);
    expect(fresh.bytes.length).toBe(committed.length);
    expect(Buffer.from(fresh.bytes).equals(committed)).toBe(true);
  }, 60_000);
});

describe('npm run build:history rejects a bad source and writes nothing', () => {
  it('a truncated .gz, naming the file', async () => {
    const gz = readFileSync(join(SOURCE_DIR, 'un_roll_calls.csv.gz'));
    const { dir, out } = sources({ 'un_roll_calls.csv.gz': gz.subarray(0, gz.length >> 1) });
    const result = await run(['--source', dir, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      new RegExp(
        `^build:history: ${join(dir, 'un_roll_calls.csv.gz')}, line \\d+: the file cannot be read: the gzip data ends early: the file is truncated`,
      ),
    );
    expect(result.stderr).toMatch(/Nothing was written\.\n$/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).sort()).toEqual([...SOURCE_FILES].sort());
  });

  it('a file that is not gzip at all', async () => {
    const { dir, out } = sources({ 'un_roll_calls.csv.gz': Buffer.from('rcid,session,date\n') });
    const result = await run(['--source', dir, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /un_roll_calls\.csv\.gz, line 1: the file cannot be read: the file is not valid gzip data/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('a row with a bad position, with the file and the line, and leaves an existing pack as it was', async () => {
    const votes = 'rcid,country,country_code,vote\n3,United States,US,yes\n3,Canada,CA,maybe\n';
    const { dir, out } = sources({ 'un_votes.csv.gz': gzipSync(votes) });
    writeFileSync(out, 'the previous pack');
    const result = await run(['--source', dir, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `build:history: ${join(dir, 'un_votes.csv.gz')}, line 3: vote: "maybe" is not a position (yes, no or abstain)\nNothing was written.\n`,
    );
    expect(readFileSync(out, 'utf8')).toBe('the previous pack');
    expect(readdirSync(dir).sort()).toEqual([...SOURCE_FILES, 'history.pack'].sort());
  });

  it('a missing column', async () => {
    const header = 'rcid,session,importantvote,unres,amend,para,short,descr';
    const { dir, out } = sources({ 'un_roll_calls.csv.gz': gzipSync(`${header}\n3,1,0,R/1/66,1,0,A,B\n`) });
    const result = await run(['--source', dir, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/un_roll_calls\.csv\.gz, line 1: missing column date \(the header has rcid, session/);
    expect(existsSync(out)).toBe(false);
  });

  it('exits non-zero from the command line', () => {
    const votes = 'rcid,country,country_code,vote\n3,Namibia,NA,nope\n';
    const { dir, out } = sources({ 'un_votes.csv.gz': gzipSync(votes) });
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'scripts', 'build-history.ts'), '--source', dir, '--out', out],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(child.status).toBe(1);
    expect(child.stderr).toMatch(/un_votes\.csv\.gz, line 2: vote: "nope" is not a position/);
    expect(existsSync(out)).toBe(false);
  }, 30_000);

  it('an unknown argument', async () => {
    expect((await run(['--sauce', 'x'])).code).toBe(2);
  });
});
