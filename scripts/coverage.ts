/** npm run coverage: prints the coverage table of the bundled dataset (or --dataset <file>) as Markdown. */
import { readFileSync } from 'node:fs';
import { coverageMarkdown } from '../src/domain/coverage';
import { formatProblem } from '../src/domain/integrity';
import { loadDatasetText } from '../src/domain/load';
import { DEFAULT_DATASET, endQuietlyOnClosedPipe, resolveDataset } from './dataset-file';

endQuietlyOnClosedPipe(process.stdout);
const i = process.argv.indexOf('--dataset');
// Relative to the directory the command was run in, not the package root npm starts scripts in.
const file = i >= 0 ? resolveDataset(process.argv[i + 1]) : DEFAULT_DATASET;
const result = loadDatasetText(readFileSync(file, 'utf8'));
if (!result.ok) {
  process.stderr.write(
    `${file} is not a valid dataset:\n${result.problems.map((p) => `  ${formatProblem(p)}`).join('\n')}\n`,
  );
  process.exitCode = 1;
} else {
  process.stdout.write(coverageMarkdown(result.dataset));
}
