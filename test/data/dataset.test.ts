/**
 * Facts of the shipped dataset (data/un-votes-2025-02-24.json), checked
 * against the records it was built from and against an independent list of
 * member states (the world-countries package).
 */
import { readFileSync } from 'node:fs';
import countries from 'world-countries';
import { describe, expect, it } from 'vitest';
import type { Dataset, Decision } from '../../src/domain/model';
import { CODE, councilOn, isMemberOn, statusOf } from '../../src/domain/model';
import { parseMembership } from '../../src/domain/membership';
import { loadDatasetText } from '../../src/domain/load';
import { claimSources } from '../../src/domain/export';
import { computeOutcome, outcomeFacts } from '../../src/domain/outcome';
import { REGIONAL_GROUPS } from '../../src/domain/schema';
import type { RegionalGroup } from '../../src/domain/schema';
import { checkTally, deriveTally } from '../../src/domain/tally';

const TEXT = readFileSync(new URL('../../data/un-votes-2025-02-24.json', import.meta.url), 'utf8');

function load(): Dataset {
  const result = loadDatasetText(TEXT);
  if (!result.ok) throw new Error(`the shipped dataset does not load:\n${JSON.stringify(result.problems, null, 2)}`);
  return result.dataset;
}
const dataset = load();
const decision = (id: string): Decision => {
  const i = dataset.decisionIndex.get(id);
  if (i === undefined) throw new Error(`no decision ${id}`);
  return dataset.decisions[i];
};
const positionOfState = (d: Decision, code: string) => d.positions[dataset.stateIndex.get(code)!];
const codesWith = (d: Decision, code: number) =>
  dataset.states.filter((_, i) => d.positions[i] === code).map((s) => s.code);

describe('membership', () => {
  it('has the 193 member states, each code once', () => {
    expect(dataset.states).toHaveLength(193);
    expect(new Set(dataset.states.map((s) => s.code)).size).toBe(193);
  });

  it('has exactly the UN members of world-countries', () => {
    const members = countries
      .filter((c) => c.unMember)
      // world-countries 5.1.0 flags the Vatican City (VAT) as a UN member; the Holy See is a
      // non-member observer state. Excluded by name, so any other missing or extra state fails.
      .filter((c) => c.cca3 !== 'VAT')
      .map((c) => c.cca3)
      .sort();
    expect(members).toHaveLength(193);
    expect(dataset.states.map((s) => s.code).sort()).toEqual(members);
  });

  it('leaves out the observer states', () => {
    expect(dataset.stateIndex.has('VAT')).toBe(false);
    expect(dataset.stateIndex.has('PSE')).toBe(false);
  });

  it.each([
    ['RUS', 'Russian Federation'],
    ['KOR', 'Republic of Korea'],
    ['PRK', "Democratic People's Republic of Korea"],
    ['GBR', 'United Kingdom of Great Britain and Northern Ireland'],
    ['USA', 'United States of America'],
    ['TUR', 'Türkiye'],
    ['SSD', 'South Sudan'],
  ])('uses the UN short name: %s is %s', (code, name) => {
    expect(dataset.states[dataset.stateIndex.get(code)!].name).toBe(name);
  });

  it.each<[RegionalGroup, number]>([
    ['African States', 54],
    ['Asia-Pacific States', 54],
    ['Eastern European States', 23],
    ['Latin American and Caribbean States', 33],
    ['Western European and other States', 29],
  ])('counts %s for elections: %i', (group, n) => {
    expect(dataset.states.filter((s) => s.regionalGroup === group)).toHaveLength(n);
  });

  it('puts every state in one of the five groups, and in the groups it is listed in', () => {
    const perGroup = REGIONAL_GROUPS.map((g) => dataset.states.filter((s) => s.regionalGroup === g).length);
    expect(perGroup.reduce((a, b) => a + b, 0)).toBe(dataset.states.length);
    expect(dataset.states).toHaveLength(193);
    for (const s of dataset.states) {
      expect(REGIONAL_GROUPS).toContain(s.regionalGroup);
      expect(s.listedIn).toContain(s.regionalGroup);
    }
  });

  it('lists Türkiye in two groups and counts it in the Western European and other States', () => {
    const turkiye = dataset.states[dataset.stateIndex.get('TUR')!];
    expect([...turkiye.listedIn].sort()).toEqual(['Asia-Pacific States', 'Western European and other States']);
    expect(turkiye.regionalGroup).toBe('Western European and other States');
    expect(dataset.states.filter((s) => s.listedIn.length > 1).map((s) => s.code)).toEqual(['TUR']);
  });

  it('agrees state by state with the regional groups of world-countries', () => {
    const names: Record<string, RegionalGroup> = {
      'African Group': 'African States',
      'Asia and the Pacific Group': 'Asia-Pacific States',
      'Eastern European Group': 'Eastern European States',
      'Latin American and Caribbean Group': 'Latin American and Caribbean States',
      'Western European and Others Group': 'Western European and other States',
    };
    const theirs = new Map(countries.map((c) => [c.cca3, names[c.unRegionalGroup]]));
    const differ = dataset.states.filter((s) => theirs.get(s.code) !== s.regionalGroup).map((s) => s.code);
    expect(differ).toEqual([]);
  });
});

