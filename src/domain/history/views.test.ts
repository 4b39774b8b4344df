import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { toCsv } from '../csv';
import { POSITION_CODE } from './format';
import { countedTally, decisionOfRcid, decodePack } from './pack';
import {
  RECORD_LIST_HEADER,
  STATE_VOTES_HEADER,
  countedMajority,
  csvPosition,
  decisionsWhileMember,
  historyDecisionId,
  membersWithPositions,
  positionsForState,
  rcidOfId,
  recordListRows,
  stateVoteRows,
  yearlyPositions,
} from './views';

const pack = decodePack(readFileSync(resolve(import.meta.dirname, '../../../public/data/history.pack')));
const state = (key: string) => pack.states[pack.stateIndex.get(key)!];

describe('decision ids of the record', () => {
  it('are rcid- and the record key, and read back; anything else is not one', () => {
    const d = decisionOfRcid(pack, 1190);
    expect(historyDecisionId(pack, d)).toBe('rcid-1190');
    expect(rcidOfId('rcid-1190')).toBe(1190);
    for (const bad of ['rcid-', 'rcid-0', 'rcid-01', '1190', 'rcid-1190x', 'rcid-12345678901', 'RCID-3']) {
      expect(rcidOfId(bad)).toBeNull();
    }
  });
});

describe('a state’s seat across the record', () => {
  it('the Russian Federation’s page counts the USSR’s positions before 1992, and says whose they were', () => {
    const rus = positionsForState(pack, state('RUS'));
    const d1946 = decisionOfRcid(pack, 3); // "3,Russia,RU,no": the USSR
    expect(rus.codes[d1946]).toBe(POSITION_CODE.N);
    expect(pack.states[rus.holder[d1946]].key).toBe('SUN');
    const d2019 = decisionOfRcid(pack, 9058);
    expect(pack.states[rus.holder[d2019]].key).toBe('RUS');
    // A member in every vote of the record, under one name or the other.
    expect(decisionsWhileMember(rus.codes).length).toBe(pack.decisionCount);
  });

  it('a former state’s page has only its own votes', () => {
    const ddr = positionsForState(pack, state('DDR'));
    const votes = decisionsWhileMember(ddr.codes);
    expect(votes.length).toBeGreaterThan(0);
    for (const d of votes) expect(pack.states[ddr.holder[d]].key).toBe('DDR');
    const d1946 = decisionOfRcid(pack, 3);
    expect(ddr.codes[d1946]).toBe(POSITION_CODE.notMember);
  });

  it('yearly counts add up to the votes while a member, and each year to its positions', () => {
    const usa = positionsForState(pack, state('USA'));
    const years = yearlyPositions(pack, usa.codes);
    expect(years[0].year).toBe(1946);
    expect(years.reduce((n, y) => n + y.decisions, 0)).toBe(decisionsWhileMember(usa.codes).length);
    for (const y of years) expect(y.Y + y.N + y.A + y.absentOrNotVoting).toBe(y.decisions);
    const y2019 = years.find((y) => y.year === 2019)!;
    expect(y2019.decisions).toBeGreaterThan(50);
  });
});

describe('a decision’s members', () => {
  it('are the members at its date, in name order, as many as the counted tally has', () => {
    const d = decisionOfRcid(pack, 1190);
    const members = membersWithPositions(pack, d);
    expect(members.length).toBe(countedTally(pack, d).members);
    const names = members.map((m) => m.state.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(members.filter((m) => m.code === POSITION_CODE.absentOrNotVoting).map((m) => m.state.key)).toEqual(
      expect.arrayContaining(['MDV', 'OMN', 'ROC']),
    );
  });

  it('the simple-majority reading of a counted tally: more in favour than against', () => {
    expect(countedMajority(countedTally(pack, decisionOfRcid(pack, 1190)))).toBe('majority'); // 76–35–17
    expect(countedMajority({ counted: true, Y: 9, N: 34, A: 8, absentOrNotVoting: 0, members: 51 })).toBe(
      'no-majority',
    );
    expect(countedMajority({ counted: true, Y: 10, N: 10, A: 0, absentOrNotVoting: 0, members: 20 })).toBe(
      'no-majority',
    );
  });
});

describe('the record as CSV', () => {
  it('the list: one row per decision with its counted tally, parsed back by an independent reader', () => {
    const d = decisionOfRcid(pack, 9058);
    const csv = toCsv(RECORD_LIST_HEADER, recordListRows(pack, [d]));
    const [row] = parse(csv, { columns: true }) as Record<string, string>[];
    expect(row).toMatchObject({
      decision: 'rcid-9058',
      record_id: '9058',
      date: '2019-11-07',
      date_precision: 'day',
      symbol: 'A/RES/74/7',
      yes_counted: '187',
      no_counted: '3',
      abstain_counted: '2',
      absent_or_not_voting: '1',
      members: '193',
    });
  });

  it('a state’s votes: empty ms_vote and "not recorded" where the record has no position; the USSR named as member', () => {
    const rus = positionsForState(pack, state('RUS'));
    const rows = [...stateVoteRows(pack, state('RUS'), rus, [decisionOfRcid(pack, 3)])];
    expect(rows[0].slice(0, 2)).toEqual(['RUS', 'SUN']);
    expect(rows[0][STATE_VOTES_HEADER.indexOf('ms_vote')]).toBe('N');
    const mda = positionsForState(pack, state('MDA'));
    const [absent] = [...stateVoteRows(pack, state('MDA'), mda, [decisionOfRcid(pack, 9058)])];
    expect(absent[STATE_VOTES_HEADER.indexOf('ms_vote')]).toBe('');
    expect(absent[STATE_VOTES_HEADER.indexOf('status')]).toBe('not recorded');
    expect(csvPosition(POSITION_CODE.notMember)).toBe('');
  });
});
