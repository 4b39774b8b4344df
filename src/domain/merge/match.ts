/**
 * Which votes of two datasets are the same vote: the same body, the same
 * resolution key (`symbol.ts`) and the same date. A date known only to its
 * month (the record before 1997) matches any day of that month, and the
 * match says it matched on the month.
 *
 * Several votes may share a key and a date (separate votes on parts or
 * paragraphs of one text, in the record). Nothing is guessed: where a key
 * and date have more than one vote on either side, they are returned as
 * ambiguous with every candidate. Where no vote of the other side has the
 * same key at a compatible date but one has another part of the same
 * resolution (the record's `R/26/2758G` against the Library's
 * `A/RES/2758(XXVI)`: the record letters its several votes on one text),
 * they are ambiguous too, never matched.
 *
 * Index-based: votes are grouped by key in a `Map`, and only the votes of
 * one key are compared with each other.
 */
import type { DatePrecision } from '../membership';
import type { Body } from '../schema';
import { wholeResolutionKey } from './symbol';

/** A vote as matching sees it. */
export interface VoteRef {
  /** The vote's index in its dataset (the decision's index, the record's or the import's `d`). */
  index: number;
  body: Body;
  /** `resolutionKey` of its symbol; null where it has none (an amendment, a failed draft, a motion). */
  key: string | null;
  /** `YYYY-MM-DD`; where `precision` is `month`, its day is a placeholder. */
  date: string;
  precision: DatePrecision;
}

/** How two dates were found the same: to the day, or (one of them known only to its month) on the month. */
export type MatchedOn = 'day' | 'month';

/** Two votes found to be the same vote. `a` and `b` are the votes' `index`. */
export interface VoteMatch {
  a: number;
  b: number;
  key: string;
  on: MatchedOn;
}

/**
 * Votes that may be the same, left unmatched: `several` where a key and date
 * have more than one vote on either side; `parts` where the votes are on
 * different parts of one resolution (or one on a part, the other on the
 * whole), `key` then being the whole resolution's.
 */
export interface AmbiguousMatch {
  key: string;
  on: MatchedOn;
  reason: 'several' | 'parts';
  a: number[];
  b: number[];
}

/** A vote with a key that no vote of the other side matches; `elsewhere`: the other side's votes with its key at other dates. */
export interface UnmatchedVote {
  index: number;
  key: string;
  elsewhere: number[];
}

export interface MatchResult {
  /** In the order of `a`. */
  matches: VoteMatch[];
  ambiguous: AmbiguousMatch[];
  unmatched: { a: UnmatchedVote[]; b: UnmatchedVote[] };
  /** The votes without a key, which never match. */
  noKey: { a: number[]; b: number[] };
}

/** Whether two dates can be the same day: the same day, or the same month where either is known only to its month. */
export function sameDate(x: Pick<VoteRef, 'date' | 'precision'>, y: Pick<VoteRef, 'date' | 'precision'>): boolean {
  if (x.precision === 'day' && y.precision === 'day') return x.date === y.date;
  return x.date.slice(0, 7) === y.date.slice(0, 7);
}

function groupBy(votes: readonly VoteRef[], keyOf: (v: VoteRef) => string | null): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (let i = 0; i < votes.length; i++) {
    const k = keyOf(votes[i]);
    if (k === null) continue;
    const group = groups.get(k);
    if (group) group.push(i);
    else groups.set(k, [i]);
  }
  return groups;
}

/**
 * The sets of votes of one group linked by compatible dates (a vote of `a`
 * and one of `b` are linked where their dates can be the same day), each
 * with its votes of either side (positions in `a` and `b`); the votes
 * linked to nothing are left out.
 */
