import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { committedPack } from '../../../test/history';
import { loadDatasetText } from '../load';
import { parseMembership } from '../membership';
import { fold, roman, symbolSpellings, symbolTokens, wordsOf } from './fold';
import type { SearchEntry, SearchHit } from './index';
import { buildSearchIndex, groupHits, searchIndex } from './index';
import { dayDecisionEntries, namesInNote, recordDecisionEntries, stateEntries } from './entries';

const loaded = loadDatasetText(
  readFileSync(new URL('../../../data/un-votes-2025-02-24.json', import.meta.url), 'utf8'),
);
if (!loaded.ok) throw new Error('the curated day does not load');
const day = loaded.dataset;
const memberships = parseMembership(
  readFileSync(new URL('../../../data/sources/un-membership.csv', import.meta.url), 'utf8'),
);
const pack = committedPack();

const states = buildSearchIndex(
  stateEntries(memberships, [
    ...day.states.map((s) => ({ key: s.code, name: s.name })),
    ...pack.states.map((s) => ({ key: s.key, name: s.name, record: s.record })),
  ]),
);
const dayIndex = buildSearchIndex(dayDecisionEntries(day));
const recordIndex = buildSearchIndex(recordDecisionEntries(pack));

const first = (hits: SearchHit[], kind: SearchHit['kind']) => hits.find((h) => h.kind === kind);

describe('folding', () => {
  it('folds case, accents and punctuation', () => {
    expect(fold('Türkiye')).toBe('turkiye');
    expect(wordsOf('Côte d’Ivoire')).toEqual(['cote', 'd', 'ivoire']);
    expect(symbolTokens('A/RES/ES-11/7')).toBe('a res es 11 7');
    expect(symbolTokens('es 11/7')).toBe('es 11 7');
    expect(symbolTokens('R/44/41C')).toBe('r 44 41 c');
    expect(symbolSpellings('S/RES/2774 (2025)')).toEqual(['s res 2774 2025', 's res 2774']);
    expect(roman(26)).toBe('XXVI');
  });

  it('reads the former names a membership note gives', () => {
    expect(namesInNote('Listed as Burma in the UN Yearbook rosters (1959-1974).')).toEqual(['Burma']);
    expect(namesInNote('Admitted 17 Sep 1957 as the Federation of Malaya; renamed')).toEqual(['Federation of Malaya']);
    expect(namesInNote('Original member as the Byelorussian SSR (name in the UN Yearbook rosters)')).toEqual([
      'Byelorussian SSR',
    ]);
  });
});

describe('states by every name', () => {
  const state = (query: string) => first(searchIndex(states, query), 'state');

  it.each(['Türkiye', 'Turkiye', 'turkiye', 'Turkey', 'TURKEY', 'TUR'])('%s is Türkiye, first and exact', (query) => {
    const hits = searchIndex(states, query);
    expect(hits[0]).toMatchObject({ kind: 'state', target: 'TUR', tier: 'exact' });
  });

  it("the USSR leads to the Russian Federation's seat", () => {
    for (const query of ['USSR', 'ussr', 'Soviet Union', 'Union of Soviet Socialist Republics', 'SUN']) {
      expect(state(query), query).toMatchObject({
        target: 'RUS',
        label: 'Union of Soviet Socialist Republics',
        detail: 'Russian Federation',
        tag: 'former',
        tier: 'exact',
      });
    }
    expect(state('Russia')).toMatchObject({ target: 'RUS', label: 'Russian Federation' });
  });

  it('former names: Burma, Zaire, Czechoslovakia (its own page), Ceylon, Dahomey', () => {
    expect(state('Burma')).toMatchObject({ target: 'MMR', tier: 'exact' });
    expect(state('Zaire')).toMatchObject({ target: 'COD', tier: 'exact' });
    expect(state('Czechoslovakia')).toMatchObject({ target: 'CSK', label: 'Czechoslovakia', detail: '' });
    expect(state('Ceylon')).toMatchObject({ target: 'LKA' });
    expect(state('dahomey')).toMatchObject({ target: 'BEN' });
  });

  it('by ISO codes, and by the start of a name, the exact first', () => {
    expect(state('usa')).toMatchObject({ target: 'USA', tier: 'exact' });
    expect(state('RU')).toMatchObject({ target: 'RUS' });
    const hits = searchIndex(states, 'united');
    expect(hits.every((h) => h.tier === 'prefix' || h.tier === 'words')).toBe(true);
    expect(hits.map((h) => h.target)).toContain('USA');
    expect(searchIndex(states, 'Czech')[0]).toMatchObject({ target: 'CZE', tier: 'prefix' });
    expect(searchIndex(states, 'korea').map((h) => h.target)).toEqual(expect.arrayContaining(['KOR', 'PRK']));
    expect(searchIndex(states, 'xyzzy')).toEqual([]);
  });
});

