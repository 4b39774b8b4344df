/**
 * Tallies derived from positions, and their comparison with the recorded tallies.
 */
import type { Decision } from './model';
import { CODE } from './model';
import type { Position, Tally } from './schema';
import { POSITIONS } from './vocabulary';

export interface DerivedTally {
  Y: number;
  N: number;
  A: number;
  X: number;
  disputed: number;
  notReported: number;
  /** Eligible voters: 193 in the GA, 15 in the SC. */
  eligible: number;
}

/** Counts a decision's positions. `deriveTally(positions)` of [Y, Y, N, not reported] → Y 2, N 1, not reported 1. */
export function deriveTally(positions: Uint8Array): DerivedTally {
  const t: DerivedTally = { Y: 0, N: 0, A: 0, X: 0, disputed: 0, notReported: 0, eligible: 0 };
  for (const code of positions) {
    switch (code) {
      case CODE.Y:
        t.Y++;
        break;
      case CODE.N:
        t.N++;
        break;
      case CODE.A:
        t.A++;
        break;
      case CODE.X:
        t.X++;
        break;
      case CODE.disputed:
        t.disputed++;
        break;
      case CODE.notReported:
        t.notReported++;
        break;
      default:
        continue;
    }
    t.eligible++;
  }
  return t;
}

export const TALLY_FIELD: Record<Position, keyof Tally> = { Y: 'yes', N: 'no', A: 'abstain', X: 'nonVoting' };

/** How many disputed states have at least one claim of `position`. */
export function disputedWithClaim(decision: Decision, position: Position): number {
  let n = 0;
  for (const [i, claims] of decision.claims) {
    if (decision.positions[i] === CODE.disputed && claims.some((c) => c.position === position)) n++;
  }
  return n;
}

/**
 * What the check of one position found: the reported positions agree with a
 * recorded count, disagree with every recorded count, or there is nothing to
 * compare (no count recorded, or no state reported where no list is complete).
 */
export type TallyCheckStatus = 'agrees' | 'disagrees' | 'nothing to compare';

export interface TallyProblem {
  /** Index in `positionLists` of the complete list the tally contradicts; null where the reported positions as a whole do. */
  list: number | null;
  message: string;
}

export interface TallyCheck {
  position: Position;
  /** The recorded count (per tally claim); null where the claim gives none. */
  recorded: (number | null)[];
  reported: number;
  /** Disputed states with a claim of this position. */
  disputed: number;
  /** Whether a source gives the complete list of this position. */
  complete: boolean;
  status: TallyCheckStatus;
  problems: TallyProblem[];
}

/**
 * Compares reported positions with each recorded tally. Each list a source
 * gives as complete must name as many states as a recorded count (disputed
 * states in it included); the reported positions may not exceed the recorded
 * count. A disputed tally passes when one of its claims agrees. With no count
 * recorded, or no state reported and no complete list, there is nothing to
 * compare.
 */
export function checkTally(decision: Decision, derived: DerivedTally = deriveTally(decision.positions)): TallyCheck[] {
  const claims = decision.record.tally.map((c) => c.value);
  return POSITIONS.map((position) => {
    const recorded = claims.map((t) => t[TALLY_FIELD[position]]);
    const reported = derived[position];
    const disputed = disputedWithClaim(decision, position);
    const complete = decision.completeLists.has(position);
    const known = [...new Set(recorded.filter((n): n is number => n !== null))];
    const counts = known.join(' or ');
    const problems: TallyProblem[] = [];
    if (known.length === 0 || (!complete && reported + disputed === 0)) {
      return { position, recorded, reported, disputed, complete, status: 'nothing to compare', problems };
    }
    decision.record.positionLists.forEach((list, i) => {
      if (!list.complete || list.position !== position) return;
      const named = new Set(list.states).size;
      if (!known.includes(named)) {
        problems.push({
          list: i,
          message: `the complete list of ${position} names ${named} state${named === 1 ? '' : 's'}, but the recorded tally is ${counts}`,
        });
      }
    });
    if (problems.length === 0 && reported > Math.max(...known)) {
      problems.push({
        list: null,
        message: `${reported} ${reported === 1 ? 'state is' : 'states are'} reported as ${position}, more than the recorded ${counts}`,
      });
    }
    const status = problems.length > 0 ? 'disagrees' : 'agrees';
    return { position, recorded, reported, disputed, complete, status, problems };
  });
}

/** A recorded tally as bar segments: the known counts, and the rest of the eligible voters as not recorded. */
export interface TallySegments {
  Y: number;
  N: number;
  A: number;
  X: number;
  notRecorded: number;
}

/** The bar of a recorded tally: known counts, and the rest of the eligible voters as not recorded. */
export function tallySegments(tally: Tally | null, eligible: number): TallySegments {
  const Y = tally?.yes ?? 0;
  const N = tally?.no ?? 0;
  const A = tally?.abstain ?? 0;
  const X = tally?.nonVoting ?? 0;
  return { Y, N, A, X, notRecorded: Math.max(0, eligible - Y - N - A - X) };
}

/** "93–18–65" style, with "?" where a count is not recorded. */
export function formatTally(tally: Tally): string {
  const n = (v: number | null) => (v === null ? '?' : String(v));
  return `${n(tally.yes)}–${n(tally.no)}–${n(tally.abstain)}`;
}

/** A recorded tally keyed by position: `recordedCounts({yes: 93, no: 18, abstain: 65, nonVoting: null})` → Y 93, N 18, A 65, X null. */
export function recordedCounts(tally: Tally | null): Record<Position, number | null> {
  return {
    Y: tally?.yes ?? null,
    N: tally?.no ?? null,
    A: tally?.abstain ?? null,
    X: tally?.nonVoting ?? null,
  };
}

/** The recorded count of a check in words: "93 or 89" where tallies disagree, "8" where they agree, "not recorded". */
export function recordedText(check: Pick<TallyCheck, 'recorded'>): string {
  const known = [...new Set(check.recorded.filter((n): n is number => n !== null))];
  return known.length === 0 ? 'not recorded' : known.join(' or ');
}
