import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { idFromTitle, loadDataset, loadDatasetText, parseDatasetFile } from './load';
import { CODE, councilOn, eligibleCodes, permanentOn } from './model';
import { datasetSchema, datasetV1Schema } from './schema';
import { migrateV1 } from './migrate';
import { deriveTally } from './tally';

const V1_TEXT = readFileSync(new URL('../../test/fixtures/dataset-v1.json', import.meta.url), 'utf8');
const v1 = () => datasetV1Schema.parse(JSON.parse(V1_TEXT));

describe('a version 1 file', () => {
  it('still loads, read as version 2', () => {
    const result = loadDatasetText(V1_TEXT);
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    const { dataset } = result;
    expect(dataset.schemaVersion).toBe(1);
    expect(dataset.id).toBe('a-day-of-votes-in-the-form-of-schema-version-1');
    expect(dataset.title).toBe('A day of votes, in the form of schema version 1');
    expect(dataset.states).toHaveLength(16);
    expect(dataset.councils.map((c) => c.year)).toEqual([2025]);
    // Who could vote is read at the date: every member in the GA, the Council of 2025 in the SC.
    expect(deriveTally(dataset.decisions[0].positions)).toMatchObject({ Y: 2, N: 1, notReported: 13, eligible: 16 });
    expect(deriveTally(dataset.decisions[1].positions)).toMatchObject({ A: 5, notReported: 10, eligible: 15 });
    expect(dataset.decisions[1].positions[dataset.stateIndex.get('UKR')!]).toBe(CODE.notEligible);
  });

  it('migrates to a file version 2 validates, adding nothing version 1 does not say', () => {
    const file = migrateV1(v1(), 'old');
    expect(datasetSchema.safeParse(file).success).toBe(true);
    expect(file.schemaVersion).toBe(2);
    expect(file.id).toBe('old');
    // Seats open at both ends: version 1 does not say since when a state is a member.
    for (const state of file.membership.states)
      expect(state.seats).toEqual([{ from: null, to: null, citations: v1().membership.citations }]);
    expect(file.councils).toEqual([v1().securityCouncil]);
    expect(file.decisions).toEqual(v1().decisions);
    expect(file.provenance.covers).toBe('2 decisions of the GA and SC, 2025-02-24');
  });

  it('gives the same model as the same file written as version 2', () => {
    const fromV1 = loadDataset(JSON.parse(V1_TEXT));
    const fromV2 = loadDataset(migrateV1(v1(), idFromTitle(v1().title)));
    expect(fromV1.ok && fromV2.ok).toBe(true);
    if (!fromV1.ok || !fromV2.ok) return;
    expect({ ...fromV1.dataset, schemaVersion: 0 }).toEqual({ ...fromV2.dataset, schemaVersion: 0 });
  });

  it('with a problem is reported at its version 1 path', () => {
    const json = JSON.parse(V1_TEXT);
    json.securityCouncil.elected.pop();
    const parsed = parseDatasetFile(json);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual([
      { path: 'securityCouncil.elected', message: 'must name the 10 elected members of 2025 (it names 9)' },
    ]);
  });
});

