/**
 * The three kinds of dataset matched and merged on real data: the curated
 * day against the Library's rows of S/RES/2774 (2025), and the record
 * against two of its votes written in the Library's format.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GROUPS_FILE } from '../../../scripts/import-undl';
import { readGroups, undlDataset } from '../undl/dataset';
import { bundledDataset, decisionOf } from '../../../test/dataset';
import { committedPack } from '../../../test/history';
import { importFixture } from '../../../test/undl';
import { POSITION_CODE } from '../history/format';
import { decisionOfRcid, positionOf } from '../history/pack';
import { buildDataset } from '../model';
import { UNDL_CODE, positionsOf } from '../undl/format';
import {
  datasetVotes,
  decisionStatements,
  importStatements,
  importVotes,
  matchVotes,
  mergePositions,
  recordStatements,
  recordVotes,
  seatsOf,
} from '.';

const day = bundledDataset();

describe('the curated day against the Library’s file of S/RES/2774 (2025)', () => {
  const { store } = importFixture('sc-2774.csv');
  const match = matchVotes(datasetVotes(day), importVotes(store));
  const council = decisionOf(day, 'sc-s2025-112');

  it('finds the Council’s resolution of 24 Feb 2025 and nothing else', () => {
    expect(match.matches).toEqual([{ a: council.index, b: 0, key: 'S/RES/2774', on: 'day' }]);
    expect(match.ambiguous).toEqual([]);
    expect(match.unmatched.b).toEqual([]);
    // The Assembly's two resolutions have no counterpart in a Council file.
    expect(match.unmatched.a.map((u) => [day.decisions[u.index].id, u.key, u.elsewhere])).toEqual([
      ['ga-l10', 'A/RES/ES-11/7', []],
      ['ga-l11', 'A/RES/ES-11/8', []],
    ]);
  });

  it('leaves the amendments, the motion and the vetoed drafts as they are: they have no resolution', () => {
    const ids = match.noKey.a.map((i) => day.decisions[i].id);
    expect(ids).toEqual([
      'ga-l11-am-rus',
      'ga-l11-am-invasion',
      'ga-l11-am-integrity',
      'ga-l11-am-just-peace',
      'sc-motion-postpone',
      'sc-am-invasion',
      'sc-am-sovereignty',
      'sc-am-just-peace',
      'sc-am-rus',
    ]);
    for (const i of match.noKey.a) expect(day.decisions[i].kind).not.toBe('draft-resolution');
  });

  it('agrees on all 15 positions: each shown once, with the curated day’s sources and the file’s', () => {
    const merged = mergePositions(decisionStatements(day, council), importStatements(store, 0));
    expect(merged.summary).toEqual({
      states: 15,
      agree: 15,
      fill: 0,
      only: 0,
      onlyA: 0,
      onlyB: 0,
      disputed: 0,
      notReported: 0,
      tally: { Y: 10, N: 0, A: 5, X: 0, absentOrNotVoting: 0, notReported: 0 },
    });
    const rus = merged.states.find((s) => s.key === 'RUS')!;
    expect(rus).toMatchObject({ outcome: 'agree', value: 'Y', from: 'both' });
    expect(rus.a).toEqual([{ value: 'Y', sources: ['UNDL-SC', '112UA', 'ABC'] }]);
    expect(rus.b).toEqual([{ value: 'Y', sources: ['UNDL-SC'] }]);
    expect(merged.states.find((s) => s.key === 'GBR')).toMatchObject({ outcome: 'agree', value: 'A' });
  });

  it('disputes the United Kingdom’s position where a file gives it as Y against the curated day’s abstention', () => {
    const other = importFixture('sc-disagreeing.csv').store;
    const merged = mergePositions(decisionStatements(day, council), importStatements(other, 0));
    const gbr = merged.states.find((s) => s.key === 'GBR')!;
    expect(gbr).toMatchObject({ outcome: 'disputed', value: null, from: null });
    expect(gbr.a).toEqual([{ value: 'A', sources: ['UNDL-SC', '112UA', 'ABC'] }]);
    expect(gbr.b).toEqual([{ value: 'Y', sources: ['UNDL-SC'] }]);
    expect(merged.summary).toMatchObject({ agree: 14, disputed: 1 });
    // The disputed state counts in no position.
    expect(merged.summary.tally).toEqual({ Y: 10, N: 0, A: 4, X: 0, absentOrNotVoting: 0, notReported: 0 });
  });

  it('keeps a state the curated day disputes disputed, with each source’s claim, whatever the other side says', () => {
    const ga = decisionOf(day, 'ga-l10');
    const statements = decisionStatements(day, ga);
    const egypt = statements.find((s) => s.key === 'EGY')!;
    expect(egypt.claims).toEqual([
      { value: 'Y', sources: ['WIKI-ES11-7'] },
      { value: 'A', sources: ['INDIATV'] },
    ]);
    // An official side that gives Egypt's Y and Nigeria's N, and nothing else.
    const official = statements.map((s) => ({
      ...s,
      claims:
        s.key === 'EGY'
          ? [{ value: 'Y' as const, sources: ['UNDL-GA'] }]
          : s.key === 'NGA'
            ? [{ value: 'N' as const, sources: ['UNDL-GA'] }]
            : [],
    }));
    const merged = mergePositions(statements, official);
    for (const key of ['EGY', 'NGA']) {
      const state = merged.states.find((s) => s.key === key)!;
      expect(state.outcome).toBe('disputed');
      expect(state.a).toHaveLength(2);
      expect(state.b).toHaveLength(1);
    }
    expect(merged.summary).toMatchObject({ states: 193, disputed: 2, only: 128, onlyA: 128, notReported: 63 });
  });

  it('reads the import saved as a dataset file the same as the import itself', () => {
    const imported = importFixture('sc-2774.csv');
    const file = undlDataset(imported, {
      file: { name: 'sc-2774.csv', bytes: 0, sha256: '0'.repeat(64) },
      groups: readGroups(readFileSync(GROUPS_FILE, 'utf8')),
    });
    const dataset = buildDataset(file);
    expect(matchVotes(datasetVotes(day), datasetVotes(dataset)).matches).toEqual([
      { a: council.index, b: 0, key: 'S/RES/2774', on: 'day' },
    ]);
    const byKey = (statements: ReturnType<typeof importStatements>) =>
      Object.fromEntries(statements.map((s) => [s.key, s.claims]));
    expect(byKey(decisionStatements(dataset, dataset.decisions[0]))).toEqual(byKey(importStatements(store, 0)));
  });
});

describe('the record against two of its votes in the Library’s format', () => {
  const pack = committedPack();
  const { store, report } = importFixture('ga-from-record.csv');
  const match = matchVotes(recordVotes(pack), importVotes(store));
  const rcidOf = (d: number) => pack.rcid[d];

  it('is a fixture whose every row is the record’s position of the seat’s holder, absent or not voting as X', () => {
    expect(report).toMatchObject({ votes: 2, rejected: 0, flagged: [] });
    for (const [v, rcid] of [
      [0, 1190],
      [1, 5588],
    ]) {
      const d = decisionOfRcid(pack, rcid);
      const codes = positionsOf(store, v);
      let rows = 0;
      store.states.forEach((state, s) => {
        if (codes[s] === UNDL_CODE.notEligible) return;
        rows++;
        const holder = pack.states.find(
          (h) => h.seat === state.seat && positionOf(pack, d, h.index) !== POSITION_CODE.notMember,
        )!;
        const code = positionOf(pack, d, holder.index);
        expect(codes[s], state.key).toBe(code === POSITION_CODE.absentOrNotVoting ? UNDL_CODE.X : code);
      });
      expect(rows).toBe(v === 0 ? 131 : 193);
    }
  });

  it('matches A/RES/ES-10/19 to the record’s vote of the same day', () => {
    const found = match.matches.filter((m) => m.b === 1);
    expect(found.map((m) => [rcidOf(m.a), m.key, m.on])).toEqual([[5588, 'A/RES/ES-10/19', 'day']]);
  });

  it('does not match A/RES/2758(XXVI) to any of the record’s seven votes of October 1971 lettered 2758 A to G', () => {
    expect(match.matches.filter((m) => m.b === 0)).toEqual([]);
    const ambiguous = match.ambiguous.filter((x) => x.b.includes(0));
    expect(ambiguous).toHaveLength(1);
    expect(ambiguous[0]).toMatchObject({ key: 'A/RES/2758', on: 'month', reason: 'parts', b: [0] });
    expect(ambiguous[0].a.map(rcidOf)).toEqual([1184, 1185, 1186, 1187, 1188, 1189, 1190]);
  });

  it('merges A/RES/ES-10/19: the positions agree, the official non-voting fills the record’s absences', () => {
    const d = decisionOfRcid(pack, 5588);
    const merged = mergePositions(recordStatements(pack, d), importStatements(store, 1));
    expect(merged.summary).toEqual({
      states: 193,
      agree: 171,
      fill: 22,
      only: 0,
      onlyA: 0,
      onlyB: 0,
      disputed: 0,
      notReported: 0,
      tally: { Y: 127, N: 9, A: 35, X: 22, absentOrNotVoting: 0, notReported: 0 },
    });
    const fill = merged.states.find((s) => s.outcome === 'fill')!;
    expect(fill.a).toEqual([{ value: 'absentOrNotVoting', sources: ['history'] }]);
    expect(fill.b).toEqual([{ value: 'X', sources: ['UNDL-GA'] }]);
    expect(fill).toMatchObject({ value: 'X', from: 'b' });
  });

  it('pairs China’s seat across the change of its representation when the last vote of 2758 is merged by choice', () => {
    const d = decisionOfRcid(pack, 1190);
    const merged = mergePositions(recordStatements(pack, d), importStatements(store, 0));
    // The record knows only the month: China's seat is the Republic of China's; on 25 Oct 1971 it is China's.
    const china = merged.states.find((s) => s.keys.b === 'CHN')!;
    expect(china.keys).toEqual({ a: 'ROC', b: 'CHN' });
    expect(china).toMatchObject({ outcome: 'fill', value: 'X', from: 'b' });
    expect(merged.summary).toMatchObject({ states: 131, agree: 128, fill: 3, only: 0, disputed: 0 });
    expect(merged.summary.tally).toMatchObject({ Y: 76, N: 35, A: 17, X: 3 });
  });

  it('gives a dataset file’s states their seats where told them (the USSR’s seat is the Russian Federation’s)', () => {
    const file = undlDataset(importFixture('ga-from-record.csv'), {
      file: { name: 'ga-from-record.csv', bytes: 0, sha256: '0'.repeat(64) },
      groups: readGroups(readFileSync(GROUPS_FILE, 'utf8')),
    });
    const dataset = buildDataset(file);
    const vote = dataset.decisions.find((x) => x.resolutionSymbol === 'A/RES/2758(XXVI)')!;
    const ussr = (seats?: Map<string, string>) =>
      decisionStatements(dataset, vote, seats).find((s) => s.key === 'SUN')!;
    expect(ussr(seatsOf(pack.states))).toEqual({
      key: 'SUN',
      seat: 'RUS',
      claims: [{ value: 'Y', sources: ['UNDL-GA'] }],
    });
    expect(ussr().seat).toBe('SUN');
    // Against a side that has the Russian Federation in the seat: paired with the seats, apart without.
    const russia = [{ key: 'RUS', seat: 'RUS', claims: [{ value: 'Y' as const, sources: ['S'] }] }];
    expect(mergePositions([ussr(seatsOf(pack.states))], russia).states.map((s) => s.keys)).toEqual([
      { a: 'SUN', b: 'RUS' },
    ]);
    expect(mergePositions([ussr()], russia).states.map((s) => s.keys)).toEqual([
      { a: 'SUN', b: null },
      { a: null, b: 'RUS' },
    ]);
    // The record's and an import's states carry their seats already.
    const record = recordStatements(pack, decisionOfRcid(pack, 1190));
    expect(record.find((s) => s.key === 'ROC')!.seat).toBe('CHN');
  });
});
