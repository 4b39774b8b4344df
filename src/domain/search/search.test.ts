import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { committedPack } from '../../../test/history';
import { loadDatasetText } from '../load';
import { parseMembership } from '../membership';
import { fold, roman, symbolSpellings, symbolTokens, wordsOf } from './fold';
import type { SearchEntry, SearchHit } from './index';
import { answerQuery, buildSearchIndex, groupHits, searchIndex } from './index';
import { recordListFilter } from './list';
import { filterDecisions } from '../history/filter';
import { decisionOfRcid, symbolOf } from '../history/pack';
import { officialSymbolOf } from '../history/views';
import { NO_FILTER } from '../history/vocabulary';
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
    // The record letters its seven votes on resolution 2758 (XXVI), A to G.
    for (const query of ['A/RES/2758 (XXVI)', 'A/RES/2758', '2758 (XXVI)', 'R/26/2758', 'A/RES/2758 G']) {
      const hits = searchIndex(recordIndex, query);
      expect(hits.length, query).toBeGreaterThan(0);
      for (const hit of hits) expect(symbolOfHit(hit), query).toMatch(/^R\/26\/2758[A-G]$/);
    }
    // Shown as its page shows it: the UN's symbol (before the 31st session the resolution, its session in roman
    // numerals), the record's symbol before the title to tell its votes on one text apart.
    for (const query of ['A/RES/2758 G', 'A/RES/2758 (XXVI) G', 'R/26/2758G'])
      expect(searchIndex(recordIndex, query)[0], query).toMatchObject({
        label: 'A/RES/2758(XXVI)',
        detail: 'R/26/2758G · CHINA REPRESENTATION',
        target: 'rcid-1190',
        tier: 'exact',
      });
    expect(searchIndex(recordIndex, 'A/RES/44/41 C')[0]).toMatchObject({
      label: 'A/RES/44/41 C',
      detail: expect.stringMatching(/^R\/44\/41C · /),
      tier: 'exact',
    });
    expect(searchIndex(recordIndex, 'A/RES/39/148 B')[0]).toMatchObject({
      label: 'A/RES/39/148 B',
      target: 'rcid-2694',
    });
  });

  it("each vote of the record as its page names it: the UN's symbol, or the record's where it gives none", () => {
    const label = (rcid: number) => {
      const hits = searchIndex(recordIndex, `R/${symbolOf(pack, decisionOfRcid(pack, rcid)).slice(2)}`, 50);
      return hits.find((h) => h.target === `rcid-${rcid}`)?.label;
    };
    for (const rcid of [2694, 1190, 3412, 963]) {
      const d = decisionOfRcid(pack, rcid);
      expect(label(rcid)).toBe(officialSymbolOf(pack, d));
    }
    // A vote on an amendment: the record's symbol, as its page writes it; still found by the UN's.
    expect(label(1834)).toBe('R/32/450B');
    expect(searchIndex(recordIndex, 'A/RES/32/450 B', 50).map((h) => h.target)).toContain('rcid-1834');
    // The UN's symbol already: as it is.
    expect(searchIndex(recordIndex, 'A/RES/ES-10/19')[0]).toMatchObject({ label: 'A/RES/ES-10/19' });
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
      answerQuery(index, 'over'),
      answerQuery(dayIndex, 'ES-11/7'),
      answerQuery(states, 'over'),
    ]);
    expect(groups.map((g) => g.kind)).toEqual(['decision', 'view']);
    expect(groups.map((g) => g.found)).toEqual([1, 1]);
    expect(groupHits([answerQuery(recordIndex, '1982', 20)], 3)[0].hits).toHaveLength(3);
  });
});

