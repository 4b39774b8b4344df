import { screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { HISTORY_PATH } from '../../../mocks/handlers';
import { server } from '../../../mocks/server';
import { renderApp } from '../../../test/render';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { datePrecisionOf, decodePack } from '../../domain/history/pack';

describe('the methodology page', { timeout: 30_000 }, () => {
  it('states each dataset in figures counted from the data, the record once it is in', async () => {
    renderApp('#/methodology');
    expect(await screen.findByRole('heading', { level: 1, name: 'Methodology' }, { timeout: 15_000 })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Methodology', current: 'page' })).toBeVisible();

    const table = screen.getByRole('table', { name: /^The datasets in figures/ });
    const day = within(table).getByRole('row', { name: /^The curated day/ });
    expect(
      within(day)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([
      'GA and SC',
      '24 Feb 2025',
      '24 Feb 2025',
      '12',
      expect.any(String),
      expect.any(String),
      expect.any(String),
      expect.any(String),
      expect.stringMatching(/^[\d,]+ not reported$/),
      expect.stringMatching(/^\d+$/),
    ]);

    const record = await within(table).findByRole(
      'row',
      { name: /^The General Assembly’s record/ },
      { timeout: 15_000 },
    );
    const cells = within(record)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells.slice(0, 4)).toEqual([
      'General Assembly',
      expect.stringMatching(/^[A-Z][a-z]{2} 1946$/),
      '14 Jan 2020',
      '6,203',
    ]);
    const [y, no, a] = cells.slice(4, 7).map((t) => Number(t!.replaceAll(',', '')));
    expect(y + no + a).toBe(870_109);
    expect(cells[7]).toBe('not recorded');

    // A path, not a URL: under jsdom the global URL is not the one node:fs accepts.
    const pack = decodePack(
      readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../public/data/history.pack')),
    );
    let month = 0;
    for (let d = 0; d < pack.decisionCount; d++) if (datePrecisionOf(pack, d) === 'month') month++;
    expect(
      screen.getByText(new RegExp(`^${month.toLocaleString('en')} votes, up to .+ are dated to their month only`)),
    ).toBeVisible();
    expect(screen.getByText(/coded for every vote up to 1984 and for 388 votes since/)).toBeVisible();
    expect(screen.getByText(/Erik Voeten, Anton Strezhnev and Michael Bailey/, { selector: 'li' })).toBeVisible();

    expect(screen.getByText(/None is imported in this browser/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Import a file' })).toHaveAttribute('href', '#/import');
    expect(screen.getByRole('heading', { level: 2, name: 'How the figures are computed' })).toBeVisible();
    expect(screen.getByText(/9 votes in favour of its 15 members \(7 of 11 before 1 Jan 1966\)/)).toBeVisible();
    expect(
      screen.getByText(/near-unanimous from 90%, clear from 50%, divided from 20%, and highly divided below/),
    ).toBeVisible();
  });

  it('says so where the record cannot be loaded, and still describes the curated day', async () => {
    server.use(http.get(HISTORY_PATH, () => new HttpResponse(null, { status: 500 })));
    renderApp('#/methodology');
    expect(await screen.findByRole('alert', {}, { timeout: 15_000 })).toHaveTextContent(/500/);
    const table = screen.getByRole('table', { name: /^The datasets in figures/ });
    expect(within(table).getByRole('row', { name: /^The curated day/ })).toBeVisible();
    expect(within(table).getByText('Could not be loaded.')).toBeVisible();
  });
});
