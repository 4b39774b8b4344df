/**
 * The one way a dataset enters: parse (zod), check references, build the
 * model, check the rules. Bad input gives the list of problems with their
 * paths; nothing half-built escapes.
 */
import type { Dataset } from './model';
import { buildDataset } from './model';
import type { Problem } from './integrity';
import { checkReferences, checkRules } from './integrity';
import type { DatasetFile } from './schema';
import { SUPPORTED_SCHEMA_VERSIONS, datasetSchema, datasetV1Schema } from './schema';
import { migrateV1 } from './migrate';

export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

/** Formats a zod path the way a reader finds it in the file: `decisions[4].positionLists[0].position`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** An id for a version 1 file, which has none: its title in lower case, words joined by `-`. */
export function idFromTitle(title: string): string {
  const id = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return id === '' ? 'dataset' : id;
}

type Parsed = { ok: true; file: DatasetFile; version: number } | { ok: false; problems: Problem[] };

/** Parses a file of any supported version into version 2 (a version 1 file is migrated, then checked as version 2). */
export function parseDatasetFile(json: unknown): Parsed {
  const version =
    json !== null && typeof json === 'object' && 'schemaVersion' in json
      ? (json as { schemaVersion: unknown }).schemaVersion
      : undefined;
  const issuesOf = (error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): Problem[] =>
    error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
  if (version === 1) {
    const v1 = datasetV1Schema.safeParse(json);
    if (!v1.success) return { ok: false, problems: issuesOf(v1.error) };
    const migrated = datasetSchema.safeParse(migrateV1(v1.data, idFromTitle(v1.data.title)));
    if (!migrated.success) return { ok: false, problems: issuesOf(migrated.error) };
    return { ok: true, file: migrated.data, version: 1 };
  }
  const parsed = datasetSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problems: issuesOf(parsed.error) };
  return { ok: true, file: parsed.data, version: parsed.data.schemaVersion };
}

/** Validates and builds a dataset from parsed JSON, of any supported schema version. */
export function loadDataset(json: unknown): LoadResult {
  const parsed = parseDatasetFile(json);
  if (!parsed.ok) return parsed;
  const referenceProblems = checkReferences(parsed.file);
  if (referenceProblems.length > 0) return { ok: false, problems: referenceProblems };
  const dataset = buildDataset(parsed.file, parsed.version);
  const ruleProblems = checkRules(dataset);
  if (ruleProblems.length > 0) return { ok: false, problems: ruleProblems };
  return { ok: true, dataset };
}

export { SUPPORTED_SCHEMA_VERSIONS };

/**
 * Parses dataset text (JSON) and validates it; malformed JSON is a problem too.
 * A leading byte-order mark (as Windows editors save UTF-8) is not part of the JSON and is dropped.
 */
export function loadDatasetText(text: string): LoadResult {
  let json: unknown;
  try {
    json = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: `the file is not valid JSON (${(error as Error).message})` }] };
  }
  return loadDataset(json);
}
