import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMembership } from '../membership';
import { createUndlReader } from './reader';
import { POSITION_CODE } from '../history/format';
import {
  importSeatPositions,
  importStateVoteRows,
  importedVoteId,
  isFlagged,
  parseImportedVoteId,
  searchVotes,
  voteOfUndlId,
} from './views';

const memberships = parseMembership(
  readFileSync(new URL('../../../data/sources/un-membership.csv', import.meta.url), 'utf8'),
);
const store = (name: string) => {
  const reader = createUndlReader({ memberships });
  reader.push(new Uint8Array(readFileSync(new URL(`../../../test/fixtures/undl/${name}`, import.meta.url))));
  return reader.end().store;
};

describe('an import’s votes', () => {
  it('are addressed by the dataset and the record number, and found by it', () => {
    const ga = store('ga-synthetic.csv');
    expect(importedVoteId(ga, 1)).toBe('undl-ga-900000002');
    expect(parseImportedVoteId('undl-ga-900000002')).toEqual({ dataset: 'undl-ga', undlId: 900000002 });
    expect(voteOfUndlId(ga, 900000002)).toBe(1);
    expect(voteOfUndlId(ga, 1)).toBe(-1);
    for (const id of ['undl-ga-', 'ga-l10', 'undl-xx-1', 'undl-sc-12345678901', 'undl-sc-1 ']) {
      expect(parseImportedVoteId(id), id).toBeNull();
    }
  });

  it('are searched by every word, in symbols and titles, without case or accents', () => {
    const sc = store('sc-2774.csv');
    expect([...searchVotes(sc, '')]).toEqual([0]);
    expect([...searchVotes(sc, 's/res/2774')]).toEqual([0]);
    expect([...searchVotes(sc, 'S/2025/112')]).toEqual([0]);
    expect([...searchVotes(sc, '2774 nowhere')]).toEqual([]);
  });

  it('are flagged where the positions disagree with the totals', () => {
    expect(isFlagged(store('sc-2774.csv'), 0)).toBe(false);
    expect(isFlagged(store('sc-disagreeing.csv'), 0)).toBe(true);
  });
});

describe('a state’s positions in an import', () => {
  it('follow its seat: the Russian Federation with the USSR’s rows of 1950, each held by its holder', () => {
    const ga = store('ga-synthetic.csv');
    const russia = importSeatPositions(ga, 'RUS')!;
    expect(ga.states[russia.holder[0]].key).toBe('SUN');
    expect(ga.states[russia.holder[1]].key).toBe('SUN');
    const rows = [...importStateVoteRows(ga, 'RUS', russia, [0, 1])];
    expect(rows.map((r) => r.slice(0, 5))).toEqual([
      ['RUS', 'SUN', 'undl-ga-900000001', '900000001', '1950-12-14'],
      ['RUS', 'SUN', 'undl-ga-900000002', '900000002', '1982-04-28'],
    ]);
    expect(importSeatPositions(ga, 'XYZ')).toBeNull();
  });

  it('are the record’s codes, with non-voting kept apart from no row', () => {
    const sc = store('sc-2774.csv');
    const usa = importSeatPositions(sc, 'USA')!;
    expect(usa.codes[0]).toBe(POSITION_CODE.Y);
    const germany = importSeatPositions(sc, 'DEU')!;
    expect(germany.codes[0]).toBe(POSITION_CODE.notMember);
    expect([...importStateVoteRows(sc, 'USA', usa, [0])][0].slice(7)).toEqual(['Y', 'reported']);
  });
});
