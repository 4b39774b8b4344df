import { describe, expect, it } from 'vitest';
import {
  ALIGNMENT_DEFAULTS,
  DIVIDED_DEFAULTS,
  alignmentHref,
  checkSearch,
  formatHash,
  needsImports,
  parseHash,
} from './route';
import type { Route } from './route';
import { NO_FILTER } from '../domain/history/vocabulary';

describe('address <-> view', () => {
  it.each<[string, Route]>([
    ['', { view: 'overview' }],
    ['#/', { view: 'overview' }],
    ['#/compare', { view: 'compare' }],
    ['#/methodology', { view: 'methodology' }],
    [
      '#/decision/ga-l10?position=N&group=African%20States&q=cote&sort=name:desc',
      {
        view: 'decision',
        id: 'ga-l10',
        filters: { position: 'N', group: 'African States', text: 'cote' },
        sort: { column: 'name', desc: true },
      },
    ],
    [
      '#/decision/sc-s2025-112',
      { view: 'decision', id: 'sc-s2025-112', filters: { position: null, group: null, text: '' }, sort: null },
    ],
    ['#/somewhere/else', { view: 'not-found', path: '/somewhere/else' }],
  ])('%s', (hash, route) => {
    expect(parseHash(hash)).toEqual({ route, ignored: [] });
  });

  it('reads the form a URL encoder writes too', () => {
    expect(parseHash('#/decision/ga-l10?group=African+States&sort=name%3Adesc').route).toMatchObject({
      filters: { group: 'African States' },
      sort: { column: 'name', desc: true },
    });
  });

  it('treats a malformed address as a page that is not there', () => {
    expect(parseHash('#/decision/%E0%A4%A')).toEqual({
      route: { view: 'not-found', path: '/decision/%E0%A4%A' },
      ignored: [],
    });
  });

  it('round-trips every view through the address', () => {
    for (const hash of [
      '#/',
      '#/compare',
      '#/methodology',
      '#/decision/ga-l11?position=disputed&group=Eastern%20European%20States&q=ukr&sort=position:asc',
    ]) {
      expect(formatHash(parseHash(hash).route)).toBe(hash);
    }
  });

  it('ignores what it does not understand, and says what', () => {
    const { route, ignored } = parseHash('#/decision/ga-l10?position=maybe&group=Mars&sort=colour:up');
    expect(route).toEqual({
      view: 'decision',
      id: 'ga-l10',
      filters: { position: null, group: null, text: '' },
      sort: null,
    });
    expect(ignored).toEqual([
      'position "maybe" (not Y, N, A, X, disputed or not-reported)',
      'group "Mars" (not a UN regional group)',
      'sort "colour:up" (not a column of the table)',
    ]);
  });

  it.each<[string, string[]]>([
    ['#/?foo=bar', ['foo "bar" (not a parameter of this page)']],
    ['#/compare?position=N', ['position "N" (not a parameter of this page)']],
    ['#/decision/ga-l10?colour=red', ['colour "red" (not a parameter of this page)']],
    [
      '#/decision/ga-l10?position=N&position=A&q=a&q=b',
      ['position "A" (given more than once; the first is used)', 'q "b" (given more than once; the first is used)'],
    ],
  ])('says so of a parameter the page does not take, or takes once: %s', (hash, ignored) => {
    expect(parseHash(hash).ignored).toEqual(ignored);
  });

  it('applies the first of a parameter given twice', () => {
    expect(parseHash('#/decision/ga-l10?position=N&position=A').route).toMatchObject({ filters: { position: 'N' } });
  });

  it('repeats what it ignores quoted and cut short', () => {
    const [said] = parseHash(`#/decision/ga-l10?position=${'x'.repeat(300)}`).ignored;
    expect(said).toBe(`position "${'x'.repeat(31)}…" (not Y, N, A, X, disputed or not-reported)`);
  });
});