function linked(
  a: readonly VoteRef[],
  b: readonly VoteRef[],
  groupA: readonly number[],
  groupB: readonly number[],
): { a: number[]; b: number[] }[] {
  if (groupA.length === 1 && groupB.length === 1) {
    return sameDate(a[groupA[0]], b[groupB[0]]) ? [{ a: [groupA[0]], b: [groupB[0]] }] : [];
  }
  const n = groupA.length;
  const parent = Array.from({ length: n + groupB.length }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const touched = new Uint8Array(n + groupB.length);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < groupB.length; j++) {
      if (!sameDate(a[groupA[i]], b[groupB[j]])) continue;
      touched[i] = touched[n + j] = 1;
      parent[find(i)] = find(n + j);
    }
  }
  const sets = new Map<number, { a: number[]; b: number[] }>();
  const setOf = (i: number) => {
    const root = find(i);
    let set = sets.get(root);
    if (!set) sets.set(root, (set = { a: [], b: [] }));
    return set;
  };
  groupA.forEach((v, i) => touched[i] && setOf(i).a.push(v));
  groupB.forEach((v, j) => touched[n + j] && setOf(n + j).b.push(v));
  return [...sets.values()];
}

/** Finds the same votes in two datasets (see above). */
export function matchVotes(a: readonly VoteRef[], b: readonly VoteRef[]): MatchResult {
  const result: MatchResult = { matches: [], ambiguous: [], unmatched: { a: [], b: [] }, noKey: { a: [], b: [] } };
  for (const v of a) if (v.key === null) result.noKey.a.push(v.index);
  for (const v of b) if (v.key === null) result.noKey.b.push(v.index);
  // Keys name their body (`A/…`, `S/…`); the body is part of the group all the same.
  const exact = (v: VoteRef) => (v.key === null || v.body === 'GA' ? v.key : `${v.body} ${v.key}`);
  const byKeyA = groupBy(a, exact);
  const byKeyB = groupBy(b, exact);
  const settledA = new Uint8Array(a.length);
  const settledB = new Uint8Array(b.length);
  const on = (setA: readonly number[], setB: readonly number[]): MatchedOn =>
    setA.some((i) => a[i].precision === 'month') || setB.some((j) => b[j].precision === 'month') ? 'month' : 'day';
  const ambiguous = (key: string, set: { a: number[]; b: number[] }, reason: AmbiguousMatch['reason']) => {
    for (const i of set.a) settledA[i] = 1;
    for (const j of set.b) settledB[j] = 1;
    result.ambiguous.push({
      key,
      on: on(set.a, set.b),
      reason,
      a: set.a.map((i) => a[i].index),
      b: set.b.map((j) => b[j].index),
    });
  };

  // The same key at the same date.
  for (const [k, groupA] of byKeyA) {
    const groupB = byKeyB.get(k);
    if (!groupB) continue;
    for (const set of linked(a, b, groupA, groupB)) {
      const key = a[groupA[0]].key!;
      if (set.a.length === 1 && set.b.length === 1) {
        const [i, j] = [set.a[0], set.b[0]];
        settledA[i] = settledB[j] = 1;
        result.matches.push({ a: a[i].index, b: b[j].index, key, on: on(set.a, set.b) });
      } else {
        ambiguous(key, set, 'several');
      }
    }
  }

  // What is left: other parts of the same resolution at the same date.
  const left = (votes: readonly VoteRef[], settled: Uint8Array) => {
    const groups = new Map<string, number[]>();
    for (let i = 0; i < votes.length; i++) {
      const v = votes[i];
      if (v.key === null || settled[i]) continue;
      const k = `${v.body} ${wholeResolutionKey(v.key)}`;
      const group = groups.get(k);
      if (group) group.push(i);
      else groups.set(k, [i]);
    }
    return groups;
  };
  const leftA = left(a, settledA);
  const leftB = left(b, settledB);
  for (const [k, groupA] of leftA) {
    const groupB = leftB.get(k);
    if (!groupB) continue;
    for (const set of linked(a, b, groupA, groupB)) ambiguous(wholeResolutionKey(a[groupA[0]].key!), set, 'parts');
  }

  const unmatched = (
    votes: readonly VoteRef[],
    settled: Uint8Array,
    others: readonly VoteRef[],
    other: Map<string, number[]>,
    out: UnmatchedVote[],
  ) => {
    for (let i = 0; i < votes.length; i++) {
      const v = votes[i];
      if (v.key === null || settled[i]) continue;
      out.push({ index: v.index, key: v.key, elsewhere: (other.get(exact(v)!) ?? []).map((j) => others[j].index) });
    }
  };
  unmatched(a, settledA, b, byKeyB, result.unmatched.a);
  unmatched(b, settledB, a, byKeyA, result.unmatched.b);
  result.matches.sort((x, y) => x.a - y.a);
  return result;
}
