/**
 * One vote as two datasets give it, merged state by state.
 *
 * Each side says of each state it lists (the members at the vote's date,
 * the Council in that vote) what its sources claim: a position (Y, N, A,
 * or X, non-voting), the record's *absent or not voting* (a member with no
 * recorded position: the record cannot tell which), nothing (*not
 * reported*), or more than one thing (the side's own sources disagree). A
 * state a side does not list could not vote there.
 *
 * The outcome per state, side `a` against side `b` (symmetric):
 *
 *   | a \ b                | Y, N, A        | X        | absent or not voting | not reported | not listed   |
 *   | -------------------- | -------------- | -------- | -------------------- | ------------ | ------------ |
 *   | Y, N, A              | agree/disputed | disputed | disputed             | only         | only         |
 *   | X                    | disputed       | agree    | fill                 | fill         | only         |
 *   | absent or not voting | disputed       | fill     | agree                | only         | only         |
 *   | not reported         | only           | fill     | only                 | not reported | not reported |
 *
 * - `agree`: the same claim on both sides, shown once with both sources.
 * - `fill`: non-voting (X) on one side where the other has absent or not
 *   voting, or nothing: the official non-voting fills the record's gap. The
 *   state is shown as non-voting, from the side that says so, the other
 *   side's claim kept.
 * - `only`: one side's claim, the other side has nothing (or does not list
 *   the state: the datasets differ on who could vote, and the one claim is
 *   shown as it is).
 * - `disputed`: the sides contradict each other, or a side's own sources
 *   do; each side's claims are kept. Y against N or A, and a position
 *   against non-voting, are contradictions. So is a position (Y, N, A)
 *   against the record's absent or not voting: the record lists every
 *   position recorded, and says this member had none.
 * - `notReported`: a member on one side or both, and no claim on either.
 */
import type { Position } from '../schema';

/** What a source may claim of a state in a vote: a position (X: non-voting), or absent or not voting. */
export type ClaimValue = Position | 'absentOrNotVoting';

/** One claim of one side, with the sources (source keys of its dataset) that make it. */
export interface Claim {
  value: ClaimValue;
  sources: readonly string[];
}

/** What one side says of one state: its claims (empty: not reported), one per value. */
export interface StateStatement {
  /** The state's key (`RUS`, `SUN`). */
  key: string;
  /** The key of its seat (`RUS` for the USSR too): pairs two holders of one seat across the sides. */
  seat: string;
  claims: readonly Claim[];
}

export type MergeOutcome = 'agree' | 'fill' | 'only' | 'disputed' | 'notReported';

export interface MergedState {
  /** The state's key: side a's where it lists the state, else side b's. */
  key: string;
  /** Each side's key for it (null where that side does not list it); they differ only where two holders of one seat are paired. */
  keys: { a: string | null; b: string | null };
  outcome: MergeOutcome;
  /** The value shown: the claim agreed, X for `fill`, the one side's claim for `only`; null for `disputed` and `notReported`. */
  value: ClaimValue | null;
  /** Which side the value comes from: `both` for `agree`; null where there is no value. */
  from: 'a' | 'b' | 'both' | null;
  /** Each side's claims as given (empty: not reported); null where that side does not list the state. */
  a: readonly Claim[] | null;
  b: readonly Claim[] | null;
}

/**
 * The merged vote counted. Each state counts once, by its merged value; a
 * disputed state counts in none of the tally's fields, only in `disputed`,
 * and a state with no claim in `notReported`.
 */
export interface MergedTally {
  Y: number;
  N: number;
  A: number;
  X: number;
  absentOrNotVoting: number;
  notReported: number;
}

export interface MergeSummary {
  /** States listed by either side. */
  states: number;
  agree: number;
  fill: number;
  only: number;
  /** `only`, by the side the claim comes from. */
  onlyA: number;
  onlyB: number;
  disputed: number;
  notReported: number;
  tally: MergedTally;
}

export interface MergedVote {
  /** Side a's states in its order, then those only side b lists. */
  states: MergedState[];
  summary: MergeSummary;
}

type Said = { kind: 'unlisted' } | { kind: 'nothing' } | { kind: 'one'; value: ClaimValue } | { kind: 'several' };

function said(claims: readonly Claim[] | null): Said {
  if (claims === null) return { kind: 'unlisted' };
  const values = new Set(claims.map((c) => c.value));
  if (values.size === 0) return { kind: 'nothing' };
  if (values.size > 1) return { kind: 'several' };
  return { kind: 'one', value: claims[0].value };
}

