/**
 * The smaller tables of the app as CSV: header and rows, the same cells the
 * tables show, so every table downloads what it shows.
 */
import type { Cell } from './csv';
import type { QuestionPair } from './compare';
import type { Dataset, Decision } from './model';
import { symbolOf } from './model';
import { outcomeText } from './export';
import type { TallyCheck } from './tally';
import { formatTally, recordedText } from './tally';

export interface CsvTable {
  header: string[];
  rows: Cell[][];
}

/** The recorded tally against the reported positions, a row per position. */
export function tallyCheckTable(checks: readonly TallyCheck[]): CsvTable {
  return {
    header: ['ms_vote', 'recorded', 'reported', 'disputed', 'list', 'check', 'problem'],
    rows: checks.map((c) => [
      c.position,
      recordedText(c),
      c.reported,
      c.disputed,
      c.complete ? 'complete' : 'partial',
      c.status,
      c.problems.map((p) => p.message).join('; '),
    ]),
  };
}

const tallyCell = (d: Decision | null) =>
  d === null ? '' : d.record.tally.map((c) => formatTally(c.value)).join(' or ') || 'not recorded';

/** The amendments voted on a draft, in voting order. */
export function amendmentsTable(dataset: Dataset, draft: Decision): CsvTable {
  return {
    header: ['symbol', 'decision', 'title', 'outcome', 'tally'],
    rows: draft.amendments.map((i) => {
      const a = dataset.decisions[i];
      return [symbolOf(a), a.id, a.title, outcomeText(a), tallyCell(a)];
    }),
  };
}

/** The same amendments in both bodies. */
export function questionPairsTable(pairs: readonly QuestionPair[]): CsvTable {
  return {
    header: [
      'question',
      'ga_symbol',
      'ga_decision',
      'ga_outcome',
      'ga_tally',
      'sc_symbol',
      'sc_decision',
      'sc_outcome',
      'sc_tally',
    ],
    rows: pairs.map((p) => [
      p.question.title,
      p.ga && symbolOf(p.ga),
      p.ga?.id,
      p.ga ? outcomeText(p.ga) : 'not voted',
      tallyCell(p.ga),
      p.sc && symbolOf(p.sc),
      p.sc?.id,
      p.sc ? outcomeText(p.sc) : 'not voted',
      tallyCell(p.sc),
    ]),
  };
}
