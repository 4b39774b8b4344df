import { describe, expect, it } from 'vitest';
import { buildFixture, committedPack } from '../../../test/history';
import { CODE } from '../model';
import { POSITION_CODE } from './format';
import type { HistoryPack } from './pack';
import {
  PackError,
  countedTally,
  datePrecisionOf,
  dateOf,
  decisionOfRcid,
  decisionsWithSymbol,
  decodePack,
  descriptionOf,
  importanceOf,
  kindOf,
  membersOf,
  positionsOf,
  seatPositions,
  statePositions,
  statesOfSeat,
  symbolOf,
  titleOf,
  topicsOf,
  yearOf,
} from './pack';

const { Y, N, A, absentOrNotVoting, notMember } = POSITION_CODE;

/** The keys of the members of a decision without a recorded position. */
function absentKeys(pack: HistoryPack, d: number): string[] {
  const positions = positionsOf(pack, d);
  return membersOf(pack, d)
    .filter((s) => positions[s] === absentOrNotVoting)
    .map((s) => pack.states[s].key)
    .sort();
}

/**
 * Three roll calls counted by hand from the source files, one per period.
 * Positions: `zcat data/history/source/un_votes.csv.gz | awk -F, '$1==<rcid> {c[$4]++} END {for (v in c) print v, c[v]}'`.
 * Members: the rows of data/sources/un-membership.csv whose membership overlaps the roll call's month (before
 * session 52, whose dates give only the month) or holds on its day (from session 52), a continued membership
 * counted once with its predecessor (the USSR and the Russian Federation are one seat), by
 * `awk -F, '$3 <= LAST && ($4 == "" || $4 > FIRST)'` and by eye for the continued ones.
 * Absent or not voting: the members minus the states with a row, listed by comparing the two by hand.
 */
describe('the committed pack: three roll calls counted by hand', () => {
  const pack = committedPack();

  it('1946: rcid 3 (R/1/66, a Cuban amendment to the rules of procedure), 29–18–4, all 51 members recorded', () => {
    const d = decisionOfRcid(pack, 3);
    expect(dateOf(pack, d)).toBe('1946-01-01');
    expect(datePrecisionOf(pack, d)).toBe('month');
    expect(symbolOf(pack, d)).toBe('R/1/66');
    expect(kindOf(pack, d)).toBe('amendment');
    expect(importanceOf(pack, d)).toBe(false);
    // awk: yes 29, no 18, abstain 4 (51 rows); the 51 original members, all admitted by 27 Dec 1945.
    expect(countedTally(pack, d)).toEqual({ counted: true, Y: 29, N: 18, A: 4, absentOrNotVoting: 0, members: 51 });
    expect(positionsOf(pack, d)[pack.stateIndex.get('SUN')!]).toBe(N); // "3,Russia,RU,no": the USSR
  });

  it('1971: rcid 1190 (R/26/2758G, China’s representation), 76–35–17, Maldives, Oman and the ROC without a position', () => {
    const d = decisionOfRcid(pack, 1190);
    expect(dateOf(pack, d)).toBe('1971-10-07');
    expect(titleOf(pack, d)).toBe('CHINA REPRESENTATION');
    expect(kindOf(pack, d)).toBe('resolution');
    // awk: yes 76, no 35, abstain 17 (128 rows), the official 76–35–17 of resolution 2758 (XXVI).
    // Members during October 1971: 131 (the 127 of 1970, Bahrain, Bhutan and Qatar from 21 Sep 1971, Oman
    // from 7 Oct 1971); China's seat held by the Republic of China until 25 Oct 1971.
    expect(countedTally(pack, d)).toEqual({ counted: true, Y: 76, N: 35, A: 17, absentOrNotVoting: 3, members: 131 });
    expect(absentKeys(pack, d)).toEqual(['MDV', 'OMN', 'ROC']);
    expect(positionsOf(pack, d)[pack.stateIndex.get('CHN')!]).toBe(notMember);
  });

  it('2019: rcid 9058 (A/RES/74/7, the embargo against Cuba), 187–3–2, the Republic of Moldova without a position', () => {
    const d = decisionOfRcid(pack, 9058);
    expect(dateOf(pack, d)).toBe('2019-11-07');
    expect(datePrecisionOf(pack, d)).toBe('day');
    expect(symbolOf(pack, d)).toBe('A/RES/74/7');
    expect(kindOf(pack, d)).toBe('not-coded');
    expect(importanceOf(pack, d)).toBeNull();
    // awk: yes 187, no 3, abstain 2 (192 rows); 193 members since 14 Jul 2011.
    expect(countedTally(pack, d)).toEqual({ counted: true, Y: 187, N: 3, A: 2, absentOrNotVoting: 1, members: 193 });
    expect(absentKeys(pack, d)).toEqual(['MDA']);
    const no = membersOf(pack, d).filter((s) => positionsOf(pack, d)[s] === N);
    expect(no.map((s) => pack.states[s].key).sort()).toEqual(['BRA', 'ISR', 'USA']);
  });
});

