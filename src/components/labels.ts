/**
 * The reader's words. The domain returns values and facts (Y, N, A, X;
 * adopted; a veto by RUS with 11 in favour); the labels and the sentences the
 * UI makes of them live here, apart from the stored values. The diagnostics of
 * the readers and checks stay in the domain: the command-line tools print them.
 */
import type { Dataset } from '../domain/model';
import { stateName } from '../domain/model';
import type { OutcomeFacts, OutcomeReason } from '../domain/outcome';
import type { Missing, Rule } from '../domain/rules';
import type { PositionFilter } from '../domain/rows';
import type { Body, Kind, Position, Result } from '../domain/schema';
import type { TallyCheckStatus } from '../domain/tally';
import type { DecisionKind } from '../domain/history/vocabulary';

export const POSITION_LABEL: Record<Position, string> = { Y: 'Yes', N: 'No', A: 'Abstain', X: 'Non-voting' };
export const POSITION_COLOR: Record<Position | 'notRecorded', string> = {
  Y: '#009E73',
  N: '#D55E00',
  A: '#E69F00',
  X: '#8C8C8C',
  notRecorded: '#D9D9D9',
};
/** A second signal beside colour. */
export const POSITION_MARK: Record<Position, string> = { Y: '✓', N: '✗', A: '–', X: '○' };
export const NOT_REPORTED = 'Not reported';
/** A member the record gives no position for: absent, or present and not voting (the record cannot tell which). */
export const ABSENT_OR_NOT_VOTING = 'Absent or not voting';
export const ABSENT_COLOR = '#5E5E5E';
/** The part of a body that a recorded tally does not account for. */
export const NOT_RECORDED = 'Not recorded';
export const DISPUTED = 'Disputed';
/** The filter of a decision's states by reported position, or by status where none is reported. */
export const POSITION_FILTER_LABEL: Record<Exclude<PositionFilter, null>, string> = {
  ...POSITION_LABEL,
  disputed: DISPUTED,
  'not-reported': NOT_REPORTED,
};
/** Beside a source's title that describes it rather than gives its own title. */
export const SOURCE_TITLE_DESCRIBED = 'description, not its own title';
export const SOURCE_DATE_NOT_RECORDED = 'date not recorded';
/** Before the record a bulk source's fact is cited by: “record AFG”. */
export const RECORD_CITED = 'record';
export const BODY_LABEL: Record<Body, string> = { GA: 'General Assembly', SC: 'Security Council' };
export const KIND_LABEL: Record<Kind, string> = {
  'draft-resolution': 'Draft resolution',
  amendment: 'Amendment',
  'procedural-motion': 'Procedural motion',
};
/** The check of a recorded count against the reported positions. */
export const TALLY_CHECK_LABEL: Record<TallyCheckStatus, string> = {
  agrees: 'agrees',
  disagrees: 'disagrees',
  'nothing to compare': 'nothing to compare',
};
export const RESULT_LABEL: Record<Result, string> = {
  adopted: 'Adopted',
  rejected: 'Rejected',
  vetoed: 'Vetoed',
  failed: 'Failed',
};

/** "93 in favour, 18 against, 65 abstentions, 17 non-voting", with "not recorded" for the rest. */
export function tallyWords(
  counts: { Y: number | null; N: number | null; A: number | null; X: number | null },
  notRecorded: number,
): string {
  const parts: string[] = [];
  if (counts.Y !== null) parts.push(`${counts.Y} in favour`);
  if (counts.N !== null) parts.push(`${counts.N} against`);
  if (counts.A !== null) parts.push(`${counts.A} abstention${counts.A === 1 ? '' : 's'}`);
  if (counts.X !== null) parts.push(`${counts.X} non-voting`);
  if (notRecorded > 0) parts.push(`${notRecorded} not recorded`);
  return parts.length > 0 ? parts.join(', ') : 'No tally recorded';
}

export const RECORD_KIND_LABEL: Record<DecisionKind, string> = {
  resolution: 'Whole text or motion',
  amendment: 'Amendment',
  paragraph: 'Paragraph',
  'not-coded': 'Not coded',
};

/** What a counted tally says under the simple-majority rule (not the official outcome, which the record lacks). */
export const COUNTED_MAJORITY_LABEL = {
  majority: 'Majority in favour',
  'no-majority': 'No majority',
} as const;

/** A decision's column head, short and distinct across the day: its body and its place in the body's voting order ("GA 1"). */
export function columnHead(body: Body, order: number): string {
  return `${body} ${order}`;
}

const TAKES_ARTICLE =
  /^(Russian Federation|United |Republic of |Democratic |Netherlands|Philippines|Bahamas|Gambia|Marshall Islands|Solomon Islands|Central African Republic|Dominican Republic|Syrian Arab Republic|Lao |Comoros|Maldives|Seychelles|Sudan$)/;