describe('the Security Council of 2025', () => {
  it('has 15 members: the 5 permanent and 10 elected', () => {
    expect(dataset.councils).toHaveLength(1);
    const council = councilOn(dataset, '2025-02-24')!;
    expect(council.year).toBe(2025);
    expect(council.permanent).toEqual(['CHN', 'FRA', 'RUS', 'GBR', 'USA']);
    expect([...council.elected].sort()).toEqual(
      ['DZA', 'DNK', 'GRC', 'GUY', 'PAK', 'PAN', 'KOR', 'SLE', 'SOM', 'SVN'].sort(),
    );
    const all = [...council.permanent, ...council.elected];
    expect(new Set(all).size).toBe(15);
    for (const code of all) expect(dataset.stateIndex.has(code)).toBe(true);
  });

  it('makes only the Council members eligible in Council decisions', () => {
    for (const d of dataset.decisions) {
      const eligible = deriveTally(d.positions).eligible;
      expect(eligible).toBe(d.body === 'GA' ? 193 : 15);
    }
    const d = decision('sc-s2025-112');
    expect(positionOfState(d, 'DEU')).toBe(CODE.notEligible);
    expect(statusOf(CODE.notEligible)).toBeNull();
  });
});

describe('decisions, in voting order', () => {
  it('has the General Assembly votes in order', () => {
    expect(dataset.decisions.filter((d) => d.body === 'GA').map((d) => d.id)).toEqual([
      'ga-l10',
      'ga-l11-am-rus',
      'ga-l11-am-invasion',
      'ga-l11-am-integrity',
      'ga-l11-am-just-peace',
      'ga-l11',
    ]);
  });

  it('has the Security Council votes in order', () => {
    expect(dataset.decisions.filter((d) => d.body === 'SC').map((d) => d.id)).toEqual([
      'sc-motion-postpone',
      'sc-am-invasion',
      'sc-am-sovereignty',
      'sc-am-just-peace',
      'sc-am-rus',
      'sc-s2025-112',
    ]);
  });

  it('links each amendment to the draft it amends, voted after it', () => {
    expect(decision('ga-l11').amendments.map((i) => dataset.decisions[i].id)).toEqual([
      'ga-l11-am-rus',
      'ga-l11-am-invasion',
      'ga-l11-am-integrity',
      'ga-l11-am-just-peace',
    ]);
    expect(decision('sc-s2025-112').amendments.map((i) => dataset.decisions[i].id)).toEqual([
      'sc-am-invasion',
      'sc-am-sovereignty',
      'sc-am-just-peace',
      'sc-am-rus',
    ]);
    expect(decision('ga-l10').amendments).toEqual([]);
    for (const d of dataset.decisions) {
      if (d.kind === 'amendment') expect(d.amends).toBeGreaterThan(d.index);
      else expect(d.amends).toBeNull();
    }
  });

  it('dates every vote 24 February 2025', () => {
    expect(new Set(dataset.decisions.map((d) => d.date))).toEqual(new Set(['2025-02-24']));
  });

  it('has reported positions that fit every recorded tally', () => {
    for (const d of dataset.decisions) {
      for (const check of checkTally(d)) expect(check.problems, `${d.id} ${check.position}`).toEqual([]);
    }
  });

  it('says per position (Y, N, A, X) whether the tally check compared anything', () => {
    expect(Object.fromEntries(dataset.decisions.map((d) => [d.id, checkTally(d).map((c) => c.status)]))).toEqual({
      'ga-l10': ['agrees', 'agrees', 'agrees', 'nothing to compare'],
      'ga-l11-am-rus': ['nothing to compare', 'nothing to compare', 'nothing to compare', 'nothing to compare'],
      'ga-l11-am-invasion': ['nothing to compare', 'nothing to compare', 'nothing to compare', 'nothing to compare'],
      'ga-l11-am-integrity': ['nothing to compare', 'nothing to compare', 'nothing to compare', 'nothing to compare'],
      'ga-l11-am-just-peace': ['nothing to compare', 'nothing to compare', 'nothing to compare', 'nothing to compare'],
      'ga-l11': ['agrees', 'agrees', 'agrees', 'nothing to compare'],
      'sc-motion-postpone': ['nothing to compare', 'nothing to compare', 'nothing to compare', 'nothing to compare'],
      'sc-am-invasion': ['nothing to compare', 'nothing to compare', 'nothing to compare', 'nothing to compare'],
      'sc-am-sovereignty': ['nothing to compare', 'nothing to compare', 'nothing to compare', 'nothing to compare'],
      'sc-am-just-peace': ['nothing to compare', 'nothing to compare', 'nothing to compare', 'nothing to compare'],
      'sc-am-rus': ['nothing to compare', 'nothing to compare', 'agrees', 'nothing to compare'],
      'sc-s2025-112': ['agrees', 'agrees', 'agrees', 'nothing to compare'],
    });
  });
});

