/**
 * The bodies' voting rules, as pure functions of a tally.
 *
 * General Assembly (Charter Art. 18): a majority of the members present and
 * voting; abstentions and non-votes do not count. Important questions need
 * two thirds of those present and voting.
 * Security Council (Charter Art. 27): nine affirmative votes (seven in the
 * Council of eleven, before 1966); on substance, no negative vote of a
 * permanent member (a veto). A permanent member's abstention is not a veto.
 * Procedural decisions need the same number of votes and no veto applies.
 */
import type { Body, Kind, Result } from './schema';

export type Question = 'substantive' | 'procedural';
export type Majority = 'simple' | 'two-thirds';

/** The Security Council at a date: how many members, and how many votes a decision needs. */
export interface Council {
  members: number;
  votesNeeded: number;
}

/** The day the Charter entered into force. */
export const CHARTER_IN_FORCE = '1945-10-24';
/** The enlarged Council (Charter Art. 23 and 27 as amended in 1963, in force 31 Aug 1965) sat from 1 Jan 1966. */
export const ENLARGED_COUNCIL_FROM = '1966-01-01';

/** `councilAt('1965-12-31')` → 11 members, 7 votes; `councilAt('1966-01-01')` → 15 and 9; null before the Charter. */
export function councilAt(date: string): Council | null {
  if (date < CHARTER_IN_FORCE) return null;
  return date < ENLARGED_COUNCIL_FROM ? { members: 11, votesNeeded: 7 } : { members: 15, votesNeeded: 9 };
}

/** The votes in favour a Council decision of that date needs (nine; seven before 1966). */
export function scVotesNeeded(date: string): number {
  return councilAt(date)?.votesNeeded ?? 7;
}

/** Procedural motions are procedural; draft resolutions and amendments to them are substantive. */
export function questionOf(kind: Kind): Question {
  return kind === 'procedural-motion' ? 'procedural' : 'substantive';
}

/** What a tally lacks for the rule to apply: the count in favour, the count against, or every permanent member's position. */
export type Missing = 'yes' | 'no' | 'permanent positions';

export type ComputedOutcome =
  | { result: Result; vetoedBy: string[] }
  /** The tally does not say enough to apply the rule; `missing` says what is missing. */
  | { result: null; missing: Missing };

/**
 * GA rule. `gaOutcome(93, 18)` → adopted; `gaOutcome(31, 71)` → rejected;
 * a tie is rejected (no majority).
 */
export function gaOutcome(yes: number | null, no: number | null, majority: Majority = 'simple'): ComputedOutcome {
  if (yes === null || no === null) {
    return { result: null, missing: yes === null ? 'yes' : 'no' };
  }
  const adopted = majority === 'simple' ? yes > no : yes > 0 && 3 * yes >= 2 * (yes + no);
  return { result: adopted ? 'adopted' : 'rejected', vetoedBy: [] };
}

export interface ScInput {
  question: Question;
  /** Votes in favour needed at the decision's date (`scVotesNeeded`). */
  votesNeeded: number;
  yes: number | null;
  no: number | null;
  /** Each permanent member's position where reported (code → Y/N/A/X); absent = not reported. */
  permanentPositions: ReadonlyMap<string, string>;
  permanentMembers: readonly string[];
}

/**
 * SC rule. 10 in favour, none against → adopted; 4 in favour → failed (4 of the
 * 9 needed); 11 in favour and the Russian Federation against → vetoed by RUS.
 */
export function scOutcome(input: ScInput): ComputedOutcome {
  const { question, yes, no, permanentPositions, permanentMembers, votesNeeded } = input;
  if (yes === null) return { result: null, missing: 'yes' };
  if (yes < votesNeeded) return { result: 'failed', vetoedBy: [] };
  if (question === 'procedural') return { result: 'adopted', vetoedBy: [] };
  const vetoedBy = permanentMembers.filter((code) => permanentPositions.get(code) === 'N');
  if (vetoedBy.length > 0) return { result: 'vetoed', vetoedBy };
  if (no === 0 || permanentMembers.every((code) => permanentPositions.has(code))) {
    return { result: 'adopted', vetoedBy: [] };
  }
  // A permanent member whose position is not reported may have voted against: a veto.
  return { result: null, missing: 'permanent positions' };
}

/** Whether a recorded outcome agrees with the computed one (a recorded SC "rejected" covers "failed"). */
export function outcomesAgree(
  body: Body,
  recorded: { result: Result; vetoedBy: readonly string[] },
  computed: { result: Result; vetoedBy: readonly string[] },
): boolean {
  if (body === 'SC' && recorded.result === 'rejected' && computed.result === 'failed') return true;
  if (recorded.result !== computed.result) return false;
  const a = [...recorded.vetoedBy].sort();
  const b = [...computed.vetoedBy].sort();
  return a.length === b.length && a.every((code, i) => code === b[i]);
}

/** Which results a body can record. */
export function resultsOf(body: Body): readonly Result[] {
  return body === 'GA' ? ['adopted', 'rejected'] : ['adopted', 'rejected', 'vetoed', 'failed'];
}

/**
 * The rule that decides a decision: its body, whether the question is
 * procedural, and in the Council the votes in favour it needs.
 * `ruleOf('SC', 'amendment', '2025-02-24')` → `{ body: 'SC', question: 'substantive', votesNeeded: 9 }`.
 */
export type Rule = { body: 'GA'; question: Question } | { body: 'SC'; question: Question; votesNeeded: number };

export function ruleOf(body: Body, kind: Kind, date: string): Rule {
  const question = questionOf(kind);
  return body === 'GA' ? { body, question } : { body, question, votesNeeded: scVotesNeeded(date) };
}
