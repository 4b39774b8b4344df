import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { DATASET_PATH, HISTORY_PATH } from '../../../mocks/handlers';
import { server } from '../../../mocks/server';
import { renderApp } from '../../../test/render';

describe('the General Assembly record', { timeout: 30_000 }, () => {
  it('a vote’s page: the counted tally, labelled as counted, and the members at its date', async () => {
    renderApp('#/history/decision/rcid-1190');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'CHINA REPRESENTATION' }, { timeout: 15_000 }),
    ).toBeVisible();
    expect(
      screen.getByText(
        'Counted: 76 in favour, 35 against, 17 abstentions, 3 absent or not voting (of 131 members at the date).',
      ),
    ).toBeVisible();
    expect(screen.getByText('Majority in favour')).toBeVisible();
    expect(screen.getByText(/rcid 1190 in Erik Voeten/)).toBeVisible();
    // The tab names the vote by its symbol and date, not by the address's id.
    await waitFor(() =>
      expect(document.title).toBe('R/26/2758G, Oct 1971 · General Assembly record · UN vote tracker'),
    );

    await userEvent.click(screen.getByRole('button', { name: 'Absent or not voting' }));
    const table = screen.getByRole('table', { name: /^3 of the 131 members/ });
    const names = within(table)
      .getAllByRole('rowheader')
      .map((th) => th.textContent);
    expect(names).toEqual(['China (Republic of China)', 'Maldives', 'Oman']);
    expect(within(table).getByRole('link', { name: 'Oman' })).toHaveAttribute('href', '#/state/OMN');
  });

  it('a link to the record does not wait for the curated day', async () => {
    // The curated day never arrives; the record's list shows all the same, and the record was asked for at once.
    server.use(http.get(DATASET_PATH, () => new Promise<never>(() => {})));
    const asked: string[] = [];
    server.events.on('request:start', ({ request }) => void asked.push(new URL(request.url).pathname));
    renderApp('#/history');
    expect(await screen.findByText(/votes match/, {}, { timeout: 15_000 })).toBeVisible();
    expect(screen.getByRole('heading', { level: 1, name: /General Assembly/ })).toBeVisible();
    expect(asked.some((path) => HISTORY_PATH.test(path))).toBe(true);
    server.events.removeAllListeners();
  });

  it('an unknown vote is not found, quoted short', async () => {
    renderApp('#/history/decision/rcid-999999');
    expect(await screen.findByRole('heading', { level: 1, name: 'Not found' }, { timeout: 15_000 })).toBeVisible();
    expect(screen.getByText(/There is no vote “rcid-999999”/)).toBeVisible();
  });

  it('a pack that cannot be loaded says so, and the curated day still works', async () => {
    server.use(http.get(HISTORY_PATH, () => new HttpResponse(null, { status: 404, statusText: 'Not Found' })));
    renderApp('#/history');
    const alert = await screen.findByRole('alert', {}, { timeout: 15_000 });
    expect(alert).toHaveTextContent(/The General Assembly's record could not be loaded/);
    expect(alert).toHaveTextContent(/404 \(Not Found\)/);
    await userEvent.click(within(alert).getByRole('link', { name: 'back to the overview' }));
    expect(await screen.findByRole('heading', { level: 1, name: /24 February 2025/ })).toBeVisible();
  });

  it('a pack that is not a pack is rejected with the reason', async () => {
    server.use(http.get(HISTORY_PATH, () => HttpResponse.arrayBuffer(new TextEncoder().encode('<html>').buffer)));
    renderApp('#/history');
    expect(await screen.findByRole('alert', {}, { timeout: 15_000 })).toHaveTextContent(
      /The record's pack cannot be read/,
    );
  });

  it('the list counts the votes that match the filters in the address', async () => {
    renderApp('#/history?from=1971&to=1971&topic=co');
    const status = await screen.findByText(
      (_, el) => el?.tagName === 'P' && /votes match/.test(el.textContent ?? ''),
      {},
      { timeout: 15_000 },
    );
    const matched = Number(status.textContent!.replace(/,/g, '').match(/(\d+) of 6203/)![1]);
    expect(matched).toBeGreaterThan(0);
    expect(matched).toBeLessThan(100);
    expect(screen.getByRole('combobox', { name: 'Topic' })).toHaveValue('co');
    expect(screen.getByRole('spinbutton', { name: 'From year' })).toHaveValue(1971);
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(
      await screen.findByText((_, el) => el?.tagName === 'P' && el.textContent === '6,203 of 6,203 votes match.'),
    ).toBeVisible();
    expect(window.location.hash).toBe('#/history');
  });
});

describe('a state’s page', { timeout: 30_000 }, () => {
  it('the United States: its positions per year as a table beside the chart, and its Council seat', async () => {
    renderApp('#/state/USA');
    expect(await screen.findByRole('heading', { level: 1, name: 'United States of America' })).toBeVisible();
    expect(screen.getByText(/a permanent member of the Security Council/)).toBeVisible();
    // The tab names the state, not its code.
    await waitFor(() => expect(document.title).toBe('United States of America · UN vote tracker'));
    const yearly = await screen.findByRole(
      'table',
      { name: 'Positions of United States of America per year' },
      { timeout: 15_000 },
    );
    const row1971 = within(yearly).getByRole('rowheader', { name: '1971' }).closest('tr')!;
    const cells = within(row1971)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    const [votes, yes, no, abstain, absent] = cells.map((c) => Number(c!.split(' ')[0]));
    expect(votes).toBeGreaterThan(0);
    expect(yes + no + abstain + absent).toBe(votes);
  });

  it('a state’s name in a decision’s table opens its page', async () => {
    renderApp('#/decision/ga-l10');
    const table = await screen.findByRole('table', { name: /^Positions of the 193 member states/ });
    await userEvent.click(within(table).getByRole('link', { name: 'United States of America' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'United States of America' })).toBeVisible();
    expect(window.location.hash).toBe('#/state/USA');
  });

  it('the Russian Federation’s seat was the USSR’s before', async () => {
    renderApp('#/state/RUS');
    expect(
      await screen.findByRole('link', { name: 'Union of Soviet Socialist Republics' }, { timeout: 15_000 }),
    ).toHaveAttribute('href', '#/state/SUN');
  });
});
