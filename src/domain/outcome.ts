/**
 * A decision's outcome: computed from each recorded tally by its body's
 * rule, compared with the recorded outcome, and the facts a reader is told
 * of it (the words for them are the UI's, in src/components/labels.ts).
 */
import type { Dataset, Decision } from './model';
import { permanentOn, positionOf } from './model';
import type { Outcome, Tally } from './schema';
import type { ComputedOutcome } from './rules';
import { gaOutcome, questionOf, scOutcome, scVotesNeeded } from './rules';

/** The permanent members' reported positions in a decision (code → position). */
export function permanentPositions(dataset: Dataset, decision: Decision): Map<string, string> {
  const result = new Map<string, string>();
  for (const code of permanentOn(dataset, decision.date)) {
    const i = dataset.stateIndex.get(code);
    if (i === undefined) continue;
    const position = positionOf(decision.positions[i]);
    if (position) result.set(code, position);
  }
  return result;
}

/** The outcome the body's rule gives for one recorded tally. */
export function computeOutcome(dataset: Dataset, decision: Decision, tally: Tally): ComputedOutcome {
  if (decision.body === 'GA') return gaOutcome(tally.yes, tally.no);
  return scOutcome({
    question: questionOf(decision.kind),
    votesNeeded: scVotesNeeded(decision.date),
    yes: tally.yes,
    no: tally.no,
    permanentPositions: permanentPositions(dataset, decision),
    permanentMembers: [...permanentOn(dataset, decision.date)],
  });
}

/**
 * The recorded outcome as a reader is first told it: the result, who vetoed
 * it and with how many in favour, or how many votes a failed decision had of
 * those it needed. Vetoed by the Russian Federation with 11 in favour →
 * `{ result: 'vetoed', vetoedBy: ['RUS'], yes: 11 }`; failed with 4 in favour
 * in 2025 → `{ result: 'failed', yes: 4, needed: 9 }` (7 needed before 1966).
 * `yes` is null where no count in favour is recorded.
 */
export type OutcomeFacts =
  | { result: 'adopted' | 'rejected' }
  | { result: 'vetoed'; vetoedBy: string[]; yes: number | null }
  | { result: 'failed'; yes: number | null; needed: number };

/** The facts of a recorded outcome; `date` is the decision's (the Council needed seven votes before 1966, nine since). */
export function outcomeFacts(outcome: Outcome, tally: Tally | null, date: string): OutcomeFacts {
  const yes = tally?.yes ?? null;
  switch (outcome.result) {
    case 'adopted':
    case 'rejected':
      return { result: outcome.result };
    case 'vetoed':
      return { result: 'vetoed', vetoedBy: outcome.vetoedBy, yes };
    case 'failed':
      return { result: 'failed', yes, needed: scVotesNeeded(date) };
  }
}

/**
 * Why the recorded outcome follows from the tally.
 * GA adopted 93–18 → `{ kind: 'ga', yes: 93, no: 18, majority: true }`;
 * SC adopted, 10 in favour → `{ kind: 'sc', yes: 10, needed: 9, procedural: false, adopted: true }`;
 * SC vetoed, 11 in favour → `{ kind: 'vetoed', yes: 11, vetoedBy: ['RUS'] }`;
 * no count in favour recorded → `{ kind: 'no tally' }`.
 */
export type OutcomeReason =
  | { kind: 'no tally' }
  /** `no` is null where no count against is recorded; `majority` is whether the recorded outcome is adopted. */
  | { kind: 'ga'; yes: number; no: number | null; majority: boolean }
  | { kind: 'sc'; yes: number; needed: number; procedural: boolean; adopted: boolean }
  | { kind: 'vetoed'; yes: number; vetoedBy: string[] };

export function outcomeReason(decision: Decision, outcome: Outcome, tally: Tally | null): OutcomeReason {
  if (tally === null || tally.yes === null) return { kind: 'no tally' };
  const yes = tally.yes;
  if (decision.body === 'GA') return { kind: 'ga', yes, no: tally.no, majority: outcome.result === 'adopted' };
  if (outcome.result === 'vetoed') return { kind: 'vetoed', yes, vetoedBy: outcome.vetoedBy };
  return {
    kind: 'sc',
    yes,
    needed: scVotesNeeded(decision.date),
    procedural: questionOf(decision.kind) === 'procedural',
    adopted: outcome.result === 'adopted',
  };
}
