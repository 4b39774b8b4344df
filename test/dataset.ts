/** The bundled dataset, loaded as the app loads it, for tests. */
import { readFileSync } from 'node:fs';
import type { Dataset, Decision } from '../src/domain/model';
import { loadDatasetText } from '../src/domain/load';

export const DATASET_FILE = new URL('../data/un-votes-2025-02-24.json', import.meta.url);

export function bundledDataset(): Dataset {
  const result = loadDatasetText(readFileSync(DATASET_FILE, 'utf8'));
  if (!result.ok) throw new Error(`the bundled dataset must load: ${JSON.stringify(result.problems)}`);
  return result.dataset;
}

export function decisionOf(dataset: Dataset, id: string): Decision {
  const i = dataset.decisionIndex.get(id);
  if (i === undefined) throw new Error(`no decision ${id}`);
  return dataset.decisions[i];
}
