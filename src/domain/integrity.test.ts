import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Problem } from './integrity';
import { checkReferences, checkRules, formatProblem } from './integrity';
import { loadDataset } from './load';
import { buildDataset } from './model';
import type { DatasetFile } from './schema';
import { datasetSchema } from './schema';
import { listIndex, mutatedFile, pathOf, problemsOf, recordOf } from '../../test/dataset';

const SHIPPED = datasetSchema.parse(
  JSON.parse(readFileSync(new URL('../../data/un-votes-2025-02-24.json', import.meta.url), 'utf8')),
);

/** A deep copy of the shipped file with some changes. */
const mutated = mutatedFile;

/*
 * Decisions are found by id and lists by position and source, never by their place in the file; the
 * expected paths are worked out the same way.
 */
const rec = recordOf;
const D = pathOf;
/** A list of a shipped decision, found by position and source, and its path. */
const listOf = (d: DatasetFile, id: string, position: 'Y' | 'N' | 'A' | 'X', source: string) =>
  rec(d, id).positionLists[listIndex(rec(SHIPPED, id), position, source)];
const L = (id: string, position: 'Y' | 'N' | 'A' | 'X', source: string) =>
  `${D(id)}.positionLists[${listIndex(rec(SHIPPED, id), position, source)}]`;
/** How many states a shipped list names: the index of a state pushed onto it. */
const sizeOf = (id: string, position: 'Y' | 'N' | 'A' | 'X', source: string) =>
  listOf(SHIPPED, id, position, source).states.length;

const cite = (source: string) => [{ source, quote: 'a quote' }];
const list = (position: 'Y' | 'N' | 'A' | 'X', states: string[], source = 'WSJ') => ({
  position,
  states,
  complete: false,
  citations: cite(source),
});

describe('the shipped dataset', () => {
  it('has no reference and no rule problems', () => {
    expect(checkReferences(SHIPPED)).toEqual([]);
    expect(checkRules(buildDataset(SHIPPED))).toEqual([]);
  });
});

describe('formatProblem', () => {
  it.each<[Problem, string]>([
    [
      { path: 'decisions[0].positionLists[1].position', message: '"maybe" is not a vote (Y, N, A or X)' },
      'decisions[0].positionLists[1].position: "maybe" is not a vote (Y, N, A or X)',
    ],
    [{ path: '', message: 'the file is not valid JSON' }, 'the file is not valid JSON'],
  ])('%o → %s', (problem, text) => {
    expect(formatProblem(problem)).toBe(text);
  });
});

