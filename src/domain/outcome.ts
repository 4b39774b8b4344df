/**
 * A decision's outcome: computed from each recorded tally by its body's
 * rule, compared with the recorded outcome, and put in words.
 */
import type { Dataset, Decision } from './model';
import { permanentOn, positionOf } from './model';
import type { Outcome, Tally } from './schema';
import type { ComputedOutcome } from './rules';
import { gaOutcome, questionOf, scOutcome, scVotesNeeded } from './rules';
import { stateName } from './model';

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

const TAKES_ARTICLE =
  /^(Russian Federation|United |Republic of |Democratic |Netherlands|Philippines|Bahamas|Gambia|Marshall Islands|Solomon Islands|Central African Republic|Dominican Republic|Syrian Arab Republic|Lao |Comoros|Maldives|Seychelles|Sudan$)/;

/** A state's name as it stands in a sentence: "the Russian Federation", "China". */
export function inSentence(name: string): string {
  return TAKES_ARTICLE.test(name) ? `the ${name}` : name;
}

/** Names joined for a sentence: ["France", "the United Kingdom"] → "France and the United Kingdom". */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * The recorded outcome with its reason, for a reader.
 * Vetoed, 11 in favour → "Vetoed by the Russian Federation (11 in favour)";
 * failed, 4 in favour → "Failed: 4 of the 9 votes needed".
 */
/** The outcome in words; `date` is the decision's (the Council needed seven votes before 1966, nine since). */
export function describeOutcome(dataset: Dataset, outcome: Outcome, tally: Tally | null, date: string): string {
  const names = outcome.vetoedBy.map((code) => inSentence(stateName(dataset, code)));
  const yes = tally?.yes ?? null;
  switch (outcome.result) {
    case 'adopted':
      return 'Adopted';
    case 'rejected':
      return 'Rejected';
    case 'vetoed': {
      const who = names.length > 0 ? ` by ${joinNames(names)}` : '';
      return `Vetoed${who}${yes === null ? '' : ` (${yes} in favour)`}`;
    }
    case 'failed':
      return yes === null ? 'Failed: not enough votes' : `Failed: ${yes} of the ${scVotesNeeded(date)} votes needed`;
  }
}

/**
 * Why the outcome follows from the tally, in words.
 * GA adopted 93–18 → "93 in favour, 18 against: a majority of those present and voting";
 * SC vetoed, 11 in favour → "11 in favour, but the Russian Federation, a permanent member, voted against".
 */
export function outcomeReason(dataset: Dataset, decision: Decision, outcome: Outcome, tally: Tally | null): string {
  if (tally === null || tally.yes === null) return 'No tally is recorded.';
  const yes = `${tally.yes} in favour`;
  const against = tally.no === null ? '' : `, ${tally.no} against`;
  if (decision.body === 'GA') {
    return outcome.result === 'adopted'
      ? `${yes}${against}: a majority of those present and voting.`
      : `${yes}${against}: no majority of those present and voting.`;
  }
  const needed = `${scVotesNeeded(decision.date)} needed`;
  switch (outcome.result) {
    case 'adopted':
      return questionOf(decision.kind) === 'procedural'
        ? `${yes}, ${needed}.`
        : `${yes}, ${needed}, and no permanent member against.`;
    case 'vetoed': {
      const names = outcome.vetoedBy.map((code) => inSentence(stateName(dataset, code)));
      return `${yes}, but ${joinNames(names)}, ${names.length === 1 ? 'a permanent member' : 'permanent members'}, voted against.`;
    }
    case 'failed':
    case 'rejected':
      return `${yes}, ${needed}.`;
  }
}
