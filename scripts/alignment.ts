/**
 * npm run -s alignment -- [--dataset day|history|<file>] [--from YYYY] [--to YYYY] [--topic T] [--abstain half|disagree]
 *
 * Prints the agreement of every pair of states as CSV on standard output,
 * each pair once: `state_a,state_b,common,same,one_abstained,agreement`.
 * `common` counts the decisions where both took a position (Y, N or A),
 * `same` those where they took the same one, `one_abstained` those where one
 * abstained and the other voted yes or no; `agreement` is a fraction 0–1,
 * (same + ½ one_abstained) / common under `--abstain half` (the default,
 * Voeten's index), same / common under `--abstain disagree`, and empty where
 * common is 0.
 *
 * The dataset is `day`, the curated day (the default); `history`, the
 * General Assembly's record 1946–2019, where each member state counts with
 * its seat (the Russian Federation with the USSR's positions before 24 Dec
 * 1991) and the former states no member continued are states of their own;
 * or a dataset file. `--from` and `--to` choose the decisions by year,
 * `--topic` by the record's topic (me, nu, di, hr, co, ec; the record only).
 * A wrong argument exits 2, a dataset that cannot be read or is not valid 1,
 * each with the reason on standard error and nothing on standard output.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AbstainRule, AlignmentInput } from '../src/domain/alignment';
import {
  ABSTAIN_RULES,
  PAIRS_HEADER,
  agreementMatrix,
  dayAlignment,
  pairRows,
  partiesByKey,
  recordAlignment,
} from '../src/domain/alignment';
import { toCsv } from '../src/domain/csv';
import { decodePack } from '../src/domain/history/pack';
import { TOPIC_CODES } from '../src/domain/history/vocabulary';
import { formatProblem } from '../src/domain/integrity';
import { loadDatasetText } from '../src/domain/load';
import { DEFAULT_DATASET, callerDirectory, endQuietlyOnClosedPipe, resolveDataset } from './dataset-file';
import { HISTORY_PACK } from './export-csv';

const USAGE =
  'usage: npm run -s alignment -- [--dataset day|history|<file>] [--from YYYY] [--to YYYY] [--topic T] [--abstain half|disagree]';

export interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

interface Options {
  dataset: string | null;
  from: number | null;
  to: number | null;
  topic: string | null;
  abstain: AbstainRule;
}

const fail = (code: number, message: string): Result => ({ code, stdout: '', stderr: `alignment: ${message}\n` });

/** The arguments, or the reason they are wrong. */
function parseArgs(args: string[]): Options | Result {
  const given = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const name = args[i];
    if (name === '--help' || name === '-h') return { code: 0, stdout: `${USAGE}\n`, stderr: '' };
    if (!['--dataset', '--from', '--to', '--topic', '--abstain'].includes(name)) {
      return fail(2, `unknown argument ${JSON.stringify(name)}; ${USAGE}`);
    }
    const value = args[++i];
    if (value === undefined || value.startsWith('--')) return fail(2, `${name} needs a value; ${USAGE}`);
    if (given.has(name)) {
      return fail(2, `${name} is given twice (${JSON.stringify(given.get(name))} and ${JSON.stringify(value)})`);
    }
    given.set(name, value);
  }
  const years: Record<string, number | null> = {};
  for (const name of ['--from', '--to']) {
    const value = given.get(name);
    if (value !== undefined && !/^(19|20)[0-9]{2}$/.test(value)) {
      return fail(2, `${name} ${JSON.stringify(value)} is not a year (YYYY)`);
    }
    years[name] = value === undefined ? null : Number(value);
  }
  const from = years['--from'];
  const to = years['--to'];
  if (from !== null && to !== null && from > to) return fail(2, `--from ${from} is after --to ${to}`);
  const topic = given.get('--topic') ?? null;
  if (topic !== null && !(TOPIC_CODES as readonly string[]).includes(topic)) {
    return fail(2, `--topic ${JSON.stringify(topic)} is not one of ${TOPIC_CODES.join(', ')}`);
  }
  const abstain = given.get('--abstain') ?? 'half';
  if (!(ABSTAIN_RULES as readonly string[]).includes(abstain)) {
    return fail(2, `--abstain ${JSON.stringify(abstain)} is not half or disagree`);
  }
  const dataset = given.get('--dataset') ?? null;
  if (topic !== null && dataset !== 'history') {
    return fail(2, `--topic chooses decisions of the record: use it with --dataset history`);
  }
  return { dataset, from, to, topic, abstain: abstain as AbstainRule };
}

/** The positions to compare, from the dataset the options name, or why there are none. */
function readInput(options: Options, cwd: string, packFile: string): AlignmentInput | Result {
  if (options.dataset === 'history') {
    try {
      const pack = decodePack(readFileSync(packFile));
      return recordAlignment(pack, { fromYear: options.from, toYear: options.to, topic: options.topic });
    } catch (error) {
      return fail(1, `${packFile}: ${(error as Error).message}`);
    }
  }
  const file =
    options.dataset === null || options.dataset === 'day' ? DEFAULT_DATASET : resolveDataset(options.dataset, cwd);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return fail(1, `cannot read ${file}: ${(error as Error).message}`);
  }
  const result = loadDatasetText(text);
  if (!result.ok) {
    const lines = result.problems.map((p) => `  ${formatProblem(p)}`);
    return fail(
      1,
      `${file} is not a valid dataset (${lines.length} problem${lines.length === 1 ? '' : 's'}):\n${lines.join('\n')}`,
    );
  }
  return dayAlignment(result.dataset, { fromYear: options.from, toYear: options.to });
}

/**
 * The command as a function of its arguments. `cwd` is the directory a
 * relative `--dataset` path is read from: where the user ran the command;
 * `packFile` the record's pack.
 */
export function run(args: string[], cwd: string = callerDirectory(), packFile: string = HISTORY_PACK): Result {
  const options = parseArgs(args);
  if ('code' in options) return options;
  const input = readInput(options, cwd, packFile);
  if ('code' in input) return input;
  // Pairs in order of key, the first key before the second.
  const matrix = agreementMatrix(input, partiesByKey(input));
  return { code: 0, stdout: toCsv(PAIRS_HEADER, pairRows(input.parties, matrix, options.abstain)), stderr: '' };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  endQuietlyOnClosedPipe(process.stdout);
  const { code, stdout, stderr } = run(process.argv.slice(2));
  if (stderr) process.stderr.write(stderr);
  if (stdout) process.stdout.write(stdout);
  process.exitCode = code;
}
