import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMembership } from '../membership';
import { createUndlReader } from './reader';
import { importedVoteId, isFlagged, parseImportedVoteId, searchVotes, voteOfUndlId } from './views';

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