describe('the committed pack as a whole', () => {
  const pack = committedPack();

  it('holds every roll call, every position and every topic tag of the source', () => {
    expect(pack.decisionCount).toBe(6203);
    expect(pack.header.counts.recordedPositions).toBe(870109);
    let tags = 0;
    for (const bits of pack.topicBits) for (let b = bits; b; b >>= 1) tags += b & 1;
    expect(tags).toBe(5745);
    expect(pack.topics.map((t) => t.code)).toEqual(['me', 'nu', 'di', 'hr', 'co', 'ec']);
    expect(pack.stateCount).toBe(203);
  });

  it('says where it comes from: dataset id, licence, citation, the source files’ hashes', () => {
    const { dataset } = pack;
    expect(dataset.id).toBe('history');
    expect(dataset.provenance.licence).toBe('CC0-1.0');
    expect(dataset.provenance.citation).toMatch(/Voeten, Anton Strezhnev and Michael Bailey.*hdl:1902\.1\/12379/);
    expect(dataset.provenance.files.map((f) => [f.name, f.rows])).toEqual([
      ['un_roll_calls.csv.gz', 6203],
      ['un_votes.csv.gz', 870109],
      ['un_roll_call_issues.csv.gz', 5745],
    ]);
    expect(dataset.coverage).toMatchObject({ from: '1946-01-01', to: '2020-01-14', firstSession: 1, lastSession: 74 });
  });

  it('gives the Russian Federation’s seat the USSR’s positions before 24 Dec 1991', () => {
    expect(statesOfSeat(pack, 'RUS').map((s) => s.key)).toEqual(['RUS', 'SUN']);
    const seat = seatPositions(pack, 'RUS');
    const ussr = statePositions(pack, pack.stateIndex.get('SUN')!);
    const russia = statePositions(pack, pack.stateIndex.get('RUS')!);
    const both: number[] = [];
    const wrong: number[] = [];
    let fromUssr = 0;
    for (let d = 0; d < pack.decisionCount; d++) {
      if (ussr[d] !== notMember && russia[d] !== notMember) both.push(d);
      if (seat[d] !== (ussr[d] !== notMember ? ussr[d] : russia[d])) wrong.push(d);
      if (ussr[d] !== notMember) fromUssr++;
    }
    expect(both).toEqual([]);
    expect(wrong).toEqual([]);
    expect(dateOf(pack, fromUssr - 1) < '1991-12-24' && dateOf(pack, fromUssr) >= '1991-12-24').toBe(true);
    expect(seat.indexOf(notMember)).toBe(-1); // the seat always had a holder
  });

  it('has Namibia’s positions (NA), from its first session', () => {
    const namibia = statePositions(pack, pack.stateIndex.get('NAM')!);
    const first = namibia.findIndex((c) => c !== notMember);
    expect(yearOf(pack, first)).toBe(1990);
    expect(namibia.filter((c) => c === Y || c === N || c === A).length).toBe(2455);
  });

  it('lists the other votes on one symbol', () => {
    const d = decisionOfRcid(pack, 1190);
    expect(decisionsWithSymbol(pack, d)).toEqual([]);
    const shared = decisionOfRcid(pack, 4040); // R/52/11: also rcids 6011 and 6012
    expect(decisionsWithSymbol(pack, shared).map((e) => pack.rcid[e])).toEqual([6011, 6012]);
  });

  it('has topics and descriptions', () => {
    const d = decisionOfRcid(pack, 9058);
    expect(topicsOf(pack, d)).toEqual([]);
    expect(descriptionOf(pack, d)).toMatch(/^Necessity of ending the economic/);
    expect(topicsOf(pack, decisionOfRcid(pack, 77)).map((t) => t.label)).toContain('Palestinian conflict');
  });
});