/** A state's name as it stands in a sentence: "the Russian Federation", "China". */
export function inSentence(name: string): string {
  return TAKES_ARTICLE.test(name) ? `the ${name}` : name;
}

/** Names joined for a sentence: ["France", "the United Kingdom"] → "France and the United Kingdom". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

type StateNames = Pick<Dataset, 'states' | 'stateIndex'>;

/** States by code, named for a sentence: ["FRA", "GBR"] → "France and the United Kingdom of Great Britain …". */
export function statesInSentence(dataset: StateNames, codes: readonly string[]): string {
  return joinNames(codes.map((code) => inSentence(stateName(dataset, code))));
}

/** The first letter in upper case, to open a sentence: "the Russian Federation" → "The Russian Federation". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The recorded outcome in words:
 * vetoed by RUS, 11 in favour → "Vetoed by the Russian Federation (11 in favour)";
 * failed, 4 in favour of 9 needed → "Failed: 4 of the 9 votes needed".
 */
export function outcomeWords(facts: OutcomeFacts, dataset: StateNames): string {
  switch (facts.result) {
    case 'adopted':
    case 'rejected':
      return RESULT_LABEL[facts.result];
    case 'vetoed': {
      const who = facts.vetoedBy.length > 0 ? ` by ${statesInSentence(dataset, facts.vetoedBy)}` : '';
      return `Vetoed${who}${facts.yes === null ? '' : ` (${facts.yes} in favour)`}`;
    }
    case 'failed':
      return facts.yes === null
        ? 'Failed: not enough votes'
        : `Failed: ${facts.yes} of the ${facts.needed} votes needed`;
  }
}

/**
 * Why the outcome follows from the tally, in words:
 * GA adopted 93–18 → "93 in favour, 18 against: a majority of those present and voting.";
 * SC vetoed, 11 in favour → "11 in favour, but the Russian Federation, a permanent member, voted against."
 */
export function reasonWords(reason: OutcomeReason, dataset: StateNames): string {
  switch (reason.kind) {
    case 'no tally':
      return 'No tally is recorded.';
    case 'ga': {
      const against = reason.no === null ? '' : `, ${reason.no} against`;
      return `${reason.yes} in favour${against}: ${reason.majority ? 'a majority' : 'no majority'} of those present and voting.`;
    }
    case 'sc': {
      const veto = reason.adopted && !reason.procedural ? ', and no permanent member against' : '';
      return `${reason.yes} in favour, ${reason.needed} needed${veto}.`;
    }
    case 'vetoed': {
      const members = reason.vetoedBy.length === 1 ? 'a permanent member' : 'permanent members';
      return `${reason.yes} in favour, but ${statesInSentence(dataset, reason.vetoedBy)}, ${members}, voted against.`;
    }
  }
}

const NUMBER_WORD: Record<number, string> = { 7: 'seven', 9: 'nine' };

/** The rule that decided a decision, in words: "Security Council: adopted with nine votes in favour and no negative vote …". */
export function ruleWords(rule: Rule): string {
  if (rule.body === 'GA') {
    return 'General Assembly: adopted by a majority of the members present and voting (abstentions are not counted).';
  }
  const votes = `${NUMBER_WORD[rule.votesNeeded] ?? rule.votesNeeded} votes in favour`;
  return rule.question === 'procedural'
    ? `Security Council, procedural: adopted with ${votes}; no veto applies.`
    : `Security Council: adopted with ${votes} and no negative vote of a permanent member (a veto); an abstention is not a veto.`;
}

/** What a tally lacks for the rule to apply, as it ends "… cannot be checked against the tally without …". */
export const MISSING_WORDS: Record<Missing, string> = {
  yes: 'the number in favour',
  no: 'the number against',
  'permanent positions': "every permanent member's position (a negative vote would be a veto)",
};

/** How an abstention against a yes or a no counts in the agreement between two states. */
export const ABSTAIN_RULE_LABEL = {
  half: 'as half agreement (Voeten’s index)',
  disagree: 'as disagreement',
} as const;

/** The bands of how contested a vote was (src/domain/divided.ts), from least to most. */
export const BAND_LABEL = {
  'near-unanimous': 'Near-unanimous',
  clear: 'Clear',
  divided: 'Divided',
  'highly-divided': 'Highly divided',
} as const;
/** Light to dark, apart from the positions' colours: the bands also read in grey-scale, and always beside their words. */
export const BAND_COLOR = {
  'near-unanimous': '#9ECAE1',
  clear: '#4292C6',
  divided: '#8856A7',
  'highly-divided': '#3F007D',
} as const;

/** A download button's words for what a table shows: "Download this vote (CSV)", "Download these 1,204 votes (CSV)". */
export function downloadTheseLabel(count: number, noun: 'vote' | 'position' | 'row'): string {
  return count === 1 ? `Download this ${noun} (CSV)` : `Download these ${count.toLocaleString('en')} ${noun}s (CSV)`;
}
