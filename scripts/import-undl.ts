/**
 * npm run import:undl -- <file.csv> [--out dataset.json]
 *
 * Imports a UN Digital Library voting file (General Assembly or Security
 * Council, either header version; `src/domain/undl/`) and writes it as a
 * dataset file of schema version 2, which `npm run export:csv -- --dataset
 * <file>` and the app read. Without `--out`, the dataset is written beside
 * where the command runs, named after the input (`2026_02_06_ga_voting.json`).
 *
 * The file is read as a stream; its SHA-256 goes into the provenance. It
 * prints what came in: votes, positions, years, rows left out and votes
 * flagged, each with its line. A file that cannot be imported (empty, an
 * unknown header, truncated, not CSV) or a dataset that does not validate
 * stops it with the line and the reason, exit code 1, and nothing written:
 * the dataset is written to a temporary file beside the output and renamed
 * only when it is complete.
 */
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCsv } from '../src/domain/csvReader';
import { formatProblem } from '../src/domain/integrity';
import { loadDataset } from '../src/domain/load';
import { parseMembership } from '../src/domain/membership';
import type { RegionalGroup } from '../src/domain/schema';
import { REGIONAL_GROUPS } from '../src/domain/schema';
import type { GroupOf } from '../src/domain/undl/dataset';
import { undlDataset } from '../src/domain/undl/dataset';
import type { UndlImport } from '../src/domain/undl/format';
import { UndlError, readUndl } from '../src/domain/undl/reader';
import { MEMBERSHIP_FILE } from './build-history';
import { callerDirectory, resolveDataset } from './dataset-file';

export const GROUPS_FILE = fileURLToPath(new URL('../data/sources/un-regional-groups.csv', import.meta.url));

const USAGE = 'usage: npm run import:undl -- <file.csv> [--out dataset.json]';

/** How many rejected rows and flagged votes the summary lists one by one. */
const LISTED = 20;

/** The regional groups of the current members, from `un-regional-groups.csv`. */
export function readGroups(text: string): Map<string, GroupOf> {
  const [header, ...rows] = readCsv(text);
  const at = (name: string) => header.fields.indexOf(name);
  const [code, listed, electoral] = [at('iso3'), at('listed_in'), at('electoral_group')];
  const isGroup = (g: string): g is RegionalGroup => (REGIONAL_GROUPS as readonly string[]).includes(g);
  const groups = new Map<string, GroupOf>();
  for (const { fields, line } of rows) {
    if (fields.length === 1 && fields[0] === '') continue;
    const listedIn = fields[listed].split(';').map((g) => g.trim());
    const regionalGroup = fields[electoral].trim();
    if (!isGroup(regionalGroup) || !listedIn.every(isGroup)) {
      throw new Error(`un-regional-groups.csv, line ${line}: not a UN regional group`);
    }
    groups.set(fields[code], { regionalGroup, listedIn });
  }
  return groups;
}

export interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** The import as a function of its arguments; `cwd` is where relative paths are read from and written to. */
export async function run(args: string[], cwd: string = callerDirectory()): Promise<Result> {
  let input: string | null = null;
  let out: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--out') {
      const value = args[++i];
      if (!value) return { code: 2, stdout: '', stderr: `import:undl: --out needs a file name; ${USAGE}\n` };
      out = value;
    } else if (arg === '--help' || arg === '-h') {
      return { code: 0, stdout: `${USAGE}\n`, stderr: '' };
    } else if (arg.startsWith('-')) {
      return { code: 2, stdout: '', stderr: `import:undl: unknown argument ${JSON.stringify(arg)}; ${USAGE}\n` };
    } else if (input !== null) {
      return { code: 2, stdout: '', stderr: `import:undl: one file at a time; ${USAGE}\n` };
    } else {
      input = arg;
    }
  }
  if (input === null) return { code: 2, stdout: '', stderr: `import:undl: which file? ${USAGE}\n` };
  const file = resolveDataset(input, cwd);
  const target = resolveDataset(out ?? `${basename(file).replace(/\.csv$/i, '')}.json`, cwd);
  const fail = (message: string): Result => ({
    code: 1,
    stdout: '',
    stderr: `import:undl: ${message}\nNothing was written.\n`,
  });

  let bytes: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) return fail(`${file} is not a file`);
    bytes = info.size;
  } catch (error) {
    return fail(`cannot read ${file}: ${(error as Error).message}`);
  }

  let imported: UndlImport;
  const hash = createHash('sha256');
  try {
    const memberships = parseMembership(readFileSync(MEMBERSHIP_FILE, 'utf8'));
    async function* chunks() {
      for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
        hash.update(chunk);
        yield chunk;
      }
    }
    imported = await readUndl(chunks(), { memberships });
  } catch (error) {
    if (error instanceof UndlError) return fail(`${file}, line ${error.line}: ${error.reason}`);
    return fail(`${file}: ${(error as Error).message}`);
  }

  let json: string;
  try {
    const dataset = undlDataset(imported, {
      file: { name: basename(file), bytes, sha256: hash.digest('hex') },
      groups: readGroups(readFileSync(GROUPS_FILE, 'utf8')),
    });
    const check = loadDataset(dataset);
    if (!check.ok) {
      const lines = check.problems.slice(0, LISTED).map((p) => `  ${formatProblem(p)}`);
      const more = check.problems.length > LISTED ? `\n  … and ${check.problems.length - LISTED} more` : '';
      return fail(
        `${file}: the dataset made from it does not validate (${check.problems.length} problem${check.problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}${more}`,
      );
    }
    json = `${JSON.stringify(dataset, null, 1)}\n`;
  } catch (error) {
    return fail(`${file}: ${(error as Error).message}`);
  }

  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, json);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    return fail(`cannot write ${target}: ${(error as Error).message}`);
  }
  return { code: 0, stdout: summary(imported, file, target), stderr: '' };
}

/** What came in, for the terminal. */
export function summary({ report }: UndlImport, file: string, target: string): string {
  const n = (x: number) => x.toLocaleString('en');
  const body = report.body === 'GA' ? 'General Assembly' : 'Security Council';
  const years = report.years;
  const lines = [
    `Wrote ${target}`,
    `  from ${file}: ${body} file, header version ${report.headerVersion}, ${n(report.rows)} rows`,
    `  ${n(report.votes)} votes, ${report.from} to ${report.to} (${years.length} year${years.length === 1 ? '' : 's'}, ${years[0]}–${years.at(-1)})`,
    `  ${n(report.positions)} positions: ${n(report.byPosition.Y)} Y, ${n(report.byPosition.N)} N, ${n(report.byPosition.A)} A, ${n(report.byPosition.X)} X`,
  ];
  if (report.withoutVote > 0) lines.push(`  ${n(report.withoutVote)} adopted without a vote`);
  if (report.withoutPositions > 0) lines.push(`  ${n(report.withoutPositions)} with totals but no positions`);
  lines.push(`  ${n(report.rejected)} row${report.rejected === 1 ? '' : 's'} left out`);
  for (const r of report.rejectedRows.slice(0, LISTED)) lines.push(`    line ${r.line}: ${r.reason}`);
  if (report.rejected > LISTED) lines.push(`    … and ${n(report.rejected - LISTED)} more`);
  lines.push(`  ${n(report.flagged.length)} vote${report.flagged.length === 1 ? '' : 's'} flagged`);
  for (const f of report.flagged.slice(0, LISTED)) {
    lines.push(`    line ${f.line}: ${f.symbol || `record ${f.undlId}`} (${f.undlId}): ${f.reasons.join('; ')}`);
  }
  if (report.flagged.length > LISTED) lines.push(`    … and ${n(report.flagged.length - LISTED)} more`);
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { code, stdout, stderr } = await run(process.argv.slice(2));
  if (stderr) process.stderr.write(stderr);
  if (stdout) process.stdout.write(stdout);
  process.exitCode = code;
}
