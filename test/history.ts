/**
 * Test fixtures for the record (GA 1946–2019): a small record in the shape of the three source files,
 * with the real membership table, and a function that builds it. Used by
 * the tests of the builder, the pack reader and the filter.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import countries from 'world-countries';
import { parseMembership } from '../src/domain/membership';
import type { BuildInput, BuildResult } from '../src/domain/history/build';
import { buildPack } from '../src/domain/history/build';
import type { HistoryPack } from '../src/domain/history/pack';
import { decodePack } from '../src/domain/history/pack';

/** This folder, as a path: under jsdom the global URL is not the one node:fs accepts. */
const HERE = dirname(fileURLToPath(import.meta.url));

export const MEMBERSHIPS = parseMembership(readFileSync(join(HERE, '../data/sources/un-membership.csv'), 'utf8'));

const ALPHA3 = new Map(countries.map((c) => [c.cca2, c.cca3]));

export const ROLL_CALLS = [
  'rcid,session,importantvote,date,unres,amend,para,short,descr',
  '10,4,0,1950-01-05,R/4/300,0,0,"KOREA, ADMISSION","TO ADOPT A ""QUOTED"" TEXT,',
  'ON TWO LINES"',
  '11,46,0,1992-01-03,R/46/1,,,,RUSSIA AFTER THE USSR',
  '12,55,1,2001-01-10,R/55/1,,,SERBIA,"Yugoslavia after 2000: Serbia’s seat, São Tomé"',
  '13,45,1,1990-11-05,R/45/1,1,1,YEMEN,The united Yemen',
  '14,74,,2019-12-10,A/RES/74/1,,,NAMIBIA,Namibia and Serbia',
  '15,46,0,1991-12-02,R/46/1,0,1,USSR,The last month of the USSR',
  '',
].join('\n');

export const VOTES = [
  'rcid,country,country_code,vote',
  '10,United States,US,yes',
  '10,Russia,RU,no',
  '10,Taiwan,TW,abstain',
  '10,Yugoslavia,YU,yes',
  '11,Russia,RU,yes',
  '11,United States,US,yes',
  '12,Yugoslavia,YU,no',
  '12,United States,US,yes',
  '13,Yemen Arab Republic,,yes',
  '13,United States,US,no',
  '14,Namibia,NA,yes',
  '14,Yugoslavia,YU,abstain',
  '14,United States,US,no',
  '15,Russia,RU,abstain',
  '15,United States,US,no',
  '',
].join('\n');

export const ISSUES = [
  'rcid,short_name,issue',
  '10,co,Colonialism',
  '14,hr,Human rights',
  '14,co,Colonialism',
  '',
].join('\n');

export const FIXTURE_DATASET: BuildInput['dataset'] = {
  id: 'history',
  title: 'A test record',
  provenance: {
    source: 'Test source',
    citation: 'Test citation',
    identifiers: ['hdl:0/0'],
    url: 'https://example.org/record',
    licence: 'CC0-1.0',
    licenceUrl: 'https://creativecommons.org/publicdomain/zero/1.0/',
    howMade: 'By hand, for tests.',
    notes: [],
  },
};

/** Builds a pack from the fixtures, with any of the three texts (or their chunks) replaced. */
export function buildFixture(
  replace: Partial<Record<'rollCalls' | 'votes' | 'issues', string | string[]>> = {},
  options: Partial<Pick<BuildInput, 'quirks'>> = {},
): Promise<BuildResult> {
  const chunks = (text: string | string[]) => (typeof text === 'string' ? [text] : text);
  return buildPack({
    rollCalls: { name: 'un_roll_calls.csv.gz', chunks: chunks(replace.rollCalls ?? ROLL_CALLS) },
    votes: { name: 'un_votes.csv.gz', chunks: chunks(replace.votes ?? VOTES) },
    issues: { name: 'un_roll_call_issues.csv.gz', chunks: chunks(replace.issues ?? ISSUES) },
    files: ['un_roll_calls.csv.gz', 'un_votes.csv.gz', 'un_roll_call_issues.csv.gz'].map((name) => ({
      name,
      bytes: 0,
      sha256: '0'.repeat(64),
    })),
    memberships: MEMBERSHIPS,
    alpha3: (code) => ALPHA3.get(code),
    dataset: FIXTURE_DATASET,
    quirks: options.quirks ?? [],
  });
}

/** The committed pack (public/data/history.pack). */
export const PACK_FILE = join(HERE, '../public/data/history.pack');

let committed: HistoryPack | null = null;
/** The committed pack, decoded once for all the tests of a file. */
export function committedPack(): HistoryPack {
  committed ??= decodePack(readFileSync(PACK_FILE));
  return committed;
}