describe('decisions by symbol, in their many spellings', () => {
  it.each([
    ['A/RES/ES-11/7', 'ga-l10'],
    ['ES-11/7', 'ga-l10'],
    ['es 11/7', 'ga-l10'],
    ['a/res/es-11/7', 'ga-l10'],
    ['A/ES-11/L.10', 'ga-l10'],
    ['L.10', 'ga-l10'],
    ['A/ES-11/L.11', 'ga-l11'],
    ['L.11', 'ga-l11'],
    ['S/RES/2774', 'sc-s2025-112'],
    ['2774', 'sc-s2025-112'],
    ['S/RES/2774 (2025)', 'sc-s2025-112'],
    ['S/2025/112', 'sc-s2025-112'],
  ])('%s finds %s first, as an exact match', (query, id) => {
    const hits = searchIndex(dayIndex, query);
    expect(hits[0]).toMatchObject({ kind: 'decision', target: id, tier: 'exact' });
  });

  it('a symbol being typed finds by its start', () => {
    const hits = searchIndex(dayIndex, 'ES-11/');
    expect(hits.map((h) => h.target)).toEqual(expect.arrayContaining(['ga-l10', 'ga-l11']));
    expect(hits.every((h) => h.tier === 'prefix')).toBe(true);
  });

  it("the record's symbols: as the UN writes them, with the session in roman numerals, and as the record does", () => {
    const symbolOfHit = (hit: SearchHit) =>
      pack.strings[pack.symbol[pack.rcid.indexOf(Number(hit.target.slice('rcid-'.length)))]];
    // Resolution 2758 (XXVI) was voted on in parts, A to G.
    for (const query of ['A/RES/2758 (XXVI)', 'A/RES/2758', '2758 (XXVI)', 'R/26/2758', 'A/RES/2758 G']) {
      const hits = searchIndex(recordIndex, query);
      expect(hits.length, query).toBeGreaterThan(0);
      for (const hit of hits) expect(symbolOfHit(hit), query).toMatch(/^R\/26\/2758[A-G]$/);
    }
    expect(searchIndex(recordIndex, 'A/RES/2758 G')).toMatchObject([{ label: 'A/RES/2758 G', tier: 'exact' }]);
    expect(searchIndex(recordIndex, 'A/RES/2758 (XXVI) G')[0]).toMatchObject({ label: 'A/RES/2758 G', tier: 'exact' });
    expect(searchIndex(recordIndex, 'A/RES/44/41 C')[0]).toMatchObject({ label: 'A/RES/44/41 C', tier: 'exact' });
  });
});

describe('decisions by words and year', () => {
  it('every word starts a word of the title; a year is the year', () => {
    const hits = searchIndex(recordIndex, 'nuclear 1982', 100);
    expect(hits.length).toBeGreaterThan(5);
    for (const h of hits) {
      expect(h.year).toBe(1982);
      expect(h.tier).toBe('words');
    }
    expect(searchIndex(recordIndex, 'nucl 1982', 100).length).toBe(hits.length);
  });

  it("a year alone: that year's decisions, the newest first", () => {
    const hits = searchIndex(recordIndex, '1982', 500).filter((h) => h.tier === 'year');
    expect(hits.length).toBeGreaterThan(100);
    // The votes of 1982, newest first, then others that name the year (a budget for 1982–1983).
    const of1982 = hits.findIndex((h) => h.year !== 1982);
    expect(of1982).toBeGreaterThan(100);
    expect(hits.slice(of1982).every((h) => h.year !== 1982)).toBe(true);
  });
});

describe('groups', () => {
  const views: SearchEntry[] = [
    {
      kind: 'view',
      label: 'Overview',
      detail: '',
      target: '#/',
      tag: '',
      names: ['Overview'],
      codes: [],
      symbols: [],
      text: '',
      year: 0,
      order: 0,
    },
  ];
  it('the group with the best match first; a kind at most `perKind`', () => {
    const index = buildSearchIndex(views);
    const groups = groupHits([
      searchIndex(index, 'over'),
      searchIndex(dayIndex, 'ES-11/7'),
      searchIndex(states, 'over'),
    ]);
    expect(groups.map((g) => g.kind)).toEqual(['decision', 'view']);
    expect(groupHits([searchIndex(recordIndex, '1982', 20)], 3)[0].hits).toHaveLength(3);
  });
});
