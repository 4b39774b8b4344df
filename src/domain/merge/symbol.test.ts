import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { committedPack } from '../../../test/history';
import { importFixture } from '../../../test/undl';
import { decisionOfRcid, kindOf, symbolOf } from '../history/pack';
import { officialSymbolOf } from '../history/views';
import { officialSymbol, parseResolution, resolutionKey, wholeResolutionKey } from './symbol';

const root = resolve(import.meta.dirname, '../../..');
const pack = committedPack();
const day = JSON.parse(readFileSync(resolve(root, 'data/un-votes-2025-02-24.json'), 'utf8')) as {
  decisions: {
    body: 'GA' | 'SC';
    draftSymbol: { value: string } | null;
    resolutionSymbol: { value: string } | null;
  }[];
};
const recordSymbol = (rcid: number) => symbolOf(pack, decisionOfRcid(pack, rcid));

describe('resolutionKey on the record’s own symbols (`unres`)', () => {
  it.each([
    // rcid, unres as the record gives it, key
    [1190, 'R/26/2758G', 'A/RES/2758 G'],
    [3410, 'R/44/41A', 'A/RES/44/41 A'],
    [3412, 'R/44/41C', 'A/RES/44/41 C'],
    [4060, 'R/52/38R', 'A/RES/52/38 R'],
    [4713, 'R/61/128AB', 'A/RES/61/128 AB'],
    [5588, 'A/RES/ES-10/19', 'A/RES/ES-10/19'],
  ])('rcid %i: %s → %s', (rcid, unres, key) => {
    expect(recordSymbol(rcid)).toBe(unres);
    expect(resolutionKey('GA', unres)).toBe(key);
  });

  it('reads a section voted on apart after a slash, a letter after a slash as a part', () => {
    const found = (unres: string) => {
      for (let d = 0; d < pack.decisionCount; d++) if (symbolOf(pack, d) === unres) return unres;
      throw new Error(`the record has no ${unres}`);
    };
    expect(resolutionKey('GA', found('R/34/233/XII'))).toBe('A/RES/34/233/XII');
    expect(resolutionKey('GA', found('R/33/116A/I'))).toBe('A/RES/33/116 A/I');
    expect(resolutionKey('GA', found('R/42/209/C'))).toBe('A/RES/42/209 C');
    expect(resolutionKey('GA', found('R/31/208/III'))).toBe('A/RES/31/208/III');
    expect(resolutionKey('GA', found('R/21/2226'))).toBe('A/RES/2226');
  });

  it('gives no key before the 18th session, where the record’s numbers are not the resolutions’', () => {
    // Session 1's resolutions run from 1 to 95 (I); the record numbers its votes up to R/1/1465.
    const session1 = [];
    for (let d = 0; d < pack.decisionCount; d++)
      if (symbolOf(pack, d).startsWith('R/1/')) session1.push(symbolOf(pack, d));
    expect(session1.length).toBeGreaterThan(0);
    expect(session1.some((s) => Number(/^R\/1\/(\d+)/.exec(s)![1]) > 95)).toBe(true);
    for (const unres of session1) expect(resolutionKey('GA', unres)).toBeNull();
    expect(resolutionKey('GA', 'R/17/1742')).toBeNull();
    expect(resolutionKey('GA', 'R/18/1904')).toBe('A/RES/1904');
  });

  it('gives no key to the special sessions’ codes, the odd ones, or none', () => {
    // ESS/1/34 is resolution 997 (ES-I) of 2 Nov 1956; SS/1/175 a vote of the first special session.
    for (const unres of [
      'ESS/1/34',
      'ESS/2/79/E',
      'SS/1/175',
      'SS/5',
      'GOAR/1/1288B',
      'R/6444A',
      'R/10 65',
      'R/16/2/1069B',
      '',
    ]) {
      expect(resolutionKey('GA', unres)).toBeNull();
    }
    expect(recordSymbol(9019)).toBe('ESS/1/34');
  });

  it('gives every key it gives back from the key itself, and a key to most of the record', () => {
    let keyed = 0;
    const noKey = new Map<string, number>();
    for (let d = 0; d < pack.decisionCount; d++) {
      const unres = symbolOf(pack, d);
      const key = resolutionKey('GA', unres);
      if (key === null) {
        const shape = unres.replace(/\d+/g, '9').replace(/[A-Z]+$/, 'X');
        noKey.set(shape, (noKey.get(shape) ?? 0) + 1);
        continue;
      }
      keyed++;
      expect(key).toMatch(/^A\/RES\/((ES-|S-)?\d+\/)?\d+( [A-Z]{1,2})?(\/[IVX]+)?$/);
      expect(resolutionKey('GA', key)).toBe(key);
      expect(resolutionKey('SC', unres)).toBeNull();
    }
    expect(keyed).toBe(5143);
    expect(pack.decisionCount - keyed).toBe(1060);
    // What gives none: the record's early numbers, its 159 votes without a symbol, the special sessions' codes.
    expect(noKey.get('')).toBe(159);
    expect([...noKey.keys()].every((shape) => /^(R\/9\/9|ESS|SS|GOAR|R\/9X?$|R\/9 9|$)/.test(shape))).toBe(true);
  });
});

