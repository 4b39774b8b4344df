import { describe, expect, it } from 'vitest';
import { buildFixture, committedPack } from '../../../test/history';
import { groupOfToday } from '../groups';
import { POSITION_CODE } from './format';
import { recordBlocMembers, recordBreakdown } from './groups';
import { countedTally, decisionOfRcid, decodePack } from './pack';

describe("the record's decisions by group", () => {
  const pack = committedPack();

  it('puts every state of the record in a group: today’s, or its region’s for a former state', () => {
    const unplaced = pack.states.filter((s) => groupOfToday(s.key) === null).map((s) => s.key);
    expect(unplaced).toEqual([]);
    expect(pack.states.length).toBe(203);
  });

  it('counts every member at the date once in the five groups, as the counted tally does (the China vote of 1971)', () => {
    const d = decisionOfRcid(pack, 1190);
    const rows = recordBreakdown(pack, d);
    const groups = rows.filter((r) => r.bloc !== 'EU');
    const t = countedTally(pack, d);
    const sum = (k: 'Y' | 'N' | 'A' | 'none' | 'members') => groups.reduce((n, r) => n + r[k], 0);
    expect([sum('Y'), sum('N'), sum('A'), sum('none'), sum('members')]).toEqual([
      t.Y,
      t.N,
      t.A,
      t.absentOrNotVoting,
      t.members,
    ]);
    // An absence is no position: every majority of the record is settled.
    expect(groups.every((r) => r.majority === null || r.settled)).toBe(true);
    // The Federal Republic of Germany was not yet a member in 1971: five of the six EEC states.
    const eu = rows.find((r) => r.bloc === 'EU')!;
    expect(eu.members).toBe(5);
    expect(
      recordBlocMembers(pack, d)
        .filter((m) => m.eu)
        .map((m) => m.key),
    ).toEqual(expect.arrayContaining(['BEL', 'FRA', 'ITA', 'LUX', 'NLD']));
  });

  it('has no EU row before 1958, and former states in the group of their region', () => {
    const d = decisionOfRcid(pack, 3);
    const rows = recordBreakdown(pack, d);
    expect(rows.map((r) => r.bloc)).not.toContain('EU');
    const members = recordBlocMembers(pack, d);
    expect(members.find((m) => m.key === 'SUN')?.group).toBe('Eastern European States');
    expect(members.find((m) => m.key === 'CSK')?.group).toBe('Eastern European States');
    expect(members.find((m) => m.key === 'ROC')?.group).toBe('Asia-Pacific States');
  });

  it('reads the small record: the USSR and Yugoslavia among the Eastern European States, an absent member as none', async () => {
    const { bytes } = await buildFixture();
    const small = decodePack(bytes);
    const d = decisionOfRcid(small, 10); // 1950: US yes, USSR no, Taiwan (ROC) abstain, Yugoslavia yes
    const ee = recordBreakdown(small, d).find((r) => r.bloc === 'Eastern European States')!;
    expect(ee).toMatchObject({ Y: 1, N: 1, majority: null });
    expect(ee.none).toBe(ee.members - 2);
    const members = recordBlocMembers(small, d);
    expect(members.find((m) => m.key === 'ROC')?.code).toBe(POSITION_CODE.A);
    expect(members.find((m) => m.key === 'GBR')?.code).toBe(POSITION_CODE.absentOrNotVoting);
  });
});