describe('A/RES/ES-11/7 (ga-l10)', () => {
  const d = decision('ga-l10');

  it('is the adopted resolution of draft A/ES-11/L.10, 93–18–65 with 17 not voting', () => {
    expect(d.draftSymbol).toBe('A/ES-11/L.10');
    expect(d.resolutionSymbol).toBe('A/RES/ES-11/7');
    expect(d.record.tally.map((t) => t.value)).toEqual([{ yes: 93, no: 18, abstain: 65, nonVoting: 17 }]);
    expect(d.record.outcome.map((o) => o.value)).toEqual([{ result: 'adopted', vetoedBy: [] }]);
  });

  it('has the complete list of 18 against, the United States and the Russian Federation among them', () => {
    const no = codesWith(d, CODE.N);
    expect(no).toHaveLength(18);
    expect(no).toEqual(expect.arrayContaining(['USA', 'RUS', 'BLR', 'PRK', 'HUN', 'ISR', 'NER']));
    expect(d.completeLists.has('N')).toBe(true);
  });

  it('has 91 reported in favour, with Egypt and Nigeria disputed', () => {
    const t = deriveTally(d.positions);
    expect(t.Y).toBe(91);
    expect(t.N).toBe(18);
    expect(t.disputed).toBe(2);
    expect(codesWith(d, CODE.disputed).sort()).toEqual(['EGY', 'NGA']);
    expect(d.completeLists.has('Y')).toBe(true);
    expect(codesWith(d, CODE.Y)).toEqual(expect.arrayContaining(['UKR', 'FRA', 'DEU', 'GBR', 'AUS', 'KOR']));
  });

  it.each([
    ['EGY', 'Y: WIKI-ES11-7 | A: INDIATV'],
    ['NGA', 'Y: WIKI-ES11-7 | N: INDIATV'],
  ])('%s: one source says Y, another does not (%s)', (code, sources) => {
    const i = dataset.stateIndex.get(code)!;
    expect(statusOf(d.positions[i])).toBe('disputed');
    expect(new Set(d.claims.get(i)!.map((c) => c.position)).size).toBe(2);
    expect(claimSources(d, i)).toBe(sources);
  });

  it('implies abstained or did not vote for the states no list names', () => {
    expect(d.implied).toEqual(['A', 'X']);
    expect(positionOfState(d, 'AFG')).toBe(CODE.notReported);
    expect(positionOfState(d, 'CHN')).toBe(CODE.A);
    expect(positionOfState(d, 'IND')).toBe(CODE.A);
  });
});

