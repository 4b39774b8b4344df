import { describe, expect, it } from 'vitest';
import { bundledDataset, decisionOf } from '../../test/dataset';
import { amendmentPairs, questionPairs } from './compare';
import { checkTally } from './tally';
import { amendmentsTable, questionPairsTable, tallyCheckTable } from './tables';

const dataset = bundledDataset();

describe('tables as CSV', () => {
  it('the tally check: a row per position', () => {
    const table = tallyCheckTable(checkTally(decisionOf(dataset, 'ga-l11')));
    expect(table.header).toEqual(['ms_vote', 'recorded', 'reported', 'disputed', 'list', 'check']);
    expect(table.rows).toEqual([
      ['Y', '93 or 89', 0, 1, 'partial', 'agrees'],
      ['N', '8', 1, 0, 'partial', 'agrees'],
      ['A', '73 or 70', 1, 1, 'partial', 'agrees'],
      ['X', 'not recorded', 0, 0, 'partial', 'agrees'],
    ]);
  });

  it('the amendments of a draft, in voting order', () => {
    const table = amendmentsTable(dataset, decisionOf(dataset, 'sc-s2025-112'));
    expect(table.rows.map((r) => [r[0], r[2], r[3]])).toEqual([
      ['sc-am-invasion', 'failed', '6–1–8'],
      ['sc-am-sovereignty', 'vetoed', '9–?–?'],
      ['sc-am-just-peace', 'vetoed', '11–?–?'],
      ['sc-am-rus', 'failed', '4–6–5'],
    ]);
  });

  it('the same amendments in both bodies', () => {
    const table = questionPairsTable(amendmentPairs(questionPairs(dataset)));
    expect(table.rows).toHaveLength(4);
    expect(table.rows[3].slice(1)).toEqual(['ga-l11-am-rus', 'rejected', '31–71–?', 'sc-am-rus', 'failed', '4–6–5']);
  });
});
