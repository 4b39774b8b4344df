/** Who is in each group an alignment matrix can be drawn for. */
import type { AlignmentGroup } from './alignmentVocabulary';
import type { RegionalGroup } from './schema';
import { EU_ENLARGEMENTS, EU_WITHDRAWALS, FORMER_GROUP } from './groups';

/** Former states that count in the seat of the member that continued them (the record's alignment joins them). */
const CONTINUED_IN_A_SEAT: ReadonlySet<string> = new Set(['SUN', 'ROC', 'SCG', 'YAR', 'TAN']);

export type { AbstainRule, AlignmentGroup } from './alignmentVocabulary';
export { ABSTAIN_RULES, ALIGNMENT_GROUPS } from './alignmentVocabulary';

/**
 * The 27 member states of the European Union today (since the United
 * Kingdom left on 31 January 2020), by ISO 3166-1 alpha-3 code. Source: the
 * European Union, "EU countries",
 * https://european-union.europa.eu/principles-countries-history/eu-countries_en
 * (data/README.md says so too). Over the record, a member counts with all its
 * votes, also those from before it joined the EU.
 */
export const EU_MEMBERS: readonly string[] = EU_ENLARGEMENTS.flatMap((e) => e.states)
  .filter((key) => !(key in EU_WITHDRAWALS))
  .sort();

/**
 * Former states of the record in the regional group of their region (they
 * belong to none today): Czechoslovakia, the SFR Yugoslavia and the German
 * Democratic Republic Eastern European; Democratic Yemen Asia-Pacific;
 * Zanzibar African. (The USSR, the Republic of China, Serbia and Montenegro,
 * the Yemen Arab Republic and Tanganyika count in the seat of the member that
 * continued them.)
 */
export const FORMER_STATE_GROUPS: Readonly<Record<string, RegionalGroup>> = Object.fromEntries(
  Object.entries(FORMER_GROUP).filter(([key]) => !CONTINUED_IN_A_SEAT.has(key)),
);

export interface GroupContext {
  /** Member states with the regional group they count in for elections (the curated day's 193). */
  states: readonly { code: string; regionalGroup: RegionalGroup }[];
  /** The Security Council the groups `p5` and `council` mean. */
  council: { permanent: readonly string[]; elected: readonly string[] } | null;
}

/**
 * The state keys of a group, in the order of its source:
 * `groupKeys('p5', ctx)` → `['CHN', 'FRA', 'RUS', 'GBR', 'USA']` for the 2025 Council.
 * A regional group lists today's members, then former states of its region.
 */
export function groupKeys(group: AlignmentGroup, context: GroupContext): string[] {
  switch (group) {
    case 'p5':
      return [...(context.council?.permanent ?? [])];
    case 'council':
      return context.council ? [...context.council.permanent, ...context.council.elected] : [];
    case 'eu':
      return [...EU_MEMBERS];
    default:
      return [
        ...context.states.filter((s) => s.regionalGroup === group).map((s) => s.code),
        ...Object.keys(FORMER_STATE_GROUPS).filter((key) => FORMER_STATE_GROUPS[key] === group),
      ];
  }
}