describe('A/RES/ES-11/8 (ga-l11)', () => {
  const d = decision('ga-l11');

  it('has a disputed tally: 93–8–73 and 89–8–70', () => {
    expect(d.resolutionSymbol).toBe('A/RES/ES-11/8');
    expect(d.record.tally.map((t) => t.value)).toEqual([
      { yes: 93, no: 8, abstain: 73, nonVoting: null },
      { yes: 89, no: 8, abstain: 70, nonVoting: null },
    ]);
    expect(d.record.tally[0].citations.map((c) => c.source)).toContain('UNIPD');
    expect(d.record.tally[1].citations.map((c) => c.source)).toEqual(['UATV']);
  });

  it('has Ukraine disputed: Y from AP-DDN, A from UP-7499903', () => {
    const i = dataset.stateIndex.get('UKR')!;
    expect(statusOf(d.positions[i])).toBe('disputed');
    const claims = d.claims.get(i)!;
    const by = (position: string) =>
      claims.filter((c) => c.position === position).flatMap((c) => c.citations.map((x) => x.source));
    expect(by('Y')).toEqual(['AP-DDN']);
    expect(by('A')).toContain('UP-7499903');
    expect(claimSources(d, i)).toMatch(/^Y: AP-DDN \| A: UP-7499903/);
  });

  it('has the United States abstaining and the Russian Federation against', () => {
    expect(positionOfState(d, 'USA')).toBe(CODE.A);
    expect(positionOfState(d, 'RUS')).toBe(CODE.N);
  });
});

describe('S/RES/2774 (2025) (sc-s2025-112)', () => {
  const d = decision('sc-s2025-112');

  it('is complete: 10 in favour, none against, 5 abstentions', () => {
    expect(d.resolutionSymbol).toBe('S/RES/2774 (2025)');
    expect(d.record.tally.map((t) => t.value)).toEqual([{ yes: 10, no: 0, abstain: 5, nonVoting: 0 }]);
    expect(deriveTally(d.positions)).toEqual({ Y: 10, N: 0, A: 5, X: 0, disputed: 0, notReported: 0, eligible: 15 });
    expect([...d.completeLists].sort()).toEqual(['A', 'N', 'Y']);
    expect(codesWith(d, CODE.A).sort()).toEqual(['DNK', 'FRA', 'GBR', 'GRC', 'SVN']);
    expect(codesWith(d, CODE.Y).sort()).toEqual(['CHN', 'DZA', 'GUY', 'KOR', 'PAK', 'PAN', 'RUS', 'SLE', 'SOM', 'USA']);
    expect(outcomeFacts(d.record.outcome[0].value, d.record.tally[0].value, d.date)).toEqual({ result: 'adopted' });
  });
});

