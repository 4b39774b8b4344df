import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../test/render';

/** The cells of a table's row, by the name in its row header. */
function rowOf(table: HTMLElement, name: string): string[] {
  const header = within(table).getByRole('rowheader', { name: new RegExp(`^${name}`) });
  return [...header.closest('tr')!.querySelectorAll('th, td')].map((c) => c.textContent ?? '');
}

/** Captures the CSV a download button makes (jsdom has no object URLs). */
function captureDownloads(): { files: () => Promise<{ name: string; text: string }[]> } {
  const blobs: Blob[] = [];
  const names: string[] = [];
  vi.stubGlobal(
    'URL',
    Object.assign(URL, { createObjectURL: (b: Blob) => (blobs.push(b), 'blob:x'), revokeObjectURL: () => {} }),
  );
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { files: async () => Promise.all(blobs.map(async (b, i) => ({ name: names[i], text: await b.text() }))) };
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('who voted with whom, on the curated day', { timeout: 30_000 }, () => {
  it('states the method, and ranks every state by agreement with the United States, common decisions beside', async () => {
    renderApp('#/alignment?dataset=day');
    expect(await screen.findByRole('heading', { level: 1, name: 'Who voted with whom' })).toBeVisible();
    const method = screen.getByRole('region', { name: 'How agreement is measured' });
    expect(method).toHaveTextContent(/common decisions are those where both took a position: yes, no or abstain/);
    expect(method).toHaveTextContent(/counts as half agreement \(Voeten’s index\)/);
    const table = await screen.findByRole('table', { name: /^Agreement of every state with United States of America/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(192);
    // No–No on ES-11/7, Abstain–No on ES-11/8, Yes–Yes on 2774 (2 same, 1 abstained: (2 + ½) / 3).
    expect(rowOf(table, 'Russian Federation').slice(2)).toEqual(['83.3%', '3', '2', '1']);
    // Belarus: No with the United States on ES-11/7, the one decision they share.
    expect(rowOf(table, 'Belarus').slice(1)).toEqual(['1', '100.0%', '1', '1', '0']);
    // Egypt's position is disputed, Afghanistan's not reported: no common decision, no rank.
    expect(rowOf(table, 'Egypt').slice(1)).toEqual(['–', '–', '0', '0', '0']);
    expect(within(table).getByRole('link', { name: 'Belarus' })).toHaveAttribute('href', '#/state/BLR');
  });

  it('the abstention rule, switched, goes into the address and changes the figures', async () => {
    renderApp('#/alignment?dataset=day');
    await screen.findByRole('table', { name: /^Agreement of every state with United States of America/ });
    await userEvent.click(screen.getByRole('radio', { name: 'as disagreement' }));
    await waitFor(() => expect(window.location.hash).toBe('#/alignment?dataset=day&abstain=disagree'));
    const table = await screen.findByRole('table', { name: /abstention as disagreement\)$/ });
    expect(rowOf(table, 'Russian Federation').slice(2)).toEqual(['66.7%', '3', '2', '1']);
    expect(screen.getByRole('region', { name: 'How agreement is measured' })).toHaveTextContent(
      /counts as disagreement \(it counts as half agreement in Voeten’s index\)/,
    );
  });

  it('another state, chosen by its label, ranks the others with it', async () => {
    renderApp('#/alignment?dataset=day');
    const state = await screen.findByRole('combobox', { name: 'State' });
    await userEvent.selectOptions(state, 'Russian Federation');
    expect(await screen.findByRole('heading', { level: 2, name: 'Who voted with Russian Federation' })).toBeVisible();
    expect(window.location.hash).toBe('#/alignment?dataset=day&state=RUS');
  });

  it('a state not in the data is named, not guessed', async () => {
    renderApp('#/alignment?dataset=day&state=XYZ');
    expect(await screen.findByText('There is no state “XYZ” in these decisions: choose one.')).toBeVisible();
  });

  it('the Council’s matrix: 15 rows and columns, every cell with its figure and common decisions', async () => {
    const downloads = captureDownloads();
    renderApp('#/alignment?dataset=day&group=council');
    const matrix = await screen.findByRole('table', { name: /^The Security Council of 2025 \(15 members\)/ });
    expect(within(matrix).getAllByRole('rowheader')).toHaveLength(15);
    expect(within(matrix).getAllByRole('columnheader')).toHaveLength(16);
    expect(within(matrix).getByRole('columnheader', { name: 'Russian Federation' })).toBeInTheDocument();
    const usa = rowOf(matrix, 'United States of America');
    expect(usa[0]).toBe('United States of America USA');
    // RUS is the third column (CHN, FRA, RUS, GBR, USA, then the elected ten).
    expect(usa[3]).toBe('83%3 common decisions');
    expect(usa[5]).toBe('—the same state');

    await userEvent.click(screen.getByRole('button', { name: /Download this group’s 105 pairs/ }));
    await userEvent.click(screen.getByRole('button', { name: /Download every pair of the 193 states/ }));
    await waitFor(async () => expect(await downloads.files()).toHaveLength(2));
    const [group, all] = await downloads.files();
    expect(group.name).toBe('un-alignment-day-council-half.csv');
    const lines = group.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('state_a,state_b,common,same,one_abstained,agreement');
    expect(lines).toHaveLength(106);
    expect(lines).toContain('RUS,USA,3,2,1,0.833333');
    expect(all.name).toBe('un-alignment-day-all-pairs-half.csv');
    expect(all.text.trim().split('\r\n')).toHaveLength(1 + (193 * 192) / 2);

    // Beside the CSV, the matrix as a picture, drawn from its figures: a cell per pair with its agreement.
    expect(screen.getByRole('button', { name: 'Download PNG of the group’s matrix' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Download SVG of the group’s matrix' }));
    await waitFor(async () => expect(await downloads.files()).toHaveLength(3));
    const picture = (await downloads.files())[2];
    expect(picture.name).toBe('un-alignment-day-council-half.svg');
    expect(picture.text).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200"/);
    expect(picture.text).toContain('>The Security Council of 2025 (15 members)');
    expect(picture.text).toContain('>RUS: Russian Federation</text>');
    expect(
      picture.text.match(/<rect [^>]*fill="#(?:eff3ff|bdd7e7|6baed6|2171b5|08306b|ececec|fff)"/g)!.length,
    ).toBeGreaterThanOrEqual(225);
    expect(picture.text).toContain('>83%</text>');
    expect(picture.text).toContain('Source: UN Digital Library and UN press releases');
  });
});

describe('who voted with whom, on the record', { timeout: 30_000 }, () => {
  it('by default: the United States and the Russian Federation over the whole record, year by year, as a table too', async () => {
    renderApp('#/alignment');
    const summary = await screen.findByText(/agreement over/, { selector: 'p' }, { timeout: 20_000 });
    expect(summary).toHaveTextContent(
      '36.4% agreement over 6,119 common decisions (1,342 with the same position, 1,776 where one abstained), abstention as half agreement (Voeten’s index).',
    );
    const years = screen.getByRole('table', {
      name: 'Agreement of United States of America and Russian Federation per year',
    });
    const first = within(years).getAllByRole('row')[1];
    expect(within(first).getByRole('rowheader')).toHaveTextContent('1946');
    const figure = years.closest('figure')!;
    expect(
      within(figure).getByText(/^Agreement of United States of America and Russian Federation per year, 1946–/),
    ).toBeVisible();
    // The permanent five's matrix, and the seat's earlier holder named in the ranking.
    const matrix = screen.getByRole('table', { name: /^The five permanent members of the Security Council/ });
    expect(within(matrix).getAllByRole('rowheader')).toHaveLength(5);
    const ranking = screen.getByRole('table', { name: /^Agreement of every state with United States of America/ });
    expect(within(ranking).getAllByRole('row')).toHaveLength(198);
    expect(rowOf(ranking, 'Russian Federation')[0]).toBe(
      'Russian Federation with Union of Soviet Socialist Republics before',
    );
  });

  it('years and a topic narrow the decisions; the address keeps them', async () => {
    renderApp('#/alignment?from=1971&to=1971&topic=co');
    expect(
      await screen.findByText(/^Over \d+ decisions of the record, 1971\.$/, {}, { timeout: 20_000 }),
    ).toBeVisible();
    expect(screen.getByRole('spinbutton', { name: 'From year' })).toHaveValue(1971);
    expect(screen.getByRole('combobox', { name: 'Topic' })).toHaveValue('co');
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Group' }),
      'The European Union (its 27 members today)',
    );
    const matrix = await screen.findByRole('table', { name: /^The European Union/ });
    // Members of 1971 and later ones alike: 27 rows, a dash where a member had no common decision yet.
    expect(within(matrix).getAllByRole('rowheader')).toHaveLength(27);
    expect(window.location.hash).toBe('#/alignment?from=1971&to=1971&topic=co&group=eu');
  });
});

describe('a state’s page links to who voted with it', { timeout: 30_000 }, () => {
  it('the United States', async () => {
    renderApp('#/state/USA');
    expect(await screen.findByRole('link', { name: 'Who voted with United States of America' })).toHaveAttribute(
      'href',
      '#/alignment',
    );
  });

  it('the USSR, in its seat up to 1991', async () => {
    renderApp('#/state/SUN');
    const link = await screen.findByRole(
      'link',
      { name: 'Who voted with Union of Soviet Socialist Republics' },
      { timeout: 20_000 },
    );
    expect(link).toHaveAttribute('href', '#/alignment?state=RUS&to=1991');
    expect(link.parentElement).toHaveTextContent(/its positions count in the seat of Russian Federation, up to 1991/);
  });

  it('the main navigation leads to the view', async () => {
    renderApp('#/');
    await userEvent.click(
      within(await screen.findByRole('navigation', { name: 'Main' })).getByRole('link', {
        name: 'Who voted with whom',
      }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Who voted with whom' })).toBeVisible();
  });
});
