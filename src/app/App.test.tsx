import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { DATASET_PATH, scenarios } from '../../mocks/handlers';
import { server } from '../../mocks/server';
import { pathOf } from '../../test/dataset';
import { renderApp } from '../../test/render';

let stop: (() => void) | undefined;
afterEach(() => stop?.());

function open(hash: string, options?: { strict?: boolean }) {
  const r = renderApp(hash, options);
  stop = r.stop;
  return r;
}

describe('overview', () => {
  it('says it is loading, then shows the day per body with tallies and outcomes', async () => {
    open('#/');
    expect(screen.getByRole('status')).toHaveTextContent('Loading the dataset');
    const link = await screen.findByRole('link', { name: 'A/RES/ES-11/7' });
    const card = link.closest('article')!;
    expect(within(card).getByText('93–18–65')).toBeInTheDocument();
    expect(within(card).getByText('Adopted')).toBeInTheDocument();
    expect(
      within(card).getByText('93 in favour, 18 against, 65 abstentions, 17 non-voting (of 193 members).'),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'General Assembly' })).toBeInTheDocument();
    expect(screen.getByText(/^12 recorded decisions of 24 Feb 2025 in the General Assembly/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Security Council' })).toBeInTheDocument();
    expect(screen.getByText('Vetoed by the Russian Federation (9 in favour)')).toBeInTheDocument();
    expect(screen.getByText('Vetoed by the Russian Federation (11 in favour)')).toBeInTheDocument();
    expect(screen.getByText('Failed: 4 of the 9 votes needed')).toBeInTheDocument();
    expect(screen.getByText('Disputed: also reported as 89–8–70')).toBeInTheDocument();
    const sc = screen.getByRole('list', { name: 'Security Council in short' });
    expect(
      within(sc)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      '1 procedural motion rejected',
      '2 amendments failed',
      '2 amendments vetoed',
      '1 draft resolution adopted',
    ]);
  });

  it('nests the amendments under the draft they amend', async () => {
    open('#/');
    const list = await screen.findByRole('list', { name: 'Amendments to S/2025/112' });
    expect(within(list).getAllByRole('article')).toHaveLength(4);
    expect(
      within(screen.getByRole('list', { name: 'Amendments to A/ES-11/L.11' })).getAllByRole('article'),
    ).toHaveLength(4);
  });

  it('says where the dataset comes from, its licence, how it was made and how to cite it', async () => {
    open('#/');
    const about = await screen.findByRole('region', { name: 'About this dataset' });
    const fact = (term: string) => within(about).getByText(term).nextElementSibling?.textContent;
    expect(fact('Covers')).toMatch(/^Every recorded decision of 24 February 2025/);
    expect(fact('Source')).toMatch(/news articles .* UN records/);
    expect(fact('Licence')).toMatch(/Copyright, United Nations; non-commercial use, with attribution/);
    expect(fact('How it was made')).toMatch(/not reported, never guessed/);
    expect(fact('Cite as')).toMatch(/UN vote tracker/);
  });
});

describe('loading errors', () => {
  it('says so in plain words when the server fails', async () => {
    server.use(scenarios.error);
    open('#/');
    expect(await screen.findByRole('alert')).toHaveTextContent('The dataset could not be loaded');
    expect(screen.getByRole('alert')).toHaveTextContent('500');
  });

  it('lists the problems of an invalid dataset with their paths, and shows none of it', async () => {
    server.use(scenarios.invalid);
    open('#/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The dataset is not valid');
    expect(alert).toHaveTextContent(
      `${pathOf('ga-l11-am-just-peace')}.positionLists[0].position: "maybe" is not a vote (Y, N, A or X)`,
    );
    expect(screen.queryByRole('link', { name: 'A/RES/ES-11/7' })).not.toBeInTheDocument();
  });

  it('reports a file that is not JSON', async () => {
    server.use(
      http.get(
        DATASET_PATH,
        () => new HttpResponse('{"schemaVersion": 1, "tit', { headers: { 'Content-Type': 'application/json' } }),
      ),
    );
    open('#/');
    expect(await screen.findByRole('alert')).toHaveTextContent('the file is not valid JSON');
  });
});

