import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mutatedFile, pathOf, problemsOf, recordOf } from '../../test/dataset';
import type { Problem } from './integrity';
import { formatPath, loadDataset, loadDatasetText } from './load';
import type { DatasetFile, DecisionRecord, Position } from './schema';

const TEXT = readFileSync(new URL('../../data/un-votes-2025-02-24.json', import.meta.url), 'utf8');
const SHIPPED = JSON.parse(TEXT) as DatasetFile;

/** A deep copy of the shipped file with one change. */
const mutated = mutatedFile;

describe('loadDataset: the shipped dataset', () => {
  it('loads with ok: true', () => {
    const result = loadDatasetText(TEXT);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.schemaVersion).toBe(2);
    expect(result.dataset.id).toBe('day');
    expect(result.dataset.states).toHaveLength(193);
    expect(result.dataset.decisions).toHaveLength(12);
  });

  it('loads the same from parsed JSON and from text, and does not change its input', () => {
    const input = structuredClone(SHIPPED);
    const fromJson = loadDataset(input);
    expect(fromJson.ok).toBe(true);
    expect(input).toEqual(SHIPPED);
  });

  it('loads a file written before sources had a byline, a descriptive-title mark and quotesFrom', () => {
    const older = mutated((d) => {
      // Such a file named the records digest as the file of a source it had no address for.
      d.sources = d.sources.map(({ authors: _a, titleIsDescriptive: _t, quotesFrom, ...rest }) =>
        rest.url !== undefined || rest.file !== undefined ? rest : { ...rest, file: quotesFrom },
      );
    });
    expect(JSON.stringify(older)).not.toMatch(/"(quotesFrom|titleIsDescriptive|authors)":/);
    const result = loadDataset(older);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});

describe('loadDatasetText: a byte-order mark', () => {
  it('loads a file that starts with one, as Windows editors save UTF-8', () => {
    const result = loadDatasetText(`\uFEFF${TEXT}`);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok && result.dataset.decisions).toHaveLength(12);
  });

  it('drops only the leading mark: one elsewhere is still not JSON', () => {
    const result = loadDatasetText(`\uFEFF\uFEFF${TEXT}`);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.problems[0].message).toMatch(/^the file is not valid JSON/);
  });
});

describe('loadDatasetText: malformed JSON', () => {
  it.each([
    ['a truncated file', TEXT.slice(0, 1000)],
    ['an empty file', ''],
    ['a trailing comma', '{"schemaVersion": 1,}'],
    ['text that is not JSON', 'schemaVersion: 1'],
  ])('%s is one problem without a path', (_, text) => {
    const result = loadDatasetText(text);
    expect(result.ok).toBe(false);
    expect(result).not.toHaveProperty('dataset');
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0].path).toBe('');
    expect(result.problems[0].message).toMatch(/^the file is not valid JSON \(.+\)$/);
  });
});

