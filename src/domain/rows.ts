/**
 * A decision's per-state rows for the drill-down table, and their filters.
 */
import type { Dataset, Decision, PositionClaim, Status } from './model';
import { CODE, positionOf, statusOf } from './model';
import type { Position, RegionalGroup } from './schema';
import { isPosition } from './vocabulary';
import { claimSources } from './export';

export interface StateRow {
  stateIndex: number;
  code: string;
  name: string;
  regionalGroup: RegionalGroup;
  /** The reported position; null where not reported or disputed. */
  position: Position | null;
  status: Status;
  /** Every source's claim (several where disputed). */
  claims: PositionClaim[];
  /** What the sources imply where the position is not reported (e.g. A or X). */
  implied: Position[] | null;
  /** Source keys, grouped by position where disputed. */
  sources: string;
}

/** One row per eligible state, in alphabetical order of the names. */
export function stateRows(dataset: Dataset, decision: Decision): StateRow[] {
  const rows: StateRow[] = [];
  dataset.states.forEach((state, i) => {
    const code = decision.positions[i];
    const status = statusOf(code);
    if (status === null) return;
    rows.push({
      stateIndex: i,
      code: state.code,
      name: state.name,
      regionalGroup: state.regionalGroup,
      position: positionOf(code),
      status,
      claims: decision.claims.get(i) ?? [],
      implied: code === CODE.notReported ? decision.implied : null,
      sources: claimSources(decision, i),
    });
  });
  return rows.sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/** What the table shows: a position, a status, or everything. */
export type PositionFilter = Position | 'disputed' | 'not-reported' | null;

export interface RowFilters {
  position: PositionFilter;
  group: RegionalGroup | null;
  text: string;
}

export const NO_FILTERS: RowFilters = { position: null, group: null, text: '' };

/** Folds case and accents so "turkiye" finds "Türkiye" and "cote" finds "Côte d'Ivoire". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Rows that pass every filter. The position filter "N" keeps the states
 * reported as N; "disputed" and "not-reported" keep those statuses. The text
 * matches a state's name or code.
 */
export function filterRows(rows: readonly StateRow[], filters: RowFilters): StateRow[] {
  const needle = fold(filters.text.trim());
  return rows.filter((row) => {
    if (filters.position === 'disputed' && row.status !== 'disputed') return false;
    if (filters.position === 'not-reported' && row.status !== 'not reported') return false;
    if (isPosition(filters.position) && row.position !== filters.position) return false;
    if (filters.group && row.regionalGroup !== filters.group) return false;
    if (needle && !fold(row.name).includes(needle) && !fold(row.code).includes(needle)) return false;
    return true;
  });
}

/** Counts of rows per position and status, for the filter's labels. */
export function countRows(rows: readonly StateRow[]): Record<Position | 'disputed' | 'not-reported', number> {
  const counts = { Y: 0, N: 0, A: 0, X: 0, disputed: 0, 'not-reported': 0 };
  for (const row of rows) {
    if (row.position) counts[row.position]++;
    else if (row.status === 'disputed') counts.disputed++;
    else counts['not-reported']++;
  }
  return counts;
}

/** The table's columns, in its order, named as in the export (`EXPORT_COLUMNS`). */
export const TABLE_COLUMNS = [
  'ms_name',
  'ms_vote',
  'status',
  'implied',
  'regional_group',
  'ms_code',
  'sources',
] as const;

/** Table rows as CSV cells, in the column order of `TABLE_COLUMNS`. */
export function rowCells(row: StateRow): string[] {
  const cells: Record<(typeof TABLE_COLUMNS)[number], string> = {
    ms_name: row.name,
    ms_vote: row.position ?? '',
    status: row.status,
    implied: row.implied?.join('|') ?? '',
    regional_group: row.regionalGroup,
    ms_code: row.code,
    sources: row.sources,
  };
  return TABLE_COLUMNS.map((column) => cells[column]);
}
