import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HttpResponse, http } from 'msw';
import { DATASET_PATH } from '../../../mocks/handlers';
import { server } from '../../../mocks/server';
import { renderApp } from '../../../test/render';
import { HISTORY, datasetState, useStore } from '../../store/store';
import type { HistoryPack } from '../../domain/history/pack';
import { ALL, bandCounts, measureAll, mostDivided, recordVotes } from '../../domain/divided';
import { againstMajority } from '../../domain/topics';
import { filterDecisions } from '../../domain/history/filter';
import { NO_FILTER } from '../../domain/history/vocabulary';

/** The record, as the app has loaded it. */
function loadedPack(): HistoryPack {
  const state = datasetState(useStore.getState(), HISTORY);
  if (state.status !== 'ready' || state.kind !== 'record') throw new Error('the record is not loaded');
  return state.pack;
}

// The list is virtualised: jsdom has no layout, so its scroll box is given a height for the rows to render.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(600);
  vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockReturnValue(800);
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
});
afterEach(() => vi.restoreAllMocks());

describe('the most divided votes', { timeout: 30_000 }, () => {
  it('over the record in 1971: the bands counted, the narrowest first, linked to its page', async () => {
    renderApp('#/divided?from=1971&to=1971');
    expect(await screen.findByRole('heading', { level: 1, name: 'Most divided votes' })).toBeVisible();
    await screen.findByRole('table', { name: 'Votes per band' }, { timeout: 15_000 });
    const expected = mostDivided(measureAll(recordVotes(loadedPack(), { ...ALL, fromYear: 1971, toYear: 1971 })).votes);
    expect(screen.getByText(`${expected.length} votes of the General Assembly’s record, 1971.`)).toBeVisible();
    const bands = screen.getByRole('table', { name: 'Votes per band' });
    const counts = bandCounts(expected);
    const highly = within(bands).getByRole('rowheader', { name: 'Highly divided' }).closest('tr')!;
    expect(within(highly).getAllByRole('cell')[0]).toHaveTextContent(String(counts['highly-divided']));
    // The histogram's table: ten bars, adding up to every vote.
    const histogram = screen.getByRole('table', { name: /^Votes by margin as a share of yes and no/ });
    const totals = within(histogram)
      .getAllByRole('row')
      .slice(1)
      .map((row) => Number(within(row).getAllByRole('cell')[0].textContent));
    expect(totals).toHaveLength(10);
    expect(totals.reduce((a, b) => a + b, 0)).toBe(expected.length);

    const list = screen.getByRole('table', { name: /the most divided first$/ });
    const first = within(list).getAllByRole('rowheader')[0];
    const link = within(first).getByRole('link');
    expect(link).toHaveAttribute('href', `#/history/decision/${expected[0].id}`);
    expect(link).toHaveTextContent(expected[0].symbol);
    await userEvent.click(link);
    expect(window.location.hash).toBe(`#/history/decision/${expected[0].id}`);
  });

  it('on the curated day’s Council: the vetoed amendments first, with the veto named', async () => {
    renderApp('#/divided');
    await screen.findByText(/votes of the General Assembly’s record\./, {}, { timeout: 15_000 });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Decisions' }), 'day');
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Body' }), 'SC');
    expect(window.location.hash).toBe('#/divided?dataset=day&body=sc');
    expect(await screen.findByText(/^5 votes of the Security Council on the curated day\./)).toBeVisible();
    expect(screen.getByRole('heading', { name: 'How the bands are set' }).parentElement).toHaveTextContent(
      /Highly divided: a veto/,
    );
    const list = screen.getByRole('table', { name: /the most divided first$/ });
    const rows = within(list).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent(/vetoed by Russian Federation/);
    expect(rows[0]).toHaveTextContent(/9 in favour, at least 1 against/);
    const amendment = within(rows[0]).getByRole('link');
    expect(amendment).toHaveAttribute('href', '#/decision/sc-am-sovereignty');
    // No symbol: named by its title, as everywhere else, not by the dataset's id.
    expect(amendment.textContent).not.toMatch(/^sc-am/);
    expect(amendment.textContent).toMatch(/amendment/i);
    expect(rows[4]).toHaveTextContent(/Near-unanimous/);
  });

  it('over an import this browser does not hold: says so, with the way to import one', async () => {
    renderApp('#/divided?dataset=undl-ga');
    expect(
      await screen.findByText(
        /This browser holds no import of the UN Digital Library’s General Assembly file\./,
        {},
        { timeout: 15_000 },
      ),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Import a file' })).toHaveAttribute('href', '#/import');
  });

  it('over the curated day when the day cannot be loaded: says so', async () => {
    server.use(http.get(DATASET_PATH, () => new HttpResponse(null, { status: 500 })));
    renderApp('#/divided?dataset=day');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'The dataset could not be loaded' }, { timeout: 15_000 }),
    ).toBeVisible();
  });
});

describe('topics', { timeout: 30_000 }, () => {
  it('colonialism: votes per year, outcomes, and who voted most often against the majority', async () => {
    renderApp('#/topics?topic=co');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Topic: Colonialism' }, { timeout: 15_000 }),
    ).toBeVisible();
    const pack = loadedPack();
    const decisions = filterDecisions(pack, { ...NO_FILTER, topics: ['co'] });
    const { rows } = againstMajority(pack, decisions);
    expect(screen.getByText(`${decisions.length.toLocaleString('en')}`, { selector: 'strong' })).toBeVisible();
    const perYear = screen.getByRole('table', { name: 'Votes on Colonialism per year' });
    const sum = within(perYear)
      .getAllByRole('row')
      .slice(1)
      .reduce((n, row) => n + Number(within(row).getByRole('cell').textContent!.replace(/,/g, '')), 0);
    expect(sum).toBe(decisions.length);
    const ranking = screen.getByRole('table', { name: /^Who voted most often against the majority/ });
    const first = within(ranking).getAllByRole('row')[1];
    expect(within(first).getByRole('link', { name: rows[0].name })).toHaveAttribute('href', `#/state/${rows[0].key}`);
    expect(within(first).getAllByRole('cell')[1]).toHaveTextContent(rows[0].against.toLocaleString('en'));
    expect(rows[0].against).toBeGreaterThan(rows[rows.length - 1].against);
  });

  it('the list of topics links each to its page', async () => {
    renderApp('#/topics');
    const table = await screen.findByRole(
      'table',
      { name: 'The record’s topics and their votes' },
      { timeout: 15_000 },
    );
    expect(within(table).getAllByRole('link')).toHaveLength(6);
    await userEvent.click(within(table).getByRole('link', { name: 'Human rights' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Topic: Human rights' })).toBeVisible();
    expect(window.location.hash).toBe('#/topics?topic=hr');
  });
});
