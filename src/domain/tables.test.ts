import { describe, expect, it } from 'vitest';
import { bundledDataset, decisionOf, mutatedFile, recordOf } from '../../test/dataset';
import { buildDataset } from './model';
import { amendmentPairs, questionPairs } from './compare';
import { checkTally } from './tally';
import { amendmentsTable, questionPairsTable, tallyCheckTable } from './tables';

const dataset = bundledDataset();

describe('tables as CSV', () => {
  it('the tally check: a row per position, saying what it compared', () => {
    const table = tallyCheckTable(checkTally(decisionOf(dataset, 'ga-l11')));
    expect(table.header).toEqual(['ms_vote', 'recorded', 'reported', 'disputed', 'list', 'check', 'problem']);
    expect(table.rows).toEqual([
      ['Y', '93 or 89', 0, 1, 'partial', 'agrees', ''],
      ['N', '8', 1, 0, 'partial', 'agrees', ''],
      ['A', '73 or 70', 1, 1, 'partial', 'agrees', ''],
      ['X', 'not recorded', 0, 0, 'partial', 'nothing to compare', ''],
    ]);
  });

  it('the tally check: nothing to compare where nothing is recorded and nothing reported', () => {
    const table = tallyCheckTable(checkTally(decisionOf(dataset, 'ga-l11-am-invasion')));
    expect(table.rows).toEqual(
      ['Y', 'N', 'A', 'X'].map((p) => [p, 'not recorded', 0, 0, 'partial', 'nothing to compare', '']),
    );
  });

  it('the tally check: disagrees where a complete list names another number than recorded', () => {
    // Built without the integrity checks, which reject such a file.
    const file = mutatedFile((d) => {
      recordOf(d, 'ga-l10').tally[0].value = { yes: 92, no: 18, abstain: 65, nonVoting: 18 };
    });
    const table = tallyCheckTable(checkTally(decisionOf(buildDataset(file), 'ga-l10')));
    expect(table.rows[0]).toEqual([
      'Y',
      '92',
      91,
      2,
      'complete',
      'disagrees',
      'the complete list of Y names 93 states, but the recorded tally is 92',
    ]);
    expect(table.rows.slice(1).map((r) => r[5])).toEqual(['agrees', 'agrees', 'nothing to compare']);
  });

  it('the amendments of a draft, in voting order: a symbol only where one is recorded, and the id apart', () => {
    const table = amendmentsTable(dataset, decisionOf(dataset, 'sc-s2025-112'));
    expect(table.header).toEqual(['symbol', 'decision', 'title', 'outcome', 'tally']);
    expect(table.rows.map((r) => [r[0], r[1], r[3], r[4]])).toEqual([
      [null, 'sc-am-invasion', 'failed', '6–1–8'],
      [null, 'sc-am-sovereignty', 'vetoed', '9–?–?'],
      [null, 'sc-am-just-peace', 'vetoed', '11–?–?'],
      [null, 'sc-am-rus', 'failed', '4–6–5'],
    ]);
    const ga = amendmentsTable(dataset, decisionOf(dataset, 'ga-l11'));
    expect(ga.rows.map((r) => [r[0], r[1]])).toEqual([
      [null, 'ga-l11-am-rus'],
      [null, 'ga-l11-am-invasion'],
      [null, 'ga-l11-am-integrity'],
      ['A/ES-11/L.15', 'ga-l11-am-just-peace'],
    ]);
  });

  it('the same amendments in both bodies: symbols where recorded, ids in their own columns', () => {
    const table = questionPairsTable(amendmentPairs(questionPairs(dataset)));
    expect(table.header).toEqual([
      'question',
      'ga_symbol',
      'ga_decision',
      'ga_outcome',
      'ga_tally',
      'sc_symbol',
      'sc_decision',
      'sc_outcome',
      'sc_tally',
    ]);
    expect(table.rows).toHaveLength(4);
    expect(table.rows[3].slice(1)).toEqual([
      null,
      'ga-l11-am-rus',
      'rejected',
      '31–71–?',
      null,
      'sc-am-rus',
      'failed',
      '4–6–5',
    ]);
    expect(table.rows.map((r) => r[1])).toContain('A/ES-11/L.15');
    const ids = new Set(dataset.decisions.map((d) => d.id));
    for (const row of table.rows) {
      expect(ids.has(String(row[1]))).toBe(false);
      expect(ids.has(String(row[5]))).toBe(false);
    }
  });
});