describe('position codes', () => {
  it('are those of the curated model (CODE in model.ts)', () => {
    expect(POSITION_CODE.Y).toBe(CODE.Y);
    expect(POSITION_CODE.N).toBe(CODE.N);
    expect(POSITION_CODE.A).toBe(CODE.A);
    expect(POSITION_CODE.absentOrNotVoting).toBe(CODE.notReported);
    expect(POSITION_CODE.notMember).toBe(CODE.notEligible);
  });
});

describe('decodePack rejects a damaged pack with a clear message', () => {
  const packBytes = async () => (await buildFixture()).bytes;
  const rejects = (bytes: Uint8Array, message: RegExp) => {
    expect(() => decodePack(bytes)).toThrow(PackError);
    expect(() => decodePack(bytes)).toThrow(message);
  };

  it('reads a good one, also from a misaligned view or an ArrayBuffer', async () => {
    const bytes = await packBytes();
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    expect(decodePack(shifted.subarray(3)).decisionCount).toBe(6);
    expect(decodePack(bytes.slice().buffer).decisionCount).toBe(6);
  });

  it('a truncated pack, wherever it is cut', async () => {
    const bytes = await packBytes();
    rejects(bytes.subarray(0, 5), /fewer than its 12-byte preamble/);
    rejects(bytes.subarray(0, 100), /its header needs \d+ bytes, the file has 100 \(it is truncated\)/);
    rejects(
      bytes.subarray(0, bytes.length - 1),
      new RegExp(`it has ${bytes.length - 1} bytes of ${bytes.length}: it is truncated`),
    );
    for (const cut of [12, 500, Math.floor(bytes.length / 2), bytes.length - 8]) {
      expect(() => decodePack(bytes.subarray(0, cut))).toThrow(PackError);
    }
  });

  it('extra bytes after its end', async () => {
    const bytes = await packBytes();
    const longer = new Uint8Array(bytes.length + 4);
    longer.set(bytes);
    rejects(longer, /4 bytes after its end/);
  });

  it('another file, or another version', async () => {
    rejects(new TextEncoder().encode('{"not": "a pack at all"}'), /does not start with "UNVP"/);
    const bytes = (await packBytes()).slice();
    new DataView(bytes.buffer).setUint32(4, 2, true);
    rejects(bytes, /format version 2; this app reads version 1/);
  });

  it('a header that is not JSON, or not a valid header', async () => {
    const bytes = (await packBytes()).slice();
    const broken = bytes.slice();
    broken[12] = '\\'.charCodeAt(0); // the opening brace becomes a backslash
    rejects(broken, /its header is not valid JSON/);
    const text = new TextDecoder().decode(bytes.subarray(12, 12 + new DataView(bytes.buffer).getUint32(8, true)));
    const edited = text.replace('"licence":"CC0-1.0"', '"licence":""       ');
    expect(edited.length).toBe(text.length);
    const invalid = bytes.slice();
    invalid.set(new TextEncoder().encode(edited), 12);
    rejects(invalid, /its header is invalid at header\.dataset\.provenance\.licence: must not be empty/);
  });

  it('a position byte that is not a position code', async () => {
    const bytes = (await packBytes()).slice();
    const pack = decodePack(bytes);
    const at = pack.positions.byteOffset + 7;
    bytes[at] = 9;
    rejects(bytes, /byte 7 of the positions is 9, not a position code/);
  });

  it('any byte outside the codes 0, 1, 2, 3 and 6, wherever it is (also in the last, partial word)', async () => {
    const good = await packBytes();
    const { positions } = decodePack(good);
    expect(positions.length % 4).not.toBe(0);
    for (const i of [0, 1, 2, 3, 4, 600, positions.length - 1]) {
      for (const code of [4, 5, 7, 8, 16, 64, 128, 255]) {
        const bytes = good.slice();
        bytes[positions.byteOffset + i] = code;
        expect(() => decodePack(bytes)).toThrow(`byte ${i} of the positions is ${code}, not a position code`);
      }
    }
  });

  it('a position changed from recorded to absent (the recorded count no longer matches)', async () => {
    const bytes = (await packBytes()).slice();
    const pack = decodePack(bytes);
    const i = pack.positions.findIndex((c) => c === Y);
    bytes[pack.positions.byteOffset + i] = absentOrNotVoting;
    rejects(bytes, /recorded positions, its header says/);
  });
});