describe('loadDataset: files that do not fit the schema', () => {
  it.each<[string, (d: DatasetFile) => void, Problem]>([
    [
      'a wrong schemaVersion',
      (d) => {
        d.schemaVersion = 4 as 2;
      },
      { path: 'schemaVersion', message: '4 is not a supported schema version (1 or 2)' },
    ],
    [
      'a position "maybe"',
      (d) => {
        recordOf(d, 'ga-l10').positionLists[1].position = 'maybe' as Position;
      },
      { path: `${pathOf('ga-l10')}.positionLists[1].position`, message: '"maybe" is not a vote (Y, N, A or X)' },
    ],
    [
      'a missing required field',
      (d) => {
        delete (recordOf(d, 'ga-l10') as Partial<DecisionRecord>).title;
      },
      { path: `${pathOf('ga-l10')}.title`, message: 'Invalid input: expected object, received undefined' },
    ],
    [
      'a field the schema does not know',
      (d) => {
        Object.assign(recordOf(d, 'ga-l11-am-integrity'), { vote: 'Y' });
      },
      { path: `${pathOf('ga-l11-am-integrity')}`, message: 'Unrecognized key: "vote"' },
    ],
    [
      'an unknown body',
      (d) => {
        recordOf(d, 'sc-motion-postpone').body = 'ECOSOC' as 'SC';
      },
      { path: `${pathOf('sc-motion-postpone')}.body`, message: '"ECOSOC" is not a body (GA or SC)' },
    ],
    [
      'an unknown outcome',
      (d) => {
        recordOf(d, 'sc-am-rus').outcome[0].value.result = 'passed' as 'adopted';
      },
      {
        path: `${pathOf('sc-am-rus')}.outcome[0].value.result`,
        message: '"passed" is not an outcome (adopted, rejected, vetoed or failed)',
      },
    ],
    [
      'a date that is not YYYY-MM-DD',
      (d) => {
        recordOf(d, 'ga-l10').date.value = '24 Feb 2025';
      },
      { path: `${pathOf('ga-l10')}.date.value`, message: '"24 Feb 2025" is not a date (YYYY-MM-DD)' },
    ],
    [
      'a negative count',
      (d) => {
        recordOf(d, 'ga-l10').tally[0].value.no = -18;
      },
      { path: `${pathOf('ga-l10')}.tally[0].value.no`, message: 'must not be negative' },
    ],
    [
      'a count that is not a whole number',
      (d) => {
        recordOf(d, 'ga-l10').tally[0].value.yes = 92.5;
      },
      { path: `${pathOf('ga-l10')}.tally[0].value.yes`, message: '92.5 is not a whole number' },
    ],
    [
      'a state code that is not three capitals',
      (d) => {
        recordOf(d, 'sc-s2025-112').positionLists[0].states[0] = 'dza';
      },
      {
        path: `${pathOf('sc-s2025-112')}.positionLists[0].states[0]`,
        message: '"dza" is not a three-letter state code',
      },
    ],
    [
      'a fact without citations',
      (d) => {
        recordOf(d, 'ga-l10').title.citations = [];
      },
      { path: `${pathOf('ga-l10')}.title.citations`, message: 'needs at least one citation' },
    ],
    [
      'a source with neither url nor file',
      (d) => {
        delete d.sources[0].file;
      },
      {
        path: 'sources[0]',
        message: 'needs an address (url), a file name (file) or the file its quotes come from (quotesFrom)',
      },
    ],
    [
      'a descriptive-title mark that is not true or false',
      (d) => {
        (d.sources[0] as { titleIsDescriptive?: unknown }).titleIsDescriptive = 'yes';
      },
      { path: 'sources[0].titleIsDescriptive', message: 'Invalid input: expected boolean, received string' },
    ],
    [
      'a decision without a recorded outcome',
      (d) => {
        recordOf(d, 'sc-motion-postpone').outcome = [];
      },
      { path: `${pathOf('sc-motion-postpone')}.outcome`, message: 'needs a recorded outcome' },
    ],
    [
      'a Council with four permanent members',
      (d) => {
        d.councils[0].permanent.pop();
      },
      { path: 'councils[0].permanent', message: 'must name the 5 permanent members' },
    ],
  ])('%s', (_, change, problem) => {
    expect(problemsOf(mutated(change))).toContainEqual(problem);
  });

  it.each([
    ['null', null],
    ['an array', []],
    ['a string', 'dataset'],
  ])('rejects %s as a whole', (_, json) => {
    const problems = problemsOf(json);
    expect(problems).toHaveLength(1);
    expect(problems[0].path).toBe('');
  });

  it('lists every schema problem, not only the first', () => {
    const problems = problemsOf(
      mutated((d) => {
        d.schemaVersion = 3 as 2;
        recordOf(d, 'ga-l10').positionLists[1].position = 'maybe' as Position;
        recordOf(d, 'sc-s2025-112').positionLists[2].position = 'abstain' as Position;
        delete (recordOf(d, 'ga-l11') as Partial<DecisionRecord>).date;
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'schemaVersion', message: '3 is not a supported schema version (1 or 2)' },
        { path: `${pathOf('ga-l10')}.positionLists[1].position`, message: '"maybe" is not a vote (Y, N, A or X)' },
        {
          path: `${pathOf('sc-s2025-112')}.positionLists[2].position`,
          message: '"abstain" is not a vote (Y, N, A or X)',
        },
        { path: `${pathOf('ga-l11')}.date`, message: 'Invalid input: expected object, received undefined' },
      ]),
    );
    expect(problems).toHaveLength(4);
  });
});

describe('formatPath', () => {
  it.each<[PropertyKey[], string]>([
    [[], ''],
    [['schemaVersion'], 'schemaVersion'],
    [['decisions', 4, 'positionLists', 0, 'position'], `${pathOf('ga-l11-am-just-peace')}.positionLists[0].position`],
    [['membership', 'states', 12, 'code'], 'membership.states[12].code'],
    [[0, 'a'], '[0].a'],
  ])('%j → %s', (path, text) => {
    expect(formatPath(path)).toBe(text);
  });
});

describe('zod without eval', () => {
  it('runs jitless, so it never tries eval (the Content-Security-Policy forbids it)', async () => {
    const { z } = await import('zod');
    await import('./schema');
    expect(z.config().jitless).toBe(true);
  });
});
