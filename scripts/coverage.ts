/** npm run coverage: prints the coverage table of the bundled dataset (or --dataset <file>) as Markdown. */
import { readFileSync } from 'node:fs';
import { coverageMarkdown } from '../src/domain/coverage';
import { formatProblem } from '../src/domain/integrity';
import { loadDatasetText } from '../src/domain/load';
import { DEFAULT_DATASET } from './export-csv';

const i = process.argv.indexOf('--dataset');
const file = i >= 0 ? process.argv[i + 1] : DEFAULT_DATASET;
const result = loadDatasetText(readFileSync(file, 'utf8'));
if (!result.ok) {
  process.stderr.write(
    `${file} is not a valid dataset:\n${result.problems.map((p) => `  ${formatProblem(p)}`).join('\n')}\n`,
  );
  process.exitCode = 1;
} else {
  process.stdout.write(coverageMarkdown(result.dataset));
}
