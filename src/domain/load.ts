/**
 * The one way a dataset enters: parse (zod), check references, build the
 * model, check the rules. Bad input gives the list of problems with their
 * paths; nothing half-built escapes.
 */
import type { Dataset } from './model';
import { buildDataset } from './model';
import type { Problem } from './integrity';
import { checkReferences, checkRules } from './integrity';
import { datasetSchema } from './schema';

export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

/** Formats a zod path the way a reader finds it in the file: `decisions[4].positionLists[0].position`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** Validates and builds a dataset from parsed JSON. */
export function loadDataset(json: unknown): LoadResult {
  const parsed = datasetSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
    };
  }
  const referenceProblems = checkReferences(parsed.data);
  if (referenceProblems.length > 0) return { ok: false, problems: referenceProblems };
  const dataset = buildDataset(parsed.data);
  const ruleProblems = checkRules(dataset);
  if (ruleProblems.length > 0) return { ok: false, problems: ruleProblems };
  return { ok: true, dataset };
}

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