describe('reference problems', () => {
  it.each<[string, (d: DatasetFile) => void, Problem[]]>([
    [
      'an unknown source key in a citation',
      (d) => {
        rec(d, 'ga-l10').positionLists[0].citations[0].source = 'NYT';
      },
      [{ path: `${D('ga-l10')}.positionLists[0].citations[0].source`, message: '"NYT" is not a source key' }],
    ],
    [
      'an unknown source key in the membership and the Council',
      (d) => {
        d.membership.citations[0].source = 'UN-GROUP';
        d.councils[0].citations[0].source = 'WIKI-2775';
      },
      [
        { path: 'membership.citations[0].source', message: '"UN-GROUP" is not a source key' },
        { path: 'councils[0].citations[0].source', message: '"WIKI-2775" is not a source key' },
      ],
    ],
    [
      'a duplicate source key',
      (d) => {
        d.sources.push({ ...d.sources[0] });
      },
      [{ path: `sources[${SHIPPED.sources.length}]`, message: 'source key "WSJ" is already used at sources[0]' }],
    ],
    [
      'an unknown state code in a list',
      (d) => {
        listOf(d, 'ga-l10', 'A', 'WIKI-ES11-7').states.push('XYZ');
      },
      [
        {
          path: `${L('ga-l10', 'A', 'WIKI-ES11-7')}.states[${sizeOf('ga-l10', 'A', 'WIKI-ES11-7')}]`,
          message: '"XYZ" is not a member state',
        },
      ],
    ],
    [
      'an unknown state code among the sponsors',
      (d) => {
        rec(d, 'ga-l11').sponsors[0].value.states.push('VAT');
      },
      [
        {
          path: `${D('ga-l11')}.sponsors[0].value.states[${rec(SHIPPED, 'ga-l11').sponsors[0].value.states.length}]`,
          message: '"VAT" is not a member state',
        },
      ],
    ],
    [
      'a state that is not on the Council in a Council decision',
      (d) => {
        rec(d, 'sc-s2025-112').positionLists[0].states[0] = 'DEU';
      },
      [
        {
          path: `${D('sc-s2025-112')}.positionLists[0].states[0]`,
          message: '"DEU" is not a member of the Security Council in 2025',
        },
      ],
    ],
    [
      'a Council seat given twice',
      (d) => {
        d.councils[0].elected[0] = 'CHN';
      },
      [{ path: 'councils[0].elected[0]', message: '"CHN" is named twice in the Council' }],
    ],
    [
      'a Council member that is not a member state',
      (d) => {
        d.councils[0].elected[9] = 'XKX';
      },
      [{ path: 'councils[0].elected[9]', message: '"XKX" is not a member state' }],
    ],
    [
      'a duplicate decision id',
      (d) => {
        rec(d, 'ga-l11-am-integrity').id = 'ga-l11-am-invasion';
      },
      [
        {
          path: `${D('ga-l11-am-integrity')}`,
          message: `decision id "ga-l11-am-invasion" is already used at ${D('ga-l11-am-invasion')}`,
        },
      ],
    ],
    [
      'a duplicate state code',
      (d) => {
        d.membership.states.push({ ...d.membership.states[0] });
      },
      [{ path: 'membership.states[193]', message: 'state code "AFG" is already used at membership.states[0]' }],
    ],
    [
      'vetoedBy naming an elected member',
      (d) => {
        rec(d, 'sc-am-sovereignty').outcome[0].value.vetoedBy = ['KOR'];
      },
      [
        {
          path: `${D('sc-am-sovereignty')}.outcome[0].value.vetoedBy[0]`,
          message: '"KOR" is not a permanent member of the Security Council',
        },
      ],
    ],
    [
      'vetoedBy naming a state that is not a member',
      (d) => {
        rec(d, 'sc-am-just-peace').outcome[0].value.vetoedBy = ['RUS', 'SUN'];
      },
      [{ path: `${D('sc-am-just-peace')}.outcome[0].value.vetoedBy[1]`, message: '"SUN" is not a member state' }],
    ],
    [
      'vetoed without vetoedBy',
      (d) => {
        rec(d, 'sc-am-sovereignty').outcome[0].value.vetoedBy = [];
      },
      [
        {
          path: `${D('sc-am-sovereignty')}.outcome[0].value.vetoedBy`,
          message: 'a veto needs the permanent member(s) who cast it',
        },
      ],
    ],
    [
      'vetoedBy on a decision that was not vetoed',
      (d) => {
        rec(d, 'sc-am-rus').outcome[0].value.vetoedBy = ['RUS'];
      },
      [
        {
          path: `${D('sc-am-rus')}.outcome[0].value.vetoedBy`,
          message: 'only a vetoed decision names who vetoed it, not one failed',
        },
      ],
    ],
    [
      'a General Assembly veto',
      (d) => {
        rec(d, 'ga-l11-am-rus').outcome[0].value = { result: 'vetoed', vetoedBy: ['RUS'] };
      },
      [{ path: `${D('ga-l11-am-rus')}.outcome[0].value.result`, message: 'a GA decision cannot be vetoed' }],
    ],
    [
      'a resolution symbol on a decision that was not adopted',
      (d) => {
        rec(d, 'sc-am-rus').resolutionSymbol = { value: 'S/RES/2775 (2025)', citations: cite('INTERFAX') };
      },
      [{ path: `${D('sc-am-rus')}.resolutionSymbol`, message: 'only an adopted decision has a resolution symbol' }],
    ],
    [
      'GA ga-l10 recorded as rejected but keeping its resolution symbol',
      (d) => {
        rec(d, 'ga-l10').outcome[0].value.result = 'rejected';
      },
      [{ path: `${D('ga-l10')}.resolutionSymbol`, message: 'only an adopted decision has a resolution symbol' }],
    ],
    [
      'an amendment without amends',
      (d) => {
        rec(d, 'ga-l11-am-rus').amends = null;
      },
      [{ path: `${D('ga-l11-am-rus')}.amends`, message: 'an amendment must name the draft it amends' }],
    ],
    [
      'a draft resolution with amends',
      (d) => {
        rec(d, 'ga-l10').amends = { value: 'ga-l11', citations: cite('WSJ') };
      },
      [{ path: `${D('ga-l10')}.amends`, message: 'a draft-resolution does not amend a draft' }],
    ],
    [
      'amends pointing to an unknown id',
      (d) => {
        rec(d, 'ga-l11-am-rus').amends!.value = 'ga-l12';
      },
      [{ path: `${D('ga-l11-am-rus')}.amends.value`, message: '"ga-l12" is not a decision id' }],
    ],
    [
      'amends pointing to a decision voted earlier',
      (d) => {
        rec(d, 'ga-l11-am-rus').amends!.value = 'ga-l10';
      },
      [
        {
          path: `${D('ga-l11-am-rus')}.amends.value`,
          message: '"ga-l10" is voted before its amendment; amendments come first',
        },
      ],
    ],
    [
      'amends pointing to a draft of the other body',
      (d) => {
        rec(d, 'ga-l11-am-invasion').amends!.value = 'sc-s2025-112';
      },
      [{ path: `${D('ga-l11-am-invasion')}.amends.value`, message: '"sc-s2025-112" was voted in the other body (SC)' }],
    ],
    [
      'amends pointing to another amendment',
      (d) => {
        rec(d, 'ga-l11-am-invasion').amends!.value = 'ga-l11-am-integrity';
      },
      [{ path: `${D('ga-l11-am-invasion')}.amends.value`, message: '"ga-l11-am-integrity" is not a draft resolution' }],
    ],
    [
      'GA tally counts summing beyond 193',
      (d) => {
        rec(d, 'ga-l10').tally[0].value.yes = 100;
      },
      [{ path: `${D('ga-l10')}.tally[0]`, message: 'the counts add up to 200, more than the 193 voters' }],
    ],
    [
      'GA tally counts summing beyond 193 with counts missing',
      (d) => {
        rec(d, 'ga-l11-am-rus').tally[0].value.abstain = 92;
      },
      [{ path: `${D('ga-l11-am-rus')}.tally[0]`, message: 'the counts add up to 194, more than the 193 voters' }],
    ],
    [
      'SC tally counts summing beyond 15',
      (d) => {
        rec(d, 'sc-am-rus').tally[0].value.abstain = 6;
      },
      [{ path: `${D('sc-am-rus')}.tally[0]`, message: 'the counts add up to 16, more than the 15 voters' }],
    ],
    [
      'all four counts summing short of the voters',
      (d) => {
        rec(d, 'ga-l10').tally[0].value.nonVoting = 16;
      },
      [{ path: `${D('ga-l10')}.tally[0]`, message: 'the counts add up to 192, not to the 193 voters' }],
    ],
    [
      'a state named twice in one list',
      (d) => {
        listOf(d, 'sc-s2025-112', 'A', 'UNDL-SC').states.push('DNK');
      },
      [
        {
          path: `${L('sc-s2025-112', 'A', 'UNDL-SC')}.states[${sizeOf('sc-s2025-112', 'A', 'UNDL-SC')}]`,
          message: '"DNK" is named twice in this list',
        },
      ],
    ],
    [
      'the same source giving one state two positions',
      (d) => {
        listOf(d, 'sc-s2025-112', 'A', 'UNDL-SC').states.push('CHN');
      },
      [
        {
          path: `${L('sc-s2025-112', 'A', 'UNDL-SC')}.states[${sizeOf('sc-s2025-112', 'A', 'UNDL-SC')}]`,
          message: 'UNDL-SC gives "CHN" both Y and A',
        },
      ],
    ],
    [
      'the same source giving one state two positions in separate lists',
      (d) => {
        rec(d, 'ga-l10').positionLists.push(list('A', ['USA'], 'UP-7499902'));
      },
      [
        {
          path: `${D('ga-l10')}.positionLists[${rec(SHIPPED, 'ga-l10').positionLists.length}].states[0]`,
          message: 'UP-7499902 gives "USA" both N and A',
        },
      ],
    ],
  ])('%s', (_, change, expected) => {
    const file = mutated(change);
    expect(problemsOf(file)).toEqual(expect.arrayContaining(expected));
    expect(checkReferences(file)).toEqual(expect.arrayContaining(expected));
  });

  it('lists every reference problem, not only the first', () => {
    const file = mutated((d) => {
      rec(d, 'ga-l10').positionLists[0].citations[0].source = 'NYT';
      d.membership.states.push({ ...d.membership.states[0] });
      rec(d, 'sc-am-sovereignty').outcome[0].value.vetoedBy = ['KOR'];
      rec(d, 'ga-l11-am-rus').amends = null;
      listOf(d, 'sc-s2025-112', 'A', 'UNDL-SC').states.push('DNK');
    });
    const problems = problemsOf(file);
    expect(problems).toEqual([
      { path: 'membership.states[193]', message: 'state code "AFG" is already used at membership.states[0]' },
      { path: `${D('ga-l10')}.positionLists[0].citations[0].source`, message: '"NYT" is not a source key' },
      { path: `${D('ga-l11-am-rus')}.amends`, message: 'an amendment must name the draft it amends' },
      {
        path: `${D('sc-am-sovereignty')}.outcome[0].value.vetoedBy[0]`,
        message: '"KOR" is not a permanent member of the Security Council',
      },
      {
        path: `${L('sc-s2025-112', 'A', 'UNDL-SC')}.states[${sizeOf('sc-s2025-112', 'A', 'UNDL-SC')}]`,
        message: '"DNK" is named twice in this list',
      },
    ]);
  });
});

