import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Problem } from './integrity';
import { checkReferences, checkRules, formatProblem } from './integrity';
import { loadDataset } from './load';
import { buildDataset } from './model';
import type { DatasetFile } from './schema';
import { datasetSchema } from './schema';
import { mutatedFile, problemsOf } from '../../test/dataset';

const SHIPPED = datasetSchema.parse(
  JSON.parse(readFileSync(new URL('../../data/un-votes-2025-02-24.json', import.meta.url), 'utf8')),
);

/*
 * Decisions of the shipped file, in voting order:
 *  0 ga-l10, 1 ga-l11-am-rus, 2 ga-l11-am-invasion, 3 ga-l11-am-integrity, 4 ga-l11-am-just-peace, 5 ga-l11,
 *  6 sc-motion-postpone, 7 sc-am-invasion, 8 sc-am-sovereignty, 9 sc-am-just-peace, 10 sc-am-rus, 11 sc-s2025-112.
 * ga-l10's lists: 0 Y (complete, WIKI-ES11-7), 1 N (complete, WIKI-ES11-7), 2 N (complete, UP-7499902), 3 A (WIKI-ES11-7) …
 * sc-s2025-112's lists: 0 Y, 1 N, 2 A (all complete, UNDL-SC) …
 */

/** A deep copy of the shipped file with some changes. */
const mutated = mutatedFile;

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
        d.decisions[0].positionLists[0].citations[0].source = 'NYT';
      },
      [{ path: 'decisions[0].positionLists[0].citations[0].source', message: '"NYT" is not a source key' }],
    ],
    [
      'an unknown source key in the membership and the Council',
      (d) => {
        d.membership.citations[0].source = 'UN-GROUP';
        d.securityCouncil.citations[0].source = 'WIKI-2775';
      },
      [
        { path: 'membership.citations[0].source', message: '"UN-GROUP" is not a source key' },
        { path: 'securityCouncil.citations[0].source', message: '"WIKI-2775" is not a source key' },
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
        d.decisions[0].positionLists[3].states.push('XYZ');
      },
      [{ path: 'decisions[0].positionLists[3].states[14]', message: '"XYZ" is not a member state' }],
    ],
    [
      'an unknown state code among the sponsors',
      (d) => {
        d.decisions[5].sponsors[0].value.states.push('VAT');
      },
      [{ path: 'decisions[5].sponsors[0].value.states[1]', message: '"VAT" is not a member state' }],
    ],
    [
      'a state that is not on the Council in a Council decision',
      (d) => {
        d.decisions[11].positionLists[0].states[0] = 'DEU';
      },
      [{ path: 'decisions[11].positionLists[0].states[0]', message: '"DEU" is not a member of the Security Council' }],
    ],
    [
      'a Council seat given twice',
      (d) => {
        d.securityCouncil.elected[0] = 'CHN';
      },
      [{ path: 'securityCouncil.elected[0]', message: '"CHN" is named twice in the Council' }],
    ],
    [
      'a Council member that is not a member state',
      (d) => {
        d.securityCouncil.elected[9] = 'XKX';
      },
      [{ path: 'securityCouncil.elected[9]', message: '"XKX" is not a member state' }],
    ],
    [
      'a duplicate decision id',
      (d) => {
        d.decisions[3].id = 'ga-l11-am-invasion';
      },
      [{ path: 'decisions[3]', message: 'decision id "ga-l11-am-invasion" is already used at decisions[2]' }],
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
        d.decisions[8].outcome[0].value.vetoedBy = ['KOR'];
      },
      [
        {
          path: 'decisions[8].outcome[0].value.vetoedBy[0]',
          message: '"KOR" is not a permanent member of the Security Council',
        },
      ],
    ],
    [
      'vetoedBy naming a state that is not a member',
      (d) => {
        d.decisions[9].outcome[0].value.vetoedBy = ['RUS', 'SUN'];
      },
      [{ path: 'decisions[9].outcome[0].value.vetoedBy[1]', message: '"SUN" is not a member state' }],
    ],
    [
      'vetoed without vetoedBy',
      (d) => {
        d.decisions[8].outcome[0].value.vetoedBy = [];
      },
      [{ path: 'decisions[8].outcome[0].value.vetoedBy', message: 'a veto needs the permanent member(s) who cast it' }],
    ],
    [
      'vetoedBy on a decision that was not vetoed',
      (d) => {
        d.decisions[10].outcome[0].value.vetoedBy = ['RUS'];
      },
      [
        {
          path: 'decisions[10].outcome[0].value.vetoedBy',
          message: 'only a vetoed decision names who vetoed it, not one failed',
        },
      ],
    ],
    [
      'a General Assembly veto',
      (d) => {
        d.decisions[1].outcome[0].value = { result: 'vetoed', vetoedBy: ['RUS'] };
      },
      [{ path: 'decisions[1].outcome[0].value.result', message: 'a GA decision cannot be vetoed' }],
    ],
    [
      'a resolution symbol on a decision that was not adopted',
      (d) => {
        d.decisions[10].resolutionSymbol = { value: 'S/RES/2775 (2025)', citations: cite('INTERFAX') };
      },
      [{ path: 'decisions[10].resolutionSymbol', message: 'only an adopted decision has a resolution symbol' }],
    ],
    [
      'GA ga-l10 recorded as rejected but keeping its resolution symbol',
      (d) => {
        d.decisions[0].outcome[0].value.result = 'rejected';
      },
      [{ path: 'decisions[0].resolutionSymbol', message: 'only an adopted decision has a resolution symbol' }],
    ],
    [
      'an amendment without amends',
      (d) => {
        d.decisions[1].amends = null;
      },
      [{ path: 'decisions[1].amends', message: 'an amendment must name the draft it amends' }],
    ],
    [
      'a draft resolution with amends',
      (d) => {
        d.decisions[0].amends = { value: 'ga-l11', citations: cite('WSJ') };
      },
      [{ path: 'decisions[0].amends', message: 'a draft-resolution does not amend a draft' }],
    ],
    [
      'amends pointing to an unknown id',
      (d) => {
        d.decisions[1].amends!.value = 'ga-l12';
      },
      [{ path: 'decisions[1].amends.value', message: '"ga-l12" is not a decision id' }],
    ],
    [
      'amends pointing to a decision voted earlier',
      (d) => {
        d.decisions[1].amends!.value = 'ga-l10';
      },
      [{ path: 'decisions[1].amends.value', message: '"ga-l10" is voted before its amendment; amendments come first' }],
    ],
    [
      'amends pointing to a draft of the other body',
      (d) => {
        d.decisions[2].amends!.value = 'sc-s2025-112';
      },
      [{ path: 'decisions[2].amends.value', message: '"sc-s2025-112" was voted in the other body (SC)' }],
    ],
    [
      'amends pointing to another amendment',
      (d) => {
        d.decisions[2].amends!.value = 'ga-l11-am-integrity';
      },
      [{ path: 'decisions[2].amends.value', message: '"ga-l11-am-integrity" is not a draft resolution' }],
    ],
    [
      'GA tally counts summing beyond 193',
      (d) => {
        d.decisions[0].tally[0].value.yes = 100;
      },
      [{ path: 'decisions[0].tally[0]', message: 'the counts add up to 200, more than the 193 voters' }],
    ],
    [
      'GA tally counts summing beyond 193 with counts missing',
      (d) => {
        d.decisions[1].tally[0].value.abstain = 92;
      },
      [{ path: 'decisions[1].tally[0]', message: 'the counts add up to 194, more than the 193 voters' }],
    ],
    [
      'SC tally counts summing beyond 15',
      (d) => {
        d.decisions[10].tally[0].value.abstain = 6;
      },
      [{ path: 'decisions[10].tally[0]', message: 'the counts add up to 16, more than the 15 voters' }],
    ],
    [
      'all four counts summing short of the voters',
      (d) => {
        d.decisions[0].tally[0].value.nonVoting = 16;
      },
      [{ path: 'decisions[0].tally[0]', message: 'the counts add up to 192, not to the 193 voters' }],
    ],
    [
      'a state named twice in one list',
      (d) => {
        d.decisions[11].positionLists[2].states.push('DNK');
      },
      [{ path: 'decisions[11].positionLists[2].states[5]', message: '"DNK" is named twice in this list' }],
    ],
    [
      'the same source giving one state two positions',
      (d) => {
        d.decisions[11].positionLists[2].states.push('CHN');
      },
      [{ path: 'decisions[11].positionLists[2].states[5]', message: 'UNDL-SC gives "CHN" both Y and A' }],
    ],
    [
      'the same source giving one state two positions in separate lists',
      (d) => {
        d.decisions[0].positionLists.push(list('A', ['USA'], 'UP-7499902'));
      },
      [{ path: 'decisions[0].positionLists[11].states[0]', message: 'UP-7499902 gives "USA" both N and A' }],
    ],
  ])('%s', (_, change, expected) => {
    const file = mutated(change);
    expect(problemsOf(file)).toEqual(expect.arrayContaining(expected));
    expect(checkReferences(file)).toEqual(expect.arrayContaining(expected));
  });

  it('lists every reference problem, not only the first', () => {
    const file = mutated((d) => {
      d.decisions[0].positionLists[0].citations[0].source = 'NYT';
      d.membership.states.push({ ...d.membership.states[0] });
      d.decisions[8].outcome[0].value.vetoedBy = ['KOR'];
      d.decisions[1].amends = null;
      d.decisions[11].positionLists[2].states.push('DNK');
    });
    const problems = problemsOf(file);
    expect(problems).toEqual([
      { path: 'membership.states[193]', message: 'state code "AFG" is already used at membership.states[0]' },
      { path: 'decisions[0].positionLists[0].citations[0].source', message: '"NYT" is not a source key' },
      { path: 'decisions[1].amends', message: 'an amendment must name the draft it amends' },
      {
        path: 'decisions[8].outcome[0].value.vetoedBy[0]',
        message: '"KOR" is not a permanent member of the Security Council',
      },
      { path: 'decisions[11].positionLists[2].states[5]', message: '"DNK" is named twice in this list' },
    ]);
  });
});