describe('the address before the #', () => {
  const SCENARIOS = ['error', 'slow', 'invalid', 'network'];

  it('takes nothing but a known mock scenario, in development', () => {
    expect(checkSearch('', SCENARIOS)).toEqual([]);
    expect(checkSearch('?mock=slow', SCENARIOS)).toEqual([]);
    expect(checkSearch('?mock=nope', SCENARIOS)).toEqual(['mock "nope" (not error, slow, invalid or network)']);
    expect(checkSearch('?foo=bar', SCENARIOS)).toEqual(['foo "bar" (not a parameter of this app)']);
  });

  it('takes no mock outside development', () => {
    expect(checkSearch('?mock=slow', null)).toEqual(['mock "slow" (development only)']);
  });
});

describe('the record’s addresses', () => {
  it('the list with its filters, and back', () => {
    const hash = '#/history?from=1971&to=1972&session=26&topic=co&topic=hr&important=1&kind=amendment&q=south%20africa';
    const { route, ignored } = parseHash(hash);
    expect(ignored).toEqual([]);
    expect(route).toEqual({
      view: 'history',
      filter: {
        fromYear: 1971,
        toYear: 1972,
        session: 26,
        topics: ['co', 'hr'],
        importantOnly: true,
        kind: 'amendment',
        text: 'south africa',
      },
    });
    expect(formatHash(route)).toBe(hash);
    expect(formatHash(parseHash('#/history').route)).toBe('#/history');
  });

  it('bad filter values are ignored, each with a notice', () => {
    const { route, ignored } = parseHash('#/history?from=71&topic=xx&kind=law&important=yes&session=0');
    expect(route).toEqual({ view: 'history', filter: { ...NO_FILTER, topics: [] } });
    expect(ignored).toEqual([
      'from "71" (not a year)',
      'session "0" (not a session number)',
      'topic "xx" (not me, nu, di, hr, co or ec)',
      'important "yes" (only 1)',
      'kind "law" (not resolution, amendment, paragraph or not-coded)',
    ]);
  });

  it('a vote of the record and a state', () => {
    expect(parseHash('#/history/decision/rcid-1190').route).toEqual({ view: 'history-decision', id: 'rcid-1190' });
    expect(parseHash('#/state/USA').route).toEqual({ view: 'state', key: 'USA' });
    expect(formatHash({ view: 'state', key: 'SUN' })).toBe('#/state/SUN');
    expect(parseHash('#/state/USA/extra').route.view).toBe('not-found');
    expect(parseHash('#/state/USA?x=1').ignored).toEqual(['x "1" (not a parameter of this page)']);
    expect(parseHash('#/history?q=a&q=b&topic=co&topic=hr').ignored).toEqual([
      'q "b" (given more than once; the first is used)',
    ]);
  });
});

describe('the alignment view in the address', () => {
  it('#/alignment is the United States and the Russian Federation over the whole record', () => {
    expect(parseHash('#/alignment')).toEqual({ route: { view: 'alignment', params: ALIGNMENT_DEFAULTS }, ignored: [] });
    expect(ALIGNMENT_DEFAULTS).toMatchObject({ dataset: 'history', state: 'USA', with: 'RUS', abstain: 'half' });
    expect(alignmentHref()).toBe('#/alignment');
  });

  it('every parameter, read and written back in the same order', () => {
    const hash =
      '#/alignment?dataset=day&state=FRA&with=CHN&from=1971&to=1990&topic=co&abstain=disagree&group=Eastern%20European%20States';
    const { route, ignored } = parseHash(hash);
    expect(ignored).toEqual([]);
    expect(route).toEqual({
      view: 'alignment',
      params: {
        dataset: 'day',
        state: 'FRA',
        with: 'CHN',
        fromYear: 1971,
        toYear: 1990,
        topic: 'co',
        abstain: 'disagree',
        group: 'Eastern European States',
      },
    });
    expect(formatHash(route)).toBe(hash);
    expect(alignmentHref({ state: 'SUN', group: 'eu' })).toBe('#/alignment?state=SUN&group=eu');
  });

  it('bad values are ignored, each with a notice, and the defaults apply', () => {
    const { route, ignored } = parseHash(
      '#/alignment?dataset=mine&state=usa&with=R&from=71&topic=xx&abstain=zero&group=nato&colour=red',
    );
    expect(route).toEqual({ view: 'alignment', params: ALIGNMENT_DEFAULTS });
    expect(ignored).toEqual([
      'colour "red" (not a parameter of this page)',
      'dataset "mine" (not day, history, undl-ga or undl-sc)',
      'state "usa" (not a three-letter state code)',
      'with "R" (not a three-letter state code)',
      'from "71" (not a year)',
      'topic "xx" (not me, nu, di, hr, co or ec)',
      'abstain "zero" (not half or disagree)',
      'group "nato" (not p5, council, eu or a UN regional group)',
    ]);
  });
});

