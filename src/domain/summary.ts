/**
 * What a reader sees first of a decision: its recorded tally (and any
 * disputing tally), its outcome with the reason, the rule that decided it,
 * and whether the tally bears the outcome out, as facts (the UI words them).
 */
import type { Dataset, Decision } from './model';
import { labelOf, symbolOf } from './model';
import type { Outcome, Position, Tally } from './schema';
import type { ComputedOutcome, Rule } from './rules';
import { outcomesAgree, ruleOf } from './rules';
import type { OutcomeFacts, OutcomeReason } from './outcome';
import { computeOutcome, outcomeFacts, outcomeReason } from './outcome';
import type { TallySegments } from './tally';
import { deriveTally, recordedCounts, tallySegments } from './tally';

export interface DecisionSummary {
  decision: Decision;
  /** The document symbol; null where none is recorded. */
  symbol: string | null;
  /** The symbol, or the title where there is none (`labelOf`). */
  label: string;
  /** 1-based place in its body's voting order, of how many. */
  order: number;
  votesInBody: number;
  /** The first recorded tally; null where none is recorded. */
  tally: Tally | null;
  /** The first recorded tally by position (null where not recorded). */
  recorded: Record<Position, number | null>;
  /** Other tallies that sources give (a disputed tally). */
  otherTallies: Tally[];
  segments: TallySegments;
  eligible: number;
  outcome: Outcome;
  otherOutcomes: Outcome[];
  /** The recorded outcome as a reader is first told it (vetoed by RUS, 11 in favour). */
  outcomeFacts: OutcomeFacts;
  /** Why the outcome follows from the tally (11 in favour, but RUS, a permanent member, against). */
  reason: OutcomeReason;
  rule: Rule;
  /** The outcome the rule gives for the first tally; null result where the tally is not enough. */
  computed: ComputedOutcome | null;
  /** Whether the recorded outcome follows from the tally; null where it cannot be checked. */
  agrees: boolean | null;
}

export function summarize(dataset: Dataset, decision: Decision): DecisionSummary {
  const tallies = decision.record.tally.map((c) => c.value);
  const outcomes = decision.record.outcome.map((c) => c.value);
  const tally = tallies[0] ?? null;
  const eligible = deriveTally(decision.positions).eligible;
  const computed = tally ? computeOutcome(dataset, decision, tally) : null;
  const agrees = computed && computed.result !== null ? outcomesAgree(decision.body, outcomes[0], computed) : null;
  const inBody = dataset.decisions.filter((d) => d.body === decision.body);
  const order = inBody.filter((d) => d.index <= decision.index).length;
  return {
    decision,
    symbol: symbolOf(decision),
    label: labelOf(decision),
    order,
    votesInBody: inBody.length,
    tally,
    recorded: recordedCounts(tally),
    otherTallies: tallies.slice(1),
    segments: tallySegments(tally, eligible),
    eligible,
    outcome: outcomes[0],
    otherOutcomes: outcomes.slice(1),
    outcomeFacts: outcomeFacts(outcomes[0], tally, decision.date),
    reason: outcomeReason(decision, outcomes[0], tally),
    rule: ruleOf(decision.body, decision.kind, decision.date),
    computed,
    agrees,
  };
}

/**
 * A body's day counted by kind and result (a sentence each for the reader:
 * "2 draft resolutions adopted", "2 amendments vetoed").
 */
export function bodyDay(
  decisions: readonly Decision[],
): { kind: Decision['kind']; result: Outcome['result']; count: number }[] {
  const counts = new Map<string, { kind: Decision['kind']; result: Outcome['result']; count: number }>();
  for (const d of decisions) {
    const result = d.record.outcome[0].value.result;
    const key = `${d.kind}|${result}`;
    const entry = counts.get(key) ?? { kind: d.kind, result, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts.values()];
}

/** Whether the sources give different numbers of sponsors: ["Ukraine and 50 other states", "58 countries"] → true. */
export function sponsorCountDisputed(decision: Decision): boolean {
  const counts = new Set(decision.record.sponsors.map((s) => s.value.count).filter((n) => n !== null));
  return counts.size > 1;
}
