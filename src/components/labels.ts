/** Display labels, kept apart from the stored values (Y, N, A, X; adopted, …). */
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

/** How an abstention against a yes or a no counts in the agreement between two states. */
export const ABSTAIN_RULE_LABEL = {
  half: 'as half agreement (Voeten’s index)',
  disagree: 'as disagreement',
} as const;