describe('version 2: membership and the Council at a date', () => {
  const file = migrateV1(v1(), 'x');
  // Ukraine's seat made to end in 2020, so that a 2025 decision finds it no member.
  file.membership.states.find((s) => s.code === 'UKR')!.seats = [
    { from: '1945-10-24', to: '2020-01-01', citations: file.membership.citations },
  ];

  it('a member whose seat ended is not eligible after, and a tally counts only members', () => {
    const result = loadDataset(file);
    expect(result.ok).toBe(false); // UKR is named in a 2025 list but was not a member then
    expect(result.ok ? [] : result.problems).toEqual([
      { path: 'decisions[0].positionLists[0].states[0]', message: '"UKR" is not a member on 2025-02-24' },
    ]);
  });

  it('reads the Council of a date’s year; a Council decision of a year with none is a problem', () => {
    expect(councilOn(file, '2025-06-30')?.year).toBe(2025);
    expect(councilOn(file, '2024-12-31')).toBeNull();
    expect(eligibleCodes({ states: file.membership.states, councils: file.councils }, 'SC', '2024-01-01').size).toBe(0);
    const moved = structuredClone(file);
    moved.membership.states.find((s) => s.code === 'UKR')!.seats[0].to = null;
    moved.decisions[1].date.value = '2024-02-24';
    const result = loadDataset(moved);
    expect(result.ok ? [] : result.problems).toContainEqual({
      path: 'decisions[1].body',
      message: 'a Council decision of 2024, but councils has no Council of that year',
    });
  });

  it('needs six elected Council members before 1966 and ten since', () => {
    const council = { ...v1().securityCouncil, year: 1965 };
    const problems = datasetSchema.safeParse({ ...file, councils: [council] });
    expect(problems.success).toBe(false);
    expect(problems.error?.issues.map((i) => i.message)).toContain(
      'must name the 6 elected members of 1965 (it names 10)',
    );
    expect(
      datasetSchema.safeParse({ ...file, councils: [{ ...council, elected: council.elected.slice(0, 6) }] }).success,
    ).toBe(true);
  });

  it('rejects seats out of order or overlapping, and a seat that ends before it begins', () => {
    const bad = structuredClone(file);
    const c = bad.membership.citations;
    bad.membership.states[0].seats = [
      { from: '1960-01-01', to: '1970-01-01', citations: c },
      { from: '1965-01-01', to: null, citations: c },
    ];
    bad.membership.states[1].seats = [{ from: '1970-01-01', to: '1960-01-01', citations: c }];
    const result = datasetSchema.safeParse(bad);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['membership.states.0.seats', 'seats must be in order and must not overlap'],
      ['membership.states.1.seats.0', 'a seat must end after it begins'],
    ]);
  });

  it('takes a citation of a bulk source by its record, and refuses a citation with neither quote nor record', () => {
    const bulk = structuredClone(file);
    bulk.decisions[0].tally[0].citations = [{ source: 'REC', record: '1190' }];
    expect(datasetSchema.safeParse(bulk).success).toBe(true);
    (bulk.decisions[0].tally[0].citations as unknown[]) = [{ source: 'REC' }];
    expect(datasetSchema.safeParse(bulk).error?.issues[0].message).toBe(
      'must be a citation: a source with a quote, or a source with a record',
    );
  });
});

describe('the Council at a date within a year whose seat changed hands', () => {
  const cite = [{ source: 'UN-MEMBERSHIP', record: 'x' }];
  const state = (code: string, from: string, to: string | null, continuedBy?: string) => ({
    code,
    name: code,
    regionalGroup: 'Asia-Pacific States' as const,
    listedIn: ['Asia-Pacific States' as const],
    seats: [{ from, to, citations: cite }],
    ...(continuedBy ? { former: true, continuedBy } : {}),
  });
  const states = [
    state('ROC', '1945-10-24', '1971-10-25', 'CHN'),
    state('CHN', '1971-10-25', null),
    ...['FRA', 'GBR', 'USA', 'SUN', 'ARG', 'BEL', 'BDI', 'ITA', 'JPN', 'NIC', 'POL', 'SLE', 'SOM', 'SYR'].map((c) =>
      state(c, '1945-10-24', null),
    ),
  ];
  // The year's Council names China's seat by its holder at the year's end.
  const councils = [
    {
      year: 1971,
      permanent: ['CHN', 'FRA', 'GBR', 'USA', 'SUN'],
      elected: ['ARG', 'BEL', 'BDI', 'ITA', 'JPN', 'NIC', 'POL', 'SLE', 'SOM', 'SYR'],
      citations: cite,
    },
  ];

  it("counts the Republic of China's representation in China's seat before 25 Oct 1971, China after", () => {
    const june = eligibleCodes({ states, councils }, 'SC', '1971-06-10');
    expect(june.has('ROC')).toBe(true);
    expect(june.has('CHN')).toBe(false);
    expect(june.size).toBe(15);
    const december = eligibleCodes({ states, councils }, 'SC', '1971-12-10');
    expect(december.has('CHN')).toBe(true);
    expect(december.has('ROC')).toBe(false);
    expect(permanentOn({ states, councils }, '1971-06-10')).toEqual(['ROC', 'FRA', 'GBR', 'USA', 'SUN']);
    expect(permanentOn({ states, councils }, '1971-12-10')).toEqual(['CHN', 'FRA', 'GBR', 'USA', 'SUN']);
  });
});

describe('idFromTitle', () => {
  it.each([
    ['UN votes of 24 February 2025', 'un-votes-of-24-february-2025'],
    ['Türkiye — São Tomé', 'turkiye-sao-tome'],
    ['???', 'dataset'],
  ])('%s → %s', (title, id) => expect(idFromTitle(title)).toBe(id));
});
