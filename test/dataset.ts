/** The bundled dataset, loaded as the app loads it, for tests. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dataset, Decision } from '../src/domain/model';
import { expect } from 'vitest';
import type { Problem } from '../src/domain/integrity';
import { loadDataset, loadDatasetText } from '../src/domain/load';
import type { DatasetFile, DecisionRecord, Position } from '../src/domain/schema';

/** A path, not a URL: under jsdom the global URL is not the one node:fs accepts. */
export const DATASET_FILE = join(dirname(fileURLToPath(import.meta.url)), '../data/un-votes-2025-02-24.json');

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

/** A decision of a dataset file found by its id, never by its place in the file. */
export function recordOf(file: Pick<DatasetFile, 'decisions'>, id: string): DecisionRecord {
  const record = file.decisions.find((d) => d.id === id);
  if (!record) throw new Error(`no decision ${id}`);
  return record;
}

/** The JSON path of a decision of the bundled file, found by its id: `decisions[11]`. */
export function pathOf(id: string): string {
  const i = bundledFile().decisions.findIndex((d) => d.id === id);
  if (i < 0) throw new Error(`no decision ${id}`);
  return `decisions[${i}]`;
}

/** The index of the first position list of a decision with this position that cites this source. */
export function listIndex(record: DecisionRecord, position: Position, source: string): number {
  const i = record.positionLists.findIndex(
    (l) => l.position === position && l.citations.some((c) => c.source === source),
  );
  if (i < 0) throw new Error(`${record.id} has no list of ${position} citing ${source}`);
  return i;
}
