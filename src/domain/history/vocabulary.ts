/**
 * The record's small vocabulary, apart from the pack's reader so that the
 * first screen's script (the address parser) does not carry the reader.
 */

/** The record's topic codes (`short_name`), in the order of the pack's topic bits. */
export const TOPIC_CODES = ['me', 'nu', 'di', 'hr', 'co', 'ec'] as const;
export type TopicCode = (typeof TOPIC_CODES)[number];

/**
 * What a decision was on, as far as the record says: `amendment`,
 * `paragraph` (a separate vote on part of a text), `resolution` (neither:
 * a vote on a whole text, or on a motion), or `not-coded` (the record codes
 * this for every vote until 1984, and for some since 1997).
 */
export const DECISION_KINDS = ['resolution', 'amendment', 'paragraph', 'not-coded'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export interface RecordFilter {
  /** First year, inclusive; null for no lower bound. */
  fromYear: number | null;
  /** Last year, inclusive; null for no upper bound. */
  toYear: number | null;
  /** A session number; null for any. */
  session: number | null;
  /** Topic codes (`co`, `hr` …): decisions tagged with any of them; empty for any. */
  topics: readonly string[];
  /** Only decisions on the US State Department's list of important votes. */
  importantOnly: boolean;
  kind: DecisionKind | null;
  /** Words that must all appear in the title, symbol or description, in any case and with or without accents. */
  text: string;
}

export const NO_FILTER: RecordFilter = {
  fromYear: null,
  toYear: null,
  session: null,
  topics: [],
  importantOnly: false,
  kind: null,
  text: '',
};

/** The last day the bundled record has a vote of (its pack's `coverage.to`): later votes are not looked for in it. */
export const RECORD_LAST_DATE = '2020-01-14';