describe('the views that show an import', () => {
  it('read the kept imports: the import page, a vote of an import, the alignment over an import', () => {
    const shows = (hash: string) => needsImports(parseHash(hash).route);
    expect(shows('#/import')).toBe(true);
    expect(shows('#/decision/undl-ga-4025240')).toBe(true);
    expect(shows('#/alignment?dataset=undl-sc')).toBe(true);
    expect(shows('#/methodology')).toBe(true);
    expect(shows('#/decision/ga-l10')).toBe(false);
    expect(shows('#/alignment?dataset=history')).toBe(false);
    expect(shows('#/')).toBe(false);
  });
});

describe('the most divided votes and topics in the address', () => {
  it.each([
    '#/divided',
    '#/divided?from=1971&to=1990&topic=co',
    '#/divided?dataset=day&body=sc',
    '#/divided?dataset=undl-ga&from=2000&subject=HUMAN%20RIGHTS',
    '#/topics',
    '#/topics?topic=co',
    '#/topics?dataset=undl-sc&subject=UKRAINE',
  ])('%s reads and writes back the same', (hash) => {
    const { route, ignored } = parseHash(hash);
    expect(ignored).toEqual([]);
    expect(formatHash(route)).toBe(hash);
  });

  it('an import’s body is its own; a subject alone is the General Assembly import’s', () => {
    expect(parseHash('#/divided?dataset=undl-sc&body=ga').route).toMatchObject({ params: { body: 'SC' } });
    expect(parseHash('#/topics?subject=UKRAINE').route).toMatchObject({
      params: { dataset: 'undl-ga', subject: 'UKRAINE', topic: null },
    });
  });

  it('bad values are ignored, each with a notice', () => {
    const { route, ignored } = parseHash('#/divided?dataset=mine&from=71&topic=xx&body=un');
    expect(route).toEqual({ view: 'divided', params: DIVIDED_DEFAULTS });
    expect(ignored).toEqual([
      'dataset "mine" (not day, history, undl-ga or undl-sc)',
      'from "71" (not a year)',
      'topic "xx" (not me, nu, di, hr, co or ec)',
      'body "un" (not ga or sc)',
    ]);
  });

  it('what does not apply to the chosen decisions is left out, with a notice', () => {
    const day = parseHash('#/divided?dataset=day&from=1990&topic=co&subject=UKRAINE');
    expect(day.route).toEqual({ view: 'divided', params: { ...DIVIDED_DEFAULTS, dataset: 'day' } });
    expect(day.ignored).toEqual([
      'topic "co" (not for these decisions)',
      'subject "UKRAINE" (not for these decisions)',
      'from "1990" (not for these decisions)',
    ]);
    expect(parseHash('#/divided?dataset=undl-ga&topic=co').ignored).toEqual(['topic "co" (not for these decisions)']);
    expect(parseHash('#/topics?dataset=history&subject=UKRAINE').ignored).toEqual([
      'subject "UKRAINE" (not for the record)',
    ]);
    expect(parseHash('#/topics?dataset=undl-sc&topic=co').ignored).toEqual(['topic "co" (not for an import)']);
  });

  it('an import’s views read the kept imports', () => {
    expect(needsImports(parseHash('#/divided?dataset=undl-ga').route)).toBe(true);
    expect(needsImports(parseHash('#/topics?dataset=undl-sc').route)).toBe(true);
    expect(needsImports(parseHash('#/topics?topic=co').route)).toBe(false);
  });
});