describe('rule problems', () => {
  it.each<[string, (d: DatasetFile) => void, Problem[]]>([
    [
      'reported positions exceeding the recorded tally (SC)',
      (d) => {
        rec(d, 'sc-am-rus').positionLists.push(list('A', ['DZA', 'DNK', 'GRC', 'GUY', 'PAK'], 'INTERFAX'));
      },
      [{ path: `${D('sc-am-rus')}.positionLists`, message: '6 states are reported as A, more than the recorded 5' }],
    ],
    [
      'reported positions exceeding both recorded tallies (GA, disputed tally)',
      (d) => {
        rec(d, 'ga-l11').positionLists.push(list('N', ['BLR', 'PRK', 'NIC', 'ERI', 'MLI', 'NER', 'BFA', 'BDI']));
      },
      [{ path: `${D('ga-l11')}.positionLists`, message: '9 states are reported as N, more than the recorded 8' }],
    ],
    [
      'a complete list shorter than the recorded tally',
      (d) => {
        const yes = listOf(d, 'ga-l10', 'Y', 'WIKI-ES11-7');
        yes.states = yes.states.filter((c) => c !== 'FRA');
      },
      [
        {
          path: L('ga-l10', 'Y', 'WIKI-ES11-7'),
          message: 'the complete list of Y names 92 states, but the recorded tally is 93',
        },
      ],
    ],
    [
      'a recorded tally lower than a complete list, though within its disputed states',
      (d) => {
        // 93 in the complete list of Y, 2 of them disputed (91 undisputed): 92 is one fewer than the list names.
        rec(d, 'ga-l10').tally[0].value = { yes: 92, no: 18, abstain: 65, nonVoting: 18 };
      },
      [
        {
          path: L('ga-l10', 'Y', 'WIKI-ES11-7'),
          message: 'the complete list of Y names 93 states, but the recorded tally is 92',
        },
      ],
    ],
    [
      'every complete list not matching a changed tally',
      (d) => {
        rec(d, 'sc-s2025-112').tally[0].value = { yes: 11, no: 0, abstain: 4, nonVoting: 0 };
      },
      [
        ...['UNDL-SC', '112UA'].map((source) => ({
          path: L('sc-s2025-112', 'Y', source),
          message: 'the complete list of Y names 10 states, but the recorded tally is 11',
        })),
        ...['UNDL-SC', '112UA', 'ABC'].map((source) => ({
          path: L('sc-s2025-112', 'A', source),
          message: 'the complete list of A names 5 states, but the recorded tally is 4',
        })),
      ],
    ],
    [
      'a complete list of no votes that is not empty any more',
      (d) => {
        rec(d, 'sc-s2025-112').tally[0].value = { yes: 9, no: 1, abstain: 5, nonVoting: 0 };
      },
      [
        ...['UNDL-SC', '112UA'].map((source) => ({
          path: L('sc-s2025-112', 'Y', source),
          message: 'the complete list of Y names 10 states, but the recorded tally is 9',
        })),
        {
          path: L('sc-s2025-112', 'N', 'UNDL-SC'),
          message: 'the complete list of N names 0 states, but the recorded tally is 1',
        },
      ],
    ],

    [
      'GA ga-l10 recorded as rejected',
      (d) => {
        rec(d, 'ga-l10').outcome[0].value.result = 'rejected';
        rec(d, 'ga-l10').resolutionSymbol = null;
      },
      [
        {
          path: `${D('ga-l10')}.outcome[0]`,
          message: `recorded as rejected, but the tally at ${D('ga-l10')}.tally[0] makes it adopted`,
        },
      ],
    ],
    [
      'the rejected Russian GA amendment recorded as adopted',
      (d) => {
        rec(d, 'ga-l11-am-rus').outcome[0].value.result = 'adopted';
      },
      [
        {
          path: `${D('ga-l11-am-rus')}.outcome[0]`,
          message: `recorded as adopted, but the tally at ${D('ga-l11-am-rus')}.tally[0] makes it rejected`,
        },
      ],
    ],
    [
      'ga-l11 recorded as rejected: both tallies disagree',
      (d) => {
        rec(d, 'ga-l11').outcome[0].value.result = 'rejected';
        rec(d, 'ga-l11').resolutionSymbol = null;
      },
      [
        {
          path: `${D('ga-l11')}.outcome[0]`,
          message: `recorded as rejected, but the tally at ${D('ga-l11')}.tally[0] makes it adopted`,
        },
        {
          path: `${D('ga-l11')}.outcome[0]`,
          message: `recorded as rejected, but the tally at ${D('ga-l11')}.tally[1] makes it adopted`,
        },
      ],
    ],
    [
      'SC sc-am-rus recorded adopted',
      (d) => {
        rec(d, 'sc-am-rus').outcome[0].value.result = 'adopted';
      },
      [
        {
          path: `${D('sc-am-rus')}.outcome[0]`,
          message: `recorded as adopted, but the tally at ${D('sc-am-rus')}.tally[0] makes it failed`,
        },
      ],
    ],
    [
      'a vetoed SC amendment recorded as failed',
      (d) => {
        rec(d, 'sc-am-sovereignty').outcome[0].value = { result: 'failed', vetoedBy: [] };
      },
      [
        {
          path: `${D('sc-am-sovereignty')}.outcome[0]`,
          message: `recorded as failed, but the tally at ${D('sc-am-sovereignty')}.tally[0] makes it vetoed by RUS`,
        },
      ],
    ],
    [
      'a veto recorded against the wrong permanent member',
      (d) => {
        rec(d, 'sc-am-just-peace').outcome[0].value.vetoedBy = ['CHN'];
      },
      [
        {
          path: `${D('sc-am-just-peace')}.outcome[0]`,
          message: `recorded as vetoed, but the tally at ${D('sc-am-just-peace')}.tally[0] makes it vetoed by RUS`,
        },
      ],
    ],
    [
      'a second outcome claim that contradicts the tally',
      (d) => {
        rec(d, 'sc-s2025-112').outcome.push({ value: { result: 'vetoed', vetoedBy: ['RUS'] }, citations: cite('WSJ') });
      },
      [
        {
          path: `${D('sc-s2025-112')}.outcome[1]`,
          message: `recorded as vetoed, but the tally at ${D('sc-s2025-112')}.tally[0] makes it adopted`,
        },
      ],
    ],
  ])('%s', (_, change, expected) => {
    const file = mutated(change);
    expect(checkReferences(file)).toEqual([]);
    const problems = problemsOf(file);
    expect(problems).toEqual(expect.arrayContaining(expected));
    expect(problems).toHaveLength(expected.length);
    expect(checkRules(buildDataset(file))).toEqual(problems);
  });

  it('a recorded SC "rejected" covers a failed vote', () => {
    const file = mutated((d) => {
      rec(d, 'sc-am-rus').outcome[0].value.result = 'rejected';
    });
    expect(loadDataset(file).ok).toBe(true);
  });

  it('a disputed tally passes where one of its claims agrees with the complete list', () => {
    const file = mutated((d) => {
      // A second source with another count of abstentions on S/RES/2774: the complete list agrees with the first.
      rec(d, 'sc-s2025-112').tally.push({
        value: { yes: 10, no: 0, abstain: 4, nonVoting: 1 },
        citations: cite('EVRIM'),
      });
    });
    expect(loadDataset(file).ok).toBe(true);
  });

  it('lists every rule problem, not only the first', () => {
    const file = mutated((d) => {
      const yes = listOf(d, 'ga-l10', 'Y', 'WIKI-ES11-7');
      yes.states = yes.states.filter((c) => c !== 'FRA');
      rec(d, 'ga-l11-am-rus').outcome[0].value.result = 'adopted';
      rec(d, 'sc-am-rus').outcome[0].value.result = 'adopted';
      rec(d, 'sc-am-rus').positionLists.push(list('A', ['DZA', 'DNK', 'GRC', 'GUY', 'PAK'], 'INTERFAX'));
    });
    expect(problemsOf(file)).toEqual([
      {
        path: L('ga-l10', 'Y', 'WIKI-ES11-7'),
        message: 'the complete list of Y names 92 states, but the recorded tally is 93',
      },
      {
        path: `${D('ga-l11-am-rus')}.outcome[0]`,
        message: `recorded as adopted, but the tally at ${D('ga-l11-am-rus')}.tally[0] makes it rejected`,
      },
      { path: `${D('sc-am-rus')}.positionLists`, message: '6 states are reported as A, more than the recorded 5' },
      {
        path: `${D('sc-am-rus')}.outcome[0]`,
        message: `recorded as adopted, but the tally at ${D('sc-am-rus')}.tally[0] makes it failed`,
      },
    ]);
  });
});