describe('the Council amendments', () => {
  it.each([
    ['sc-am-sovereignty', 9],
    ['sc-am-just-peace', 11],
  ])('%s was vetoed by the Russian Federation with %i in favour', (id, yes) => {
    const d = decision(id);
    expect(d.record.outcome.map((o) => o.value)).toEqual([{ result: 'vetoed', vetoedBy: ['RUS'] }]);
    expect(d.record.tally[0].value.yes).toBe(yes);
    expect(positionOfState(d, 'RUS')).toBe(CODE.N);
    expect(computeOutcome(dataset, d, d.record.tally[0].value)).toEqual({ result: 'vetoed', vetoedBy: ['RUS'] });
    expect(outcomeFacts(d.record.outcome[0].value, d.record.tally[0].value, d.date)).toEqual({
      result: 'vetoed',
      vetoedBy: ['RUS'],
      yes,
    });
  });

  it('sc-am-rus failed with 4 in favour, 6 against, 5 abstentions, the United States abstaining', () => {
    const d = decision('sc-am-rus');
    expect(d.record.tally.map((t) => t.value)).toEqual([{ yes: 4, no: 6, abstain: 5, nonVoting: null }]);
    expect(d.record.outcome.map((o) => o.value)).toEqual([{ result: 'failed', vetoedBy: [] }]);
    expect(positionOfState(d, 'USA')).toBe(CODE.A);
    expect(outcomeFacts(d.record.outcome[0].value, d.record.tally[0].value, d.date)).toEqual({
      result: 'failed',
      yes: 4,
      needed: 9,
    });
  });

  it('sc-am-invasion failed with 6 in favour; the motion to postpone was rejected', () => {
    expect(decision('sc-am-invasion').record.outcome[0].value).toEqual({ result: 'failed', vetoedBy: [] });
    expect(decision('sc-am-invasion').record.tally[0].value.yes).toBe(6);
    expect(decision('sc-motion-postpone').kind).toBe('procedural-motion');
    expect(decision('sc-motion-postpone').record.outcome[0].value.result).toBe('rejected');
  });
});

describe('sources', () => {
  /** Every `{ source, quote }` citation anywhere in the file, with its path. */
  function citations(value: unknown, path = ''): { path: string; source: string }[] {
    if (Array.isArray(value)) return value.flatMap((v, i) => citations(v, `${path}[${i}]`));
    if (value === null || typeof value !== 'object') return [];
    const entries = Object.entries(value);
    if ('source' in value && 'quote' in value) return [{ path, source: String(value.source) }];
    return entries.flatMap(([k, v]) => citations(v, path ? `${path}.${k}` : k));
  }

  it('has a source for every citation', () => {
    const all = citations(JSON.parse(TEXT));
    expect(all.length).toBeGreaterThan(50);
    const keys = new Set(dataset.sources.map((s) => s.key));
    expect(all.filter((c) => !keys.has(c.source))).toEqual([]);
  });

  it('has each source key once, each source with a text to check its quotes against', () => {
    expect(new Set(dataset.sources.map((s) => s.key)).size).toBe(dataset.sources.length);
    expect(dataset.sources.filter((s) => !(s.file ?? s.quotesFrom))).toEqual([]);
  });
});

describe('membership over time', () => {
  const table = parseMembership(readFileSync(new URL('../../data/sources/un-membership.csv', import.meta.url), 'utf8'));

  it('gives every member its seat from its admission, as the membership table has it, cited by its row', () => {
    const current = new Map(table.filter((m) => !m.former).map((m) => [m.code, m]));
    expect(dataset.states).toHaveLength(193);
    for (const state of dataset.states) {
      const row = current.get(state.code);
      expect(row, state.code).toBeDefined();
      expect(state.seats).toEqual([
        { from: row!.admitted, to: null, citations: [{ source: 'UN-MEMBERSHIP', record: state.code }] },
      ]);
    }
  });

  it('reads who could vote at the date: all 193 on 24 February 2025; South Sudan not before 14 July 2011', () => {
    expect(dataset.states.filter((s) => isMemberOn(s, '2025-02-24'))).toHaveLength(193);
    const ssd = dataset.states[dataset.stateIndex.get('SSD')!];
    expect(isMemberOn(ssd, '2011-07-13')).toBe(false);
    expect(isMemberOn(ssd, '2011-07-14')).toBe(true);
  });

  it('has the provenance a reader needs: id, source, licence, how it was made, what it covers', () => {
    expect(dataset.id).toBe('day');
    for (const field of ['source', 'licence', 'howMade', 'covers'] as const)
      expect(dataset.provenance[field].length).toBeGreaterThan(20);
  });
});