describe('the UN’s symbol beside the record’s own', () => {
  it.each([
    // rcid, unres as the record gives it, the UN's symbol
    [2694, 'R/39/148B', 'A/RES/39/148 B'],
    [3412, 'R/44/41C', 'A/RES/44/41 C'],
    [4713, 'R/61/128AB', 'A/RES/61/128 AB'],
    [3238, 'R/42/209/C', 'A/RES/42/209 C'],
    [1943, 'R/33/116A/I', 'A/RES/33/116 A/I'],
    [2086, 'R/34/233/XII', 'A/RES/34/233/XII'],
    // Before the 31st session: the resolution, the session in roman numerals; the record's letters are its own.
    [1190, 'R/26/2758G', 'A/RES/2758(XXVI)'],
    [1184, 'R/26/2758A', 'A/RES/2758(XXVI)'],
    [963, 'R/21/2226', 'A/RES/2226(XXI)'],
    [1622, 'R/30/3379', 'A/RES/3379(XXX)'],
  ])('rcid %i: %s is %s', (rcid, unres, official) => {
    const d = decisionOfRcid(pack, rcid);
    expect(symbolOf(pack, d)).toBe(unres);
    expect(officialSymbol(unres)).toBe(official);
    expect(officialSymbolOf(pack, d)).toBe(official);
    // The same resolution as the record's symbol, read back from the UN's.
    const key = resolutionKey('GA', unres)!;
    expect(resolutionKey('GA', official)).toBe(official.includes('(') ? wholeResolutionKey(key) : key);
  });

  it.each([
    // No symbol; the record's early numbers (not the resolutions'); the special sessions' codes; odd ones.
    [812, ''],
    [3, 'R/1/66'],
    [9019, 'ESS/1/34'],
    [5588, 'A/RES/ES-10/19'],
    [5467, 'A/RES/71/5'],
  ])('rcid %i: %s is left as it is', (rcid, unres) => {
    const d = decisionOfRcid(pack, rcid);
    expect(symbolOf(pack, d)).toBe(unres);
    expect(officialSymbol(unres)).toBeNull();
    expect(officialSymbolOf(pack, d)).toBeNull();
  });

  it('leaves a vote on an amendment as the record writes it: the vote is not on the resolution', () => {
    for (const [rcid, unres] of [
      [858, 'R/18/1903A'],
      [1834, 'R/32/450B'],
      [2475, 'R/37/235C'],
    ] as const) {
      const d = decisionOfRcid(pack, rcid);
      expect(symbolOf(pack, d)).toBe(unres);
      expect(kindOf(pack, d)).toBe('amendment');
      expect(officialSymbol(unres)).not.toBeNull();
      expect(officialSymbolOf(pack, d)).toBeNull();
    }
  });

  it('gives none to what names no resolution of the record', () => {
    for (const symbol of ['', '   ', 'R/17/1742', 'SS/1/175', 'ESS/2/79/E', 'GOAR/1/1288B', 'R/6444A', 'R/10 65'])
      expect(officialSymbol(symbol)).toBeNull();
  });

  it('over the whole record: one for every vote with a key but an amendment or one the UN’s already', () => {
    let shown = 0;
    for (let d = 0; d < pack.decisionCount; d++) {
      const unres = symbolOf(pack, d);
      const official = officialSymbolOf(pack, d);
      if (official === null) {
        expect(
          resolutionKey('GA', unres) === null || kindOf(pack, d) === 'amendment' || unres.startsWith('A/RES/'),
        ).toBe(true);
        continue;
      }
      shown++;
      expect(official).toMatch(/^A\/RES\/(\d+\/\d+( [A-Z]{1,2})?(\/[IVX]+)?|\d+\([IVXL]+\))$/);
      expect(official).not.toBe(unres);
    }
    expect(shown).toBeGreaterThan(4500);
  });
});

