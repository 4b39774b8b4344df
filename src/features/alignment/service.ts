/**
 * What the alignment view asks for, answered from the domain's measure:
 * one state's ranking, a pair and its years, a group's matrix, and every
 * pair as CSV. The same object runs in the alignment worker (over the
 * record, building the bitsets and the full matrix takes longer than a
 * frame) and, where there is no Worker (jsdom), in the page.
 */
import type {
  AbstainRule,
  AgreementMatrix,
  AlignmentInput,
  PairCounts,
  Party,
  RankRow,
  RecordPositions,
  RecordSelection,
  YearAgreement,
} from '../../domain/alignment';
import {
  PAIRS_HEADER,
  agreementMatrix,
  pairAgreement,
  pairRows,
  partiesByKey,
  rankByAgreement,
  recordAlignment,
  yearlyAgreement,
} from '../../domain/alignment';
import { toCsv } from '../../domain/csv';

/** Positions to compare: bitsets ready (a dataset file's, small), or the record's positions to build them from. */
export type AlignmentSource = { kind: 'input'; input: AlignmentInput } | { kind: 'record'; record: RecordPositions };

export interface AlignmentQuery {
  /** The id the source was loaded under. */
  source: string;
  /** The record's decisions to compare over (a ready input has its own). */
  selection: RecordSelection;
  rule: AbstainRule;
  /** The state whose ranking is shown, and the first of the pair. */
  state: string;
  /** The second of the pair. */
  with: string;
  /** The keys of the matrix's members, in order. */
  group: readonly string[];
}

export interface AlignmentAnswer {
  parties: readonly Party[];
  decisionCount: number;
  /** The first and last year of the chosen decisions; null where none was chosen. */
  years: { first: number; last: number } | null;
  /** Indexes of `state` and `with` in `parties`, -1 where they are not parties. */
  state: number;
  with: number;
  /** Every other party by agreement with `state` (empty where it is not a party). */
  ranking: RankRow[];
  pair: (PairCounts & { agreement: number | null }) | null;
  pairYears: YearAgreement[];
  /** The group's members that are parties, with their counts. */
  matrix: AgreementMatrix;
}

export interface AlignmentService {
  load(id: string, source: AlignmentSource): void;
  answer(query: AlignmentQuery): AlignmentAnswer;
  /** Every pair of every party once, as the command line prints them (with a byte-order mark for spreadsheets). */
  pairsCsv(query: Pick<AlignmentQuery, 'source' | 'selection' | 'rule'>): string;
}

export function createAlignmentService(): AlignmentService {
  const sources = new Map<string, AlignmentSource>();
  // The bitsets of the last selection, kept while the reader changes the states, the rule or the group.
  let last: { source: AlignmentSource; key: string; input: AlignmentInput } | null = null;

  function inputOf(query: Pick<AlignmentQuery, 'source' | 'selection'>): AlignmentInput {
    const source = sources.get(query.source);
    if (!source) throw new Error(`no positions loaded as “${query.source}”`);
    if (source.kind === 'input') return source.input;
    const key = JSON.stringify(query.selection);
    if (last?.source !== source || last.key !== key) {
      last = { source, key, input: recordAlignment(source.record, query.selection) };
    }
    return last.input;
  }

  return {
    load(id, source) {
      sources.set(id, source);
    },
    answer(query) {
      const input = inputOf(query);
      const a = input.partyIndex.get(query.state) ?? -1;
      const b = input.partyIndex.get(query.with) ?? -1;
      const members = query.group.map((key) => input.partyIndex.get(key)).filter((i) => i !== undefined);
      let first = Infinity;
      let lastYear = -Infinity;
      for (const year of input.years) {
        if (year < first) first = year;
        if (year > lastYear) lastYear = year;
      }
      return {
        parties: input.parties,
        decisionCount: input.decisionCount,
        years: input.decisionCount > 0 ? { first, last: lastYear } : null,
        state: a,
        with: b,
        ranking: a < 0 ? [] : rankByAgreement(input, a, query.rule),
        pair: a < 0 || b < 0 ? null : pairAgreement(input, a, b, query.rule),
        pairYears: a < 0 || b < 0 ? [] : yearlyAgreement(input, a, b, query.rule),
        matrix: agreementMatrix(input, members),
      };
    },
    pairsCsv(query) {
      const input = inputOf(query);
      const matrix = agreementMatrix(input, partiesByKey(input));
      return toCsv(PAIRS_HEADER, pairRows(input.parties, matrix, query.rule), { bom: true });
    },
  };
}