describe('rule problems', () => {
  it.each<[string, (d: DatasetFile) => void, Problem[]]>([
    [
      'reported positions exceeding the recorded tally (SC)',
      (d) => {
        d.decisions[10].positionLists.push(list('A', ['DZA', 'DNK', 'GRC', 'GUY', 'PAK'], 'INTERFAX'));
      },
      [{ path: 'decisions[10].positionLists', message: '6 states are reported as A, more than the recorded 5' }],
    ],
    [
      'reported positions exceeding both recorded tallies (GA, disputed tally)',
      (d) => {
        d.decisions[5].positionLists.push(list('N', ['BLR', 'PRK', 'NIC', 'ERI', 'MLI', 'NER', 'BFA', 'BDI']));
      },
      [{ path: 'decisions[5].positionLists', message: '9 states are reported as N, more than the recorded 8' }],
    ],
    [
      'a complete list shorter than the recorded tally',
      (d) => {
        d.decisions[0].positionLists[0].states = d.decisions[0].positionLists[0].states.filter((c) => c !== 'FRA');
      },
      [
        {
          path: 'decisions[0].positionLists',
          message: 'the complete list of Y has 90 states (2 more disputed), but the recorded tally is 93',
        },
      ],
    ],
    [
      'complete lists not matching a changed tally',
      (d) => {
        d.decisions[11].tally[0].value = { yes: 11, no: 0, abstain: 4, nonVoting: 0 };
      },
      [
        {
          path: 'decisions[11].positionLists',
          message: 'the complete list of Y has 10 states (0 more disputed), but the recorded tally is 11',
        },
        { path: 'decisions[11].positionLists', message: '5 states are reported as A, more than the recorded 4' },
      ],
    ],
    [
      'a complete list of no votes that is not empty any more',
      (d) => {
        d.decisions[11].tally[0].value = { yes: 9, no: 1, abstain: 5, nonVoting: 0 };
      },
      [
        {
          path: 'decisions[11].positionLists',
          message: '10 states are reported as Y, more than the recorded 9',
        },
        {
          path: 'decisions[11].positionLists',
          message: 'the complete list of N has 0 states (0 more disputed), but the recorded tally is 1',
        },
      ],
    ],
    [
      'GA ga-l10 recorded as rejected',
      (d) => {
        d.decisions[0].outcome[0].value.result = 'rejected';
        d.decisions[0].resolutionSymbol = null;
      },
      [
        {
          path: 'decisions[0].outcome[0]',
          message: 'recorded as rejected, but the tally at decisions[0].tally[0] makes it adopted',
        },
      ],
    ],
    [
      'the rejected Russian GA amendment recorded as adopted',
      (d) => {
        d.decisions[1].outcome[0].value.result = 'adopted';
      },
      [
        {
          path: 'decisions[1].outcome[0]',
          message: 'recorded as adopted, but the tally at decisions[1].tally[0] makes it rejected',
        },
      ],
    ],
    [
      'ga-l11 recorded as rejected: both tallies disagree',
      (d) => {
        d.decisions[5].outcome[0].value.result = 'rejected';
        d.decisions[5].resolutionSymbol = null;
      },
      [
        {
          path: 'decisions[5].outcome[0]',
          message: 'recorded as rejected, but the tally at decisions[5].tally[0] makes it adopted',
        },
        {
          path: 'decisions[5].outcome[0]',
          message: 'recorded as rejected, but the tally at decisions[5].tally[1] makes it adopted',
        },
      ],
    ],
    [
      'SC sc-am-rus recorded adopted',
      (d) => {
        d.decisions[10].outcome[0].value.result = 'adopted';
      },
      [
        {
          path: 'decisions[10].outcome[0]',
          message: 'recorded as adopted, but the tally at decisions[10].tally[0] makes it failed',
        },
      ],
    ],
    [
      'a vetoed SC amendment recorded as failed',
      (d) => {
        d.decisions[8].outcome[0].value = { result: 'failed', vetoedBy: [] };
      },
      [
        {
          path: 'decisions[8].outcome[0]',
          message: 'recorded as failed, but the tally at decisions[8].tally[0] makes it vetoed by RUS',
        },
      ],
    ],
    [
      'a veto recorded against the wrong permanent member',
      (d) => {
        d.decisions[9].outcome[0].value.vetoedBy = ['CHN'];
      },
      [
        {
          path: 'decisions[9].outcome[0]',
          message: 'recorded as vetoed, but the tally at decisions[9].tally[0] makes it vetoed by RUS',
        },
      ],
    ],
    [
      'a second outcome claim that contradicts the tally',
      (d) => {
        d.decisions[11].outcome.push({ value: { result: 'vetoed', vetoedBy: ['RUS'] }, citations: cite('WSJ') });
      },
      [
        {
          path: 'decisions[11].outcome[1]',
          message: 'recorded as vetoed, but the tally at decisions[11].tally[0] makes it adopted',
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
      d.decisions[10].outcome[0].value.result = 'rejected';
    });
    expect(loadDataset(file).ok).toBe(true);
  });

  it('a disputed tally passes where one of its claims agrees with the complete list', () => {
    const file = mutated((d) => {
      // A second source with another count of abstentions on S/RES/2774: the complete list agrees with the first.
      d.decisions[11].tally.push({ value: { yes: 10, no: 0, abstain: 4, nonVoting: 1 }, citations: cite('EVRIM') });
    });
    expect(loadDataset(file).ok).toBe(true);
  });

  it('lists every rule problem, not only the first', () => {
    const file = mutated((d) => {
      d.decisions[0].positionLists[0].states = d.decisions[0].positionLists[0].states.filter((c) => c !== 'FRA');
      d.decisions[1].outcome[0].value.result = 'adopted';
      d.decisions[10].outcome[0].value.result = 'adopted';
      d.decisions[10].positionLists.push(list('A', ['DZA', 'DNK', 'GRC', 'GUY', 'PAK'], 'INTERFAX'));
    });
    expect(problemsOf(file)).toEqual([
      {
        path: 'decisions[0].positionLists',
        message: 'the complete list of Y has 90 states (2 more disputed), but the recorded tally is 93',
      },
      {
        path: 'decisions[1].outcome[0]',
        message: 'recorded as adopted, but the tally at decisions[1].tally[0] makes it rejected',
      },
      { path: 'decisions[10].positionLists', message: '6 states are reported as A, more than the recorded 5' },
      {
        path: 'decisions[10].outcome[0]',
        message: 'recorded as adopted, but the tally at decisions[10].tally[0] makes it failed',
      },
    ]);
  });
});