describe('resolutionKey on the UN Digital Library’s symbols', () => {
  it.each([
    ['A/RES/ES-11/7', 'A/RES/ES-11/7'],
    ['A/RES/ES-10/19', 'A/RES/ES-10/19'],
    ['A/RES/44/41 C', 'A/RES/44/41 C'],
    ['A/RES/44/41C', 'A/RES/44/41 C'],
    ['A/RES/44/41[C]', 'A/RES/44/41 C'],
    ['A/RES/47/19', 'A/RES/47/19'],
    ['A/RES/2758(XXVI)', 'A/RES/2758'],
    ['A/RES/1514(XV)', 'A/RES/1514'],
    ['A/RES/181(II)[A]', 'A/RES/181 A'],
    ['A/RES/217(III)[A]', 'A/RES/217 A'],
    ['A/RES/377(V)[A-C]', 'A/RES/377 A-C'],
    ['A/RES/997(ES-I)', 'A/RES/997'],
    ['A/RES/3201(S-VI)', 'A/RES/3201'],
    ['A/RES/S-10/2', 'A/RES/S-10/2'],
    ['A/DEC/80/506', 'A/DEC/80/506'],
  ])('GA %s → %s', (symbol, key) => {
    expect(resolutionKey('GA', symbol)).toBe(key);
    expect(resolutionKey('SC', symbol)).toBeNull();
  });

  it.each([
    ['S/RES/2774(2025)', 'S/RES/2774'],
    ['S/RES/2774 (2025)', 'S/RES/2774'],
    ['S/RES/2774', 'S/RES/2774'],
    ['S/RES/1(1946)', 'S/RES/1'],
  ])('SC %s → %s', (symbol, key) => {
    expect(resolutionKey('SC', symbol)).toBe(key);
    expect(resolutionKey('GA', symbol)).toBeNull();
  });

  it('reads the symbols of the fixtures as the reader stores them', () => {
    const keys = (name: string) => {
      const { store } = importFixture(name);
      return Array.from({ length: store.decisionCount }, (_, d) =>
        resolutionKey(store.body, store.strings[store.symbol[d]]),
      );
    };
    expect(keys('sc-2774.csv')).toEqual(['S/RES/2774']);
    expect(keys('ga-synthetic.csv')).toEqual(['A/RES/5/9001', 'A/RES/ES-7/9002']);
    expect(keys('ga-from-record.csv')).toEqual(['A/RES/2758', 'A/RES/ES-10/19']);
  });
});

describe('resolutionKey on the curated day’s symbols', () => {
  it('gives each resolution’s symbol its key, a draft’s symbol none', () => {
    const resolutions = day.decisions.filter((d) => d.resolutionSymbol !== null);
    expect(
      resolutions.map((d) => [d.resolutionSymbol!.value, resolutionKey(d.body, d.resolutionSymbol!.value)]),
    ).toEqual([
      ['A/RES/ES-11/7', 'A/RES/ES-11/7'],
      ['A/RES/ES-11/8', 'A/RES/ES-11/8'],
      ['S/RES/2774 (2025)', 'S/RES/2774'],
    ]);
    const drafts = day.decisions.flatMap((d) => (d.draftSymbol ? [[d.body, d.draftSymbol.value] as const] : []));
    expect(drafts.map(([, s]) => s)).toEqual(['A/ES-11/L.10', 'A/ES-11/L.15', 'A/ES-11/L.11', 'S/2025/112']);
    for (const [body, symbol] of drafts) expect(resolutionKey(body, symbol)).toBeNull();
  });
});

