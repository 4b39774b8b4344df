/**
 * A topic's votes (the record's topics, an import's subjects): how many per
 * year, their outcomes, and who voted most often against the majority.
 *
 * A vote's majority is the most frequent of yes, no and abstain among the
 * members that took one of them; where two are equally frequent, the vote
 * has none, as a regional group's majority (groups.ts). A member *against
 * the majority* took yes, no or abstain, and not the majority's; absent or
 * not voting, non-voting and not reported are no position, never against
 * it. Pure; no words for the UI.
 */
import type { Cell } from './csv';
import { POSITION_CODE } from './history/format';

/** The positions the measure reads: the record's pack or an import's store (the same codes for Y, N, A). */
export interface PositionMatrix {
  stateCount: number;
  /** Code of state s in decision d at `d * stateCount + s`: 1 yes, 2 no, 3 abstain. */
  positions: Uint8Array;
  /** Days since 1970-01-01, per decision. */
  day: Int32Array;
  states: readonly { key: string; name: string }[];
}

export interface YearCount {
  year: number;
  votes: number;
}

const yearOfDay = (day: number) => new Date(day * 86_400_000).getUTCFullYear();

/** Votes per year, from the first year with a vote to the last, years without one at 0. */
export function votesPerYear(day: Int32Array, decisions: ArrayLike<number>): YearCount[] {
  if (decisions.length === 0) return [];
  const counts = new Map<number, number>();
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < decisions.length; i++) {
    const year = yearOfDay(day[decisions[i]]);
    counts.set(year, (counts.get(year) ?? 0) + 1);
    first = Math.min(first, year);
    last = Math.max(last, year);
  }
  const out: YearCount[] = [];
  for (let year = first; year <= last; year++) out.push({ year, votes: counts.get(year) ?? 0 });
  return out;
}

/** The majority of one decision's positions: Y, N or A, or null (a tie, or no position taken). */
export function majorityOf(matrix: PositionMatrix, d: number): 1 | 2 | 3 | null {
  const counts = [0, 0, 0, 0];
  const base = d * matrix.stateCount;
  for (let s = 0; s < matrix.stateCount; s++) {
    const code = matrix.positions[base + s];
    if (code === POSITION_CODE.Y || code === POSITION_CODE.N || code === POSITION_CODE.A) counts[code]++;
  }
  let best: 1 | 2 | 3 | null = null;
  let bestCount = 0;
  let tied = false;
  for (const code of [1, 2, 3] as const) {
    if (counts[code] > bestCount) {
      best = code;
      bestCount = counts[code];
      tied = false;
    } else if (counts[code] === bestCount && bestCount > 0) tied = true;
  }
  return tied ? null : best;
}

export interface AgainstRow {
  key: string;
  name: string;
  /** Votes where it took yes, no or abstain and the vote had a majority. */
  withPosition: number;
  /** Of those, the votes where its position was not the majority's. */
  against: number;
  /** against / withPosition. */
  share: number;
}

/**
 * Every state that took a position in a vote with a majority, ranked by how
 * often it voted against the majority (most first; ties by share, then by
 * name). Also returns how many of the votes had no majority.
 */
export function againstMajority(
  matrix: PositionMatrix,
  decisions: ArrayLike<number>,
): { rows: AgainstRow[]; withoutMajority: number } {
  const took = new Uint32Array(matrix.stateCount);
  const against = new Uint32Array(matrix.stateCount);
  let withoutMajority = 0;
  for (let i = 0; i < decisions.length; i++) {
    const d = decisions[i];
    const majority = majorityOf(matrix, d);
    if (majority === null) {
      withoutMajority++;
      continue;
    }
    const base = d * matrix.stateCount;
    for (let s = 0; s < matrix.stateCount; s++) {
      const code = matrix.positions[base + s];
      if (code !== POSITION_CODE.Y && code !== POSITION_CODE.N && code !== POSITION_CODE.A) continue;
      took[s]++;
      if (code !== majority) against[s]++;
    }
  }
  const rows: AgainstRow[] = [];
  for (let s = 0; s < matrix.stateCount; s++) {
    if (took[s] === 0) continue;
    const state = matrix.states[s];
    rows.push({
      key: state.key,
      name: state.name,
      withPosition: took[s],
      against: against[s],
      share: against[s] / took[s],
    });
  }
  rows.sort((a, b) => b.against - a.against || b.share - a.share || a.name.localeCompare(b.name, 'en'));
  return { rows, withoutMajority };
}

export const AGAINST_HEADER = ['rank', 'state', 'name', 'against_majority', 'votes_with_position', 'share'] as const;

/** The ranking as CSV rows. */
export function* againstRows(rows: readonly AgainstRow[]): Iterable<Cell[]> {
  let rank = 0;
  for (const r of rows) yield [++rank, r.key, r.name, r.against, r.withPosition, r.share.toFixed(4)];
}

export const PER_YEAR_HEADER = ['year', 'votes'] as const;

export function* perYearRows(rows: readonly YearCount[]): Iterable<Cell[]> {
  for (const r of rows) yield [r.year, r.votes];
}
