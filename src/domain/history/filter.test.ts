import { describe, expect, it } from 'vitest';
import { buildFixture, committedPack } from '../../../test/history';
import type { RecordFilter } from './filter';
import { NO_FILTER, filterDecisions, filterRange, normaliseText, searchTexts } from './filter';
import { decodePack, yearOf } from './pack';

const count = (filter: Partial<RecordFilter>) => filterDecisions(committedPack(), { ...NO_FILTER, ...filter }).length;

describe('normaliseText', () => {
  it('lowers the case, drops accents and collapses spaces', () => {
    expect(normaliseText('  Côte   d’Ivoire\nSÃO Tomé ')).toBe('cote d’ivoire sao tome');
  });
});

describe('filterDecisions on a small record', async () => {
  const pack = decodePack((await buildFixture()).bytes);
  const rcids = (filter: Partial<RecordFilter>) =>
    [...filterDecisions(pack, { ...NO_FILTER, ...filter })].map((d) => pack.rcid[d]);

  it('keeps everything with no filter, in date order', () => {
    expect(rcids({})).toEqual([10, 13, 15, 11, 12, 14]);
  });

  it('by year range, inclusive at both ends, open at either', () => {
    expect(rcids({ fromYear: 1991, toYear: 2001 })).toEqual([15, 11, 12]);
    expect(rcids({ fromYear: 1992 })).toEqual([11, 12, 14]);
    expect(rcids({ toYear: 1990 })).toEqual([10, 13]);
    expect(rcids({ fromYear: 2020 })).toEqual([]);
  });

  it('by session', () => {
    expect(rcids({ session: 46 })).toEqual([15, 11]);
  });

  it('by topics: any of those given; none for a topic the record does not have', () => {
    expect(rcids({ topics: ['hr'] })).toEqual([14]);
    expect(rcids({ topics: ['co'] })).toEqual([10, 14]);
    expect(rcids({ topics: ['xx'] })).toEqual([]);
  });

  it('by the important-vote flag: only those the record marks important', () => {
    expect(rcids({ importantOnly: true })).toEqual([13, 12]);
  });

  it('by kind', () => {
    expect(rcids({ kind: 'amendment' })).toEqual([13]);
    expect(rcids({ kind: 'paragraph' })).toEqual([15]);
    expect(rcids({ kind: 'resolution' })).toEqual([10]);
    expect(rcids({ kind: 'not-coded' })).toEqual([11, 12, 14]);
  });

  it('by text: every word, in title, symbol or description, whatever the case', () => {
    expect(rcids({ text: 'korea' })).toEqual([10]);
    expect(rcids({ text: '"quoted" two lines' })).toEqual([10]);
    expect(rcids({ text: 'R/46/1' })).toEqual([15, 11]);
    expect(rcids({ text: 'yemen   UNITED' })).toEqual([13]);
    expect(rcids({ text: 'korea yemen' })).toEqual([]);
    expect(rcids({ text: 'SAO TOME serbia’s' })).toEqual([12]);
    expect(rcids({ text: '   ' })).toEqual(rcids({}));
  });

  it('combines every criterion', () => {
    expect(rcids({ fromYear: 1990, session: 46, kind: 'paragraph', text: 'ussr' })).toEqual([15]);
    expect(rcids({ fromYear: 1990, session: 46, kind: 'amendment' })).toEqual([]);
  });

  it('gives the years and sessions the record covers', () => {
    expect(filterRange(pack)).toEqual({ firstYear: 1950, lastYear: 2019, sessions: [4, 45, 46, 55, 74] });
  });

  it('keeps one searchable text per decision', () => {
    expect(searchTexts(pack)).toHaveLength(6);
    expect(searchTexts(pack)[0]).toBe('korea, admission\nr/4/300\nto adopt a "quoted" text,\non two lines');
  });
});

/**
 * Counts over the committed pack, computed independently from the source files with Python's csv module
 * (rows of un_roll_calls.csv.gz by the year of `date`, `session`, `importantvote`, `amend`/`para`, and the
 * tags of un_roll_call_issues.csv.gz; text: the words in `short`, `unres` and `descr`, lower-cased and
 * without accents).
 */
describe('filterDecisions on the whole record', () => {
  it('counts what the source files count', () => {
    expect(count({})).toBe(6203);
    expect(count({ fromYear: 1971, toYear: 1971 })).toBe(126);
    expect(count({ fromYear: 1971, toYear: 1971, topics: ['co'] })).toBe(22);
    expect(count({ fromYear: 1960, toYear: 1969, topics: ['co', 'hr'] })).toBe(136);
    expect(count({ session: 26 })).toBe(126);
    expect(count({ importantOnly: true })).toBe(411);
    expect(count({ importantOnly: true, fromYear: 1990, toYear: 1999, topics: ['me'] })).toBe(22);
    expect(count({ kind: 'amendment' })).toBe(311);
    expect(count({ kind: 'paragraph' })).toBe(834);
    expect(count({ kind: 'resolution' })).toBe(2087);
    expect(count({ kind: 'not-coded' })).toBe(2971);
    expect(count({ kind: 'paragraph', fromYear: 1980, toYear: 1985 })).toBe(24);
    expect(count({ text: 'apartheid' })).toBe(187);
    expect(count({ text: 'South Africa arms' })).toBe(13);
    expect(count({ text: 'r/26/2758' })).toBe(7);
  });

  it('returns decisions of the years asked for only', () => {
    const pack = committedPack();
    const found = filterDecisions(pack, { ...NO_FILTER, fromYear: 1980, toYear: 1981 });
    expect([...found].every((d) => [1980, 1981].includes(yearOf(pack, d)))).toBe(true);
  });
});