describe('one key for every spelling', () => {
  it('of the same resolution across the three sources', () => {
    const same: ['GA' | 'SC', string[]][] = [
      ['GA', ['R/44/41C', 'A/RES/44/41 C', 'A/RES/44/41C', 'A/RES/44/41[C]', 'a/res/44/41 c', ' A/RES/44/41\u00a0C ']],
      ['GA', ['R/26/2758', 'A/RES/2758(XXVI)', 'A/RES/2758 (XXVI)', 'A/RES/2758']],
      ['GA', ['R/23/2443A', 'A/RES/2443(XXIII)[A]', 'A/RES/2443 A (XXIII)', 'A/RES/2443A(XXIII)']],
      ['GA', ['A/RES/ES-10/19', 'a/res/es-10/19', 'A/RES/ES-10/019']],
      ['SC', ['S/RES/2774 (2025)', 'S/RES/2774(2025)', 'S/RES/2774', 's/res/2774 ( 2025 )']],
    ];
    for (const [body, spellings] of same) {
      const keys = new Set(spellings.map((s) => resolutionKey(body, s)));
      expect([...keys], spellings.join(' | ')).toHaveLength(1);
      expect([...keys][0]).not.toBeNull();
    }
  });

  it('and different keys for different parts, a part and the whole, different resolutions', () => {
    const keys = [
      'A/RES/44/41',
      'A/RES/44/41 A',
      'A/RES/44/41 B',
      'A/RES/44/41/I',
      'A/RES/44/42',
      'A/RES/ES-11/7',
      'A/RES/11/7',
      'A/RES/S-11/7',
    ];
    expect(new Set(keys.map((s) => resolutionKey('GA', s))).size).toBe(keys.length);
    expect(keys.map((k) => wholeResolutionKey(resolutionKey('GA', k)!))).toEqual([
      'A/RES/44/41',
      'A/RES/44/41',
      'A/RES/44/41',
      'A/RES/44/41',
      'A/RES/44/42',
      'A/RES/ES-11/7',
      'A/RES/11/7',
      'A/RES/S-11/7',
    ]);
    expect(wholeResolutionKey('A/RES/2758 G')).toBe('A/RES/2758');
    expect(wholeResolutionKey('S/RES/2774')).toBe('S/RES/2774');
  });

  it('gives no key to what is not a resolution’s symbol', () => {
    for (const symbol of [
      null,
      undefined,
      '',
      '  ',
      'A/ES-11/L.10',
      'S/2025/112',
      'A/RES/',
      'A/RES/44/',
      'A/RES/0',
      'A/RES/44/0',
      'A/RES/2758(XXVJ)',
      'A/RES/44/41 C D',
      'A/DEC/80/506 A',
      'S/RES/2774 (1812)',
      'S/RES/2774 A',
      'S/DEC/1',
      'E/RES/1970(LIX)',
      'ESS/1/34',
    ]) {
      expect(resolutionKey('GA', symbol)).toBeNull();
      expect(resolutionKey('SC', symbol)).toBeNull();
    }
  });

  it('for any session, number and part (property)', () => {
    const roman = (n: number) => {
      const table: [number, string][] = [
        [10, 'X'],
        [9, 'IX'],
        [5, 'V'],
        [4, 'IV'],
        [1, 'I'],
      ];
      let out = '';
      for (const [v, s] of table) {
        while (n >= v) {
          out += s;
          n -= v;
        }
      }
      return out;
    };
    const part = fc.option(fc.constantFrom('A', 'B', 'C', 'K', 'AB'), { nil: null });
    // Numbered within a session (from the 31st): the record's and the Library's spellings.
    fc.assert(
      fc.property(fc.integer({ min: 31, max: 80 }), fc.integer({ min: 1, max: 400 }), part, (session, n, p) => {
        const key = `A/RES/${session}/${n}${p ? ` ${p}` : ''}`;
        const spellings = [
          `R/${session}/${n}${p ?? ''}`,
          key,
          `A/RES/${session}/${n}${p ?? ''}`,
          `A/RES/${session}/${n}${p ? `[${p}]` : ''}`,
        ];
        for (const s of spellings) expect(resolutionKey('GA', s)).toBe(key);
        expect(parseResolution('GA', key)).toEqual({
          body: 'GA',
          resolution: `A/RES/${session}/${n}`,
          part: p,
          section: null,
        });
      }),
    );
    // Numbered in one sequence (sessions 18 to 30 in the record).
    fc.assert(
      fc.property(fc.integer({ min: 18, max: 30 }), fc.integer({ min: 1, max: 3541 }), part, (session, n, p) => {
        const key = `A/RES/${n}${p ? ` ${p}` : ''}`;
        const r = roman(session);
        const spellings = [
          `R/${session}/${n}${p ?? ''}`,
          `A/RES/${n}(${r})${p ? `[${p}]` : ''}`,
          `A/RES/${n}${p ? ` ${p}` : ''} (${r})`,
        ];
        for (const s of spellings) expect(resolutionKey('GA', s)).toBe(key);
      }),
    );
    // The Security Council.
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 1946, max: 2030 }), (n, year) => {
        for (const s of [`S/RES/${n}(${year})`, `S/RES/${n} (${year})`, `S/RES/${n}`])
          expect(resolutionKey('SC', s)).toBe(`S/RES/${n}`);
      }),
    );
  });
});
