/**
 * npm run export:csv [-- --dataset day|history|<file>]
 * Prints a dataset as one long CSV on standard output (a row per decision
 * and eligible member state): `day`, the curated day (the default);
 * `history`, the General Assembly's record 1946–2019; or a dataset file
 * (an imported file's too). Both are written as they are made (streamed). A dataset that fails validation prints its problems on
 * standard error, nothing on standard output, and exits 1. A reader that
 * closes the pipe early (`| head`) ends the export quietly.
 */
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { csvLine, toCsv } from '../src/domain/csv';
import { historyExportRows } from '../src/domain/history/export';
import { decodePack } from '../src/domain/history/pack';
import { EXPORT_COLUMNS, exportRows } from '../src/domain/export';
import { formatProblem } from '../src/domain/integrity';
import { loadDatasetText } from '../src/domain/load';
import { DEFAULT_DATASET, callerDirectory, endQuietlyOnClosedPipe, resolveDataset } from './dataset-file';

export { DEFAULT_DATASET } from './dataset-file';

const USAGE = 'usage: npm run export:csv [-- --dataset day|history|<file>]';

/** The record's pack, as the app fetches it. */
export const HISTORY_PACK = fileURLToPath(new URL('../public/data/history.pack', import.meta.url));

export interface Export {
  code: number;
  stdout: string;
  stderr: string;
  /** A large export's lines, written as they are made instead of held as one string. */
  lines?: Iterable<string>;
}

/**
 * The export as a function of its arguments. `cwd` is the directory relative
 * `--dataset` paths are read from: where the user ran the command.
 */
export function run(args: string[], cwd: string = callerDirectory(), options: { stream?: boolean } = {}): Export {
  let given: string | null = null;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--dataset') {
      const next = args[++i];
      if (!next) return { code: 2, stdout: '', stderr: 'export:csv: --dataset needs a file name\n' };
      if (given !== null) {
        return {
          code: 2,
          stdout: '',
          stderr: `export:csv: --dataset is given twice (${JSON.stringify(given)} and ${JSON.stringify(next)}); give one file\n`,
        };
      }
      given = next;
    } else if (args[i] === '--help' || args[i] === '-h') {
      return { code: 0, stdout: `${USAGE}\n`, stderr: '' };
    } else {
      return {
        code: 2,
        stdout: '',
        stderr: `export:csv: unknown argument ${JSON.stringify(args[i])}; ${USAGE}\n`,
      };
    }
  }
  if (given === 'history') return exportHistory();
  const file = given === null || given === 'day' ? DEFAULT_DATASET : resolveDataset(given, cwd);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { code: 1, stdout: '', stderr: `export:csv: cannot read ${file}: ${(error as Error).message}\n` };
  }
  const result = loadDatasetText(text);
  if (!result.ok) {
    const lines = result.problems.map((p) => `  ${formatProblem(p)}`);
    return {
      code: 1,
      stdout: '',
      stderr: `export:csv: ${file} is not a valid dataset (${lines.length} problem${lines.length === 1 ? '' : 's'}):\n${lines.join('\n')}\n`,
    };
  }
  if (!options.stream) return { code: 0, stdout: toCsv(EXPORT_COLUMNS, exportRows(result.dataset)), stderr: '' };
  // The command writes a large dataset (an imported file: a million rows) as it makes it, never as one string.
  const { dataset } = result;
  function* lines(): Generator<string> {
    yield `${csvLine(EXPORT_COLUMNS)}\r\n`;
    for (const row of exportRows(dataset)) yield `${csvLine(row)}\r\n`;
  }
  return { code: 0, stdout: '', stderr: '', lines: lines() };
}

/** The record: its pack read and checked whole before the first line is written. */
function exportHistory(): Export {
  let pack: ReturnType<typeof decodePack>;
  try {
    pack = decodePack(readFileSync(HISTORY_PACK));
  } catch (error) {
    return { code: 1, stdout: '', stderr: `export:csv: ${HISTORY_PACK}: ${(error as Error).message}\n` };
  }
  const day = loadDatasetText(readFileSync(DEFAULT_DATASET, 'utf8'));
  const groups = new Map(day.ok ? day.dataset.states.map((s) => [s.code, s.regionalGroup]) : []);
  function* lines(): Generator<string> {
    yield `${csvLine(EXPORT_COLUMNS)}\r\n`;
    for (const row of historyExportRows(pack, groups)) yield `${csvLine(row)}\r\n`;
  }
  return { code: 0, stdout: '', stderr: '', lines: lines() };
}

/** Writes lines in blocks of about a megabyte, waiting whenever the reader is behind. */
async function writeLines(out: NodeJS.WritableStream, lines: Iterable<string>): Promise<void> {
  let block = '';
  for (const line of lines) {
    block += line;
    if (block.length >= 1 << 20) {
      if (!out.write(block)) await once(out, 'drain');
      block = '';
    }
  }
  if (block) out.write(block);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  endQuietlyOnClosedPipe(process.stdout);
  const { code, stdout, stderr, lines } = run(process.argv.slice(2), callerDirectory(), { stream: true });
  if (stderr) process.stderr.write(stderr);
  if (stdout) process.stdout.write(stdout);
  if (lines) await writeLines(process.stdout, lines);
  process.exitCode = code;
}