describe('how many match, beyond those shown', () => {
  const decision = (label: string, text: string, order: number): SearchEntry => ({
    kind: 'decision',
    label,
    detail: '',
    target: label,
    tag: 'test',
    names: [],
    codes: [],
    symbols: [],
    text,
    year: 1980,
    order,
  });
  const small = buildSearchIndex([
    decision('one', 'apartheid in South Africa', 1),
    decision('two', 'policies of apartheid', 2),
    decision('three', 'the situation in South Africa', 3),
    decision('four', 'apartheid and sport', 4),
    decision('five', 'the question of Namibia', 5),
  ]);

  it('counts every matching entry of each kind, whatever the cap', () => {
    const answer = answerQuery(small, 'apartheid', 2);
    expect(answer.hits.map((h) => h.label)).toEqual(['one', 'two']);
    expect(answer.found).toEqual({ view: 0, state: 0, topic: 0, decision: 3 });
    expect(answerQuery(small, 'south africa', 1).found.decision).toBe(2);
    expect(answerQuery(small, 'namibia').found.decision).toBe(1);
    expect(answerQuery(small, 'xyzzy')).toEqual({ hits: [], found: { view: 0, state: 0, topic: 0, decision: 0 } });
    expect(answerQuery(small, '   ').found.decision).toBe(0);
  });

  it('"ussr" over the record: the best 8 shown, of 85, as many as the list finds with the word', () => {
    const answer = answerQuery(recordIndex, 'ussr', 8);
    expect(answer.hits).toHaveLength(8);
    expect(answer.found.decision).toBe(85);
    // The same count as every hit listed without a cap, and as the record's list filtered by the word.
    expect(searchIndex(recordIndex, 'ussr', 10_000)).toHaveLength(85);
    expect(filterDecisions(pack, { ...NO_FILTER, text: 'ussr' })).toHaveLength(85);
    // With the states' index, as the dialog asks both: a group per kind, each with its own count.
    const groups = groupHits([answerQuery(states, 'ussr'), answer]);
    expect(groups.map((g) => [g.kind, g.hits.length, g.found])).toEqual([
      ['state', 1, 1],
      ['decision', 8, 85],
    ]);
  });

  it('a kind found in several indexes counts the matches of each', () => {
    const both = groupHits([answerQuery(small, 'apartheid', 2), answerQuery(recordIndex, 'apartheid', 8)], 8);
    const record = answerQuery(recordIndex, 'apartheid', 8).found.decision;
    expect(record).toBeGreaterThan(8);
    expect(both).toHaveLength(1);
    expect(both[0].found).toBe(record + 3);
    expect(both[0].hits).toHaveLength(8);
  });
});

describe("the record's list, where the query is words", () => {
  it.each([
    ['ussr', { text: 'ussr', fromYear: null, toYear: null }],
    ['  human   rights ', { text: 'human rights', fromYear: null, toYear: null }],
    ['Côte d’Ivoire', { text: 'Côte d’Ivoire', fromYear: null, toYear: null }],
    ['nuclear 1982', { text: 'nuclear', fromYear: 1982, toYear: 1982 }],
    ['1982', { text: '', fromYear: 1982, toYear: 1982 }],
    ['1982 1983', { text: '1982 1983', fromYear: null, toYear: null }],
    ['2758', { text: '2758', fromYear: null, toYear: null }],
    ['ES-11', { text: 'ES-11', fromYear: null, toYear: null }],
  ])('%s is a words search of the list', (query, filter) => {
    expect(recordListFilter(query)).toEqual(filter);
  });

  it.each(['', '   ', 'A/RES/39/148 B', 'R/26/2758G', 'ES-11/7', 'L.11', 'A/C.1/37/L.2', '!!', '1982 ?'])(
    '“%s” is not',
    (query) => {
      expect(recordListFilter(query)).toBeNull();
    },
  );

  it('the list so filtered finds what the search finds, and more where a word is inside another', () => {
    const list = (query: string) => filterDecisions(pack, { ...NO_FILTER, ...recordListFilter(query)! }).length;
    const found = (query: string) => answerQuery(recordIndex, query).found.decision;
    expect(list('ussr')).toBe(found('ussr'));
    // The year as the list's years, as the search takes it: not the figures in a title.
    expect(list('nuclear 1982')).toBeGreaterThanOrEqual(found('nuclear 1982'));
    expect(list('nuclear 1982')).toBeGreaterThan(filterDecisions(pack, { ...NO_FILTER, text: 'nuclear 1982' }).length);
    expect(list('human rights')).toBeGreaterThanOrEqual(found('human rights'));
  });
});
