/**
 * The alignment view's small vocabulary (abstention rules, groups for the
 * matrix), apart from the measure and the groups' members so that the
 * address parser in the first screen's script carries only these words.
 */
import { REGIONAL_GROUPS } from './vocabulary';

/**
 * How an abstention against a yes or a no counts: `half` agreement (the
 * index of Voeten's data and the research literature), or `disagree`ment.
 */
export const ABSTAIN_RULES = ['half', 'disagree'] as const;
export type AbstainRule = (typeof ABSTAIN_RULES)[number];

/** Groups a matrix can be drawn for: the permanent five, the Council of the curated day's year, the EU, a regional group. */
export const ALIGNMENT_GROUPS = ['p5', 'council', 'eu', ...REGIONAL_GROUPS] as const;
export type AlignmentGroup = (typeof ALIGNMENT_GROUPS)[number];
