import { describe, expect, it } from 'vitest';
import { committedPack } from '../../../test/history';
import { importFixture } from '../../../test/undl';
import { decisionOfRcid } from '../history/pack';
import { RECORD_LAST_DATE } from '../history/vocabulary';
import { counterpartOf, mergeRecordVote, recordAgainstImport } from './record';

describe('the record against an import, vote by vote', () => {
  const pack = committedPack();
  const { store } = importFixture('ga-from-record.csv');

  it('is matched once per pair of datasets', () => {
    expect(recordAgainstImport(pack, store)).toBe(recordAgainstImport(pack, store));
  });

  it('gives each side its counterpart: a match, the candidates of an ambiguous one, or none', () => {
    const result = recordAgainstImport(pack, store);
    const es10 = decisionOfRcid(pack, 5588);
    expect(counterpartOf(result, 'a', es10)).toEqual({ kind: 'match', index: 1, on: 'day' });
    expect(counterpartOf(result, 'b', 1)).toEqual({ kind: 'match', index: es10, on: 'day' });
    const lettered = decisionOfRcid(pack, 1187);
    expect(counterpartOf(result, 'a', lettered)).toEqual({ kind: 'ambiguous', candidates: [0], reason: 'parts' });
    expect(counterpartOf(result, 'b', 0)).toMatchObject({ kind: 'ambiguous', reason: 'parts' });
    expect(counterpartOf(result, 'a', 0)).toEqual({ kind: 'none' });
  });

  it('merges a matched vote state by state', () => {
    const merged = mergeRecordVote(pack, decisionOfRcid(pack, 5588), store, 1);
    expect(merged.summary).toMatchObject({ agree: 171, fill: 22, disputed: 0 });
  });

  it('knows the last day of the record without reading it', () => {
    expect(RECORD_LAST_DATE).toBe(pack.dataset.coverage.to);
  });

  it('matches nothing of a Security Council file', () => {
    const sc = importFixture('sc-2774.csv').store;
    expect(recordAgainstImport(pack, sc).matches).toEqual([]);
  });
});