describe('focus', () => {
  it('stays put on the first view, also in development, where StrictMode runs effects twice', async () => {
    server.use(scenarios.error);
    open('#/', { strict: true });
    expect(await screen.findByRole('heading', { level: 1, name: 'The dataset could not be loaded' })).toBeVisible();
    expect(document.activeElement).toBe(document.body);
  });

  it('moves to the heading of a new view', { timeout: 40_000 }, async () => {
    open('#/', { strict: true });
    await screen.findByRole('link', { name: 'A/RES/ES-11/7' });
    window.location.hash = '#/compare';
    // Slow on a busy machine (the comparison's first render, twice under StrictMode); focus follows when it comes.
    const heading = await screen.findByRole(
      'heading',
      { level: 1, name: 'General Assembly and Security Council on the same questions' },
      { timeout: 30_000 },
    );
    await waitFor(() => expect(heading).toHaveFocus());
  });
});

describe('decision page', () => {
  it('filters to No and shows the 18 states with the count', async () => {
    const user = userEvent.setup();
    open('#/decision/ga-l10');
    const positions = await screen.findByRole('group', { name: 'Reported position' });
    await user.click(within(positions).getByRole('button', { name: 'No 18' }));
    expect(screen.getByText(/Showing/)).toHaveTextContent('Showing 18 of 193 states. 18 recorded as No');
    const table = screen.getByRole('table', {
      name: /Positions of the 193 member states on A\/RES\/ES-11\/7, filtered: No/,
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(18);
    expect(within(table).getByRole('rowheader', { name: 'United States of America' })).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: 'Russian Federation' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/decision/ga-l10?position=N');
  });

  it('filters by clicking the tally legend, by regional group and by text', async () => {
    const user = userEvent.setup();
    open('#/decision/ga-l10');
    const legend = await screen.findByRole('list', { name: 'Recorded tally' });
    await user.click(within(legend).getByRole('button', { name: /Abstain/ }));
    expect(screen.getByText(/Showing/)).toHaveTextContent(
      'Showing 19 of 193 states. 65 recorded as Abstain; the sources name 19 of them',
    );
    await user.selectOptions(screen.getByLabelText('Regional group'), 'African States');
    expect(screen.getByText(/Showing/)).toHaveTextContent('Showing 5 of 193 states');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await user.type(screen.getByLabelText('Find a state'), 'cote');
    expect(screen.getByRole('rowheader', { name: "Côte d'Ivoire" })).toBeInTheDocument();
    expect(screen.getByText(/Showing/)).toHaveTextContent('Showing 1 of 193 states');
  });

  it('shows each source’s claim on a disputed row', async () => {
    open('#/decision/ga-l11?position=disputed');
    const row = (await screen.findByRole('rowheader', { name: 'Ukraine' })).closest('tr')!;
    const claims = within(row).getByRole('list', { name: 'Claims of the sources' });
    expect(claims).toHaveTextContent('Yes per AP-DDN');
    expect(claims).toHaveTextContent('Abstain per UP-7499903, EUTODAY, INSIDERUA');
    expect(within(row).getByText('Disputed')).toBeInTheDocument();
  });

  it('sorts by a column and keeps the sort in the address', async () => {
    const user = userEvent.setup();
    open('#/decision/sc-s2025-112');
    const header = await screen.findByRole('columnheader', { name: /State/ });
    // Shown in name order, so the first press sorts the other way.
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(window.location.hash).toBe('#/decision/sc-s2025-112?sort=name:desc');
    const table = screen.getByRole('table', { name: /Positions of the 15 Council members/ });
    const first = within(table).getAllByRole('row')[1];
    expect(first).toHaveTextContent('United States of America');
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(window.location.hash).toBe('#/decision/sc-s2025-112');
  });

  it('explains the rule and the check of the outcome', async () => {
    open('#/decision/sc-am-just-peace');
    expect(await screen.findByText('Vetoed by the Russian Federation (11 in favour)')).toBeInTheDocument();
    expect(screen.getByText(/no negative vote of a permanent member/)).toBeInTheDocument();
    expect(
      screen.getByText('The recorded outcome follows from the recorded tally under this rule.'),
    ).toBeInTheDocument();
  });

  it('names a decision without a document symbol by its title, in the tab, the breadcrumb and the heading', async () => {
    open('#/decision/sc-am-sovereignty');
    const title = "European amendment: reaffirm Ukraine's sovereignty, independence, unity and territorial integrity";
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Breadcrumb' })).toHaveTextContent(`Security Council › ${title}`);
    expect(document.title).toBe(`${title} · UN vote tracker`);
    expect(screen.getByRole('table', { name: `Positions of the 15 Council members on ${title}` })).toBeInTheDocument();
    // The id lives in the address, not in front of the reader.
    expect(document.body.textContent).not.toContain('sc-am-sovereignty');
  });

  it('names a decision with a document symbol by it, in the tab too', async () => {
    open('#/decision/ga-l11');
    expect(await screen.findByRole('heading', { level: 1, name: 'A/RES/ES-11/8' })).toBeInTheDocument();
    expect(document.title).toBe('A/RES/ES-11/8 · UN vote tracker');
  });

  it('says the tally check has nothing to compare where nothing is recorded and nothing reported', async () => {
    open('#/decision/ga-l11-am-invasion');
    const table = await screen.findByRole('table', { name: /^Each position: the count the sources record/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell').at(-1)?.textContent)).toEqual(
      Array(4).fill('nothing to compare'),
    );
    expect(within(table).queryByText('agrees')).not.toBeInTheDocument();
  });

  it('copies a document symbol', async () => {
    const user = userEvent.setup();
    open('#/decision/ga-l10');
    await user.click(await screen.findByRole('button', { name: 'Copy A/RES/ES-11/7' }));
    expect(await navigator.clipboard.readText()).toBe('A/RES/ES-11/7');
    expect(screen.getByText('Copied')).toBeInTheDocument();
  });

  it('says when an unknown decision is asked for, with a way back', async () => {
    open('#/decision/nope');
    expect(await screen.findByRole('heading', { name: 'Not found' })).toBeInTheDocument();
    expect(screen.getByText('There is no decision “nope” in this dataset.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the overview of all decisions' })).toHaveAttribute('href', '#/');
  });

  it('says which part of the address it ignored', async () => {
    open('#/decision/ga-l10?position=maybe');
    expect(await screen.findByText(/Part of the address was not understood/)).toHaveTextContent('position "maybe"');
    expect(await screen.findByText(/Showing/)).toHaveTextContent('Showing 193 of 193 states');
  });
});

describe('comparison', () => {
  it('shows both bodies on the US text and the 15 Council members, marking who voted differently', async () => {
    open('#/compare');
    const heading = await screen.findByRole('heading', { level: 3, name: 'General Assembly: A/RES/ES-11/8' });
    expect(within(heading).getByRole('link', { name: 'A/RES/ES-11/8' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Security Council: S/RES/2774 (2025)' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /Positions of the 2025 Council members/ });
    expect(within(table).getAllByRole('row')).toHaveLength(16);
    const row = within(table)
      .getByRole('rowheader', { name: /United States of America/ })
      .closest('tr')!;
    const marked = within(row)
      .getAllByRole('cell')
      .filter((cell) => /voted differently/.test(cell.textContent ?? ''));
    expect(marked.map((cell) => cell.textContent)).toEqual([
      'AAbstain≠SC 6 voted differently: Yes on S/RES/2774 (2025) in the Council (SC 6)',
      'YYes≠GA 6 voted differently: Abstain on A/RES/ES-11/8 in the Assembly (GA 6)',
    ]);
    expect(
      screen.getByText(
        /United States of America: Abstain on A\/RES\/ES-11\/8 in the Assembly \(GA 6\), Yes on S\/RES\/2774 \(2025\) in the Council \(SC 6\)/,
      ),
    ).toBeInTheDocument();
  });
});