/** The outcome for one state, from each side's claims (null: the side does not list it). */
export function mergeState(
  a: readonly Claim[] | null,
  b: readonly Claim[] | null,
): Pick<MergedState, 'outcome' | 'value' | 'from'> {
  const x = said(a);
  const y = said(b);
  if (x.kind === 'several' || y.kind === 'several') return { outcome: 'disputed', value: null, from: null };
  if (x.kind === 'one' && y.kind === 'one') {
    if (x.value === y.value) return { outcome: 'agree', value: x.value, from: 'both' };
    if (x.value === 'X' && y.value === 'absentOrNotVoting') return { outcome: 'fill', value: 'X', from: 'a' };
    if (y.value === 'X' && x.value === 'absentOrNotVoting') return { outcome: 'fill', value: 'X', from: 'b' };
    // Y, N or A against another of them, against X, or against absent or not voting.
    return { outcome: 'disputed', value: null, from: null };
  }
  if (x.kind === 'one') {
    return { outcome: x.value === 'X' && y.kind === 'nothing' ? 'fill' : 'only', value: x.value, from: 'a' };
  }
  if (y.kind === 'one') {
    return { outcome: y.value === 'X' && x.kind === 'nothing' ? 'fill' : 'only', value: y.value, from: 'b' };
  }
  return { outcome: 'notReported', value: null, from: null };
}

/**
 * Pairs the states of two sides: by key, then, among those left, the one
 * holder of a seat on each side (the USSR on one side, the Russian
 * Federation on the other, in the month the seat passed).
 */
export function pairStates(
  a: readonly StateStatement[],
  b: readonly StateStatement[],
): { a: StateStatement | null; b: StateStatement | null }[] {
  const bByKey = new Map(b.map((s) => [s.key, s]));
  const pairs: { a: StateStatement | null; b: StateStatement | null }[] = a.map((s) => ({
    a: s,
    b: bByKey.get(s.key) ?? null,
  }));
  const paired = new Set(pairs.flatMap((p) => (p.b ? [p.b.key] : [])));
  const leftB = b.filter((s) => !paired.has(s.key));
  const bySeat = new Map<string, StateStatement[]>();
  for (const s of leftB) bySeat.set(s.seat, [...(bySeat.get(s.seat) ?? []), s]);
  const leftA = new Map<string, number[]>();
  pairs.forEach((p, i) => {
    if (p.b === null) leftA.set(p.a!.seat, [...(leftA.get(p.a!.seat) ?? []), i]);
  });
  const taken = new Set<StateStatement>();
  for (const [seat, indexes] of leftA) {
    const holders = bySeat.get(seat);
    if (indexes.length === 1 && holders?.length === 1) {
      pairs[indexes[0]].b = holders[0];
      taken.add(holders[0]);
    }
  }
  for (const s of leftB) if (!taken.has(s)) pairs.push({ a: null, b: s });
  return pairs;
}

const EMPTY_TALLY: MergedTally = { Y: 0, N: 0, A: 0, X: 0, absentOrNotVoting: 0, notReported: 0 };

/** Merges one vote as two sides give it (see above). */
export function mergePositions(a: readonly StateStatement[], b: readonly StateStatement[]): MergedVote {
  const summary: MergeSummary = {
    states: 0,
    agree: 0,
    fill: 0,
    only: 0,
    onlyA: 0,
    onlyB: 0,
    disputed: 0,
    notReported: 0,
    tally: { ...EMPTY_TALLY },
  };
  const states = pairStates(a, b).map((pair): MergedState => {
    const claimsA = pair.a?.claims ?? null;
    const claimsB = pair.b?.claims ?? null;
    const merged = mergeState(claimsA, claimsB);
    summary.states++;
    summary[merged.outcome]++;
    if (merged.outcome === 'only') summary[merged.from === 'a' ? 'onlyA' : 'onlyB']++;
    if (merged.outcome === 'notReported') summary.tally.notReported++;
    else if (merged.value !== null) summary.tally[merged.value]++;
    return {
      key: (pair.a ?? pair.b)!.key,
      keys: { a: pair.a?.key ?? null, b: pair.b?.key ?? null },
      ...merged,
      a: claimsA,
      b: claimsB,
    };
  });
  return { states, summary };
}
