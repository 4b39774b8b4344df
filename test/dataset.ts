/** The bundled dataset, loaded as the app loads it, for tests. */
import { readFileSync } from 'node:fs';
import type { Dataset, Decision } from '../src/domain/model';
import { expect } from 'vitest';
import type { Problem } from '../src/domain/integrity';
import { loadDataset, loadDatasetText } from '../src/domain/load';
import type { DatasetFile } from '../src/domain/schema';

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

/** The bundled file as parsed JSON, typed as the schema says. */
export function bundledFile(): DatasetFile {
  return JSON.parse(readFileSync(DATASET_FILE, 'utf8')) as DatasetFile;
}

/** A deep copy of the bundled file with some changes, for bad-dataset tests. */
export function mutatedFile(change: (d: DatasetFile) => void): DatasetFile {
  const copy = bundledFile();
  change(copy);
  return copy;
}

/** The problems of a dataset that must not load; fails the test if it loads or returns a dataset. */
export function problemsOf(json: unknown): Problem[] {
  const result = loadDataset(json);
  expect(result.ok).toBe(false);
  expect(result).not.toHaveProperty('dataset');
  return result.ok ? [] : result.problems;
}
