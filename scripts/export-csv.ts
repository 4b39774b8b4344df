/**
 * npm run export:csv [-- --dataset <file>]
 * Prints the dataset as one long CSV on standard output (a row per decision
 * and eligible member state). A dataset that fails validation prints its
 * problems on standard error, nothing on standard output, and exits 1.
 * A reader that closes the pipe early (`| head`) ends the export quietly.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toCsv } from '../src/domain/csv';
import { EXPORT_COLUMNS, exportRows } from '../src/domain/export';
import { formatProblem } from '../src/domain/integrity';
import { loadDatasetText } from '../src/domain/load';
import { DEFAULT_DATASET, callerDirectory, endQuietlyOnClosedPipe, resolveDataset } from './dataset-file';

export { DEFAULT_DATASET } from './dataset-file';

const USAGE = 'usage: npm run export:csv [-- --dataset <file>]';

/**
 * The export as a function of its arguments. `cwd` is the directory relative
 * `--dataset` paths are read from: where the user ran the command.
 */
export function run(args: string[], cwd: string = callerDirectory()): { code: number; stdout: string; stderr: string } {
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
  const file = given === null ? DEFAULT_DATASET : resolveDataset(given, cwd);
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
  return { code: 0, stdout: toCsv(EXPORT_COLUMNS, exportRows(result.dataset)), stderr: '' };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  endQuietlyOnClosedPipe(process.stdout);
  const { code, stdout, stderr } = run(process.argv.slice(2));
  if (stderr) process.stderr.write(stderr);
  if (stdout) process.stdout.write(stdout);
  process.exitCode = code;
}
