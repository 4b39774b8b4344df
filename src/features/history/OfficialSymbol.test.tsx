/**
 * The record's votes by the UN's symbol of their resolution beside the
 * record's own (R/39/148B: A/RES/39/148 B), on a vote's page and in the
 * list; left as the record writes it where it names no resolution, or the
 * vote is on an amendment.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { committedPack } from '../../../test/history';
import { renderApp } from '../../../test/render';
import { NO_FILTER } from '../../domain/history/vocabulary';
import { HistoryList } from './HistoryList';

const pack = committedPack();

afterEach(() => vi.restoreAllMocks());

/** The vote page's facts, once the record is loaded. */
async function facts(rcid: number) {
  renderApp(`#/history/decision/rcid-${rcid}`);
  await screen.findByText(new RegExp(`rcid ${rcid} in Erik Voeten`), {}, { timeout: 15_000 });
  return screen.getByRole('heading', { level: 1 }).parentElement!.querySelector('dl')!;
}

const fact = (list: HTMLElement, term: string) =>
  within(list)
    .getAllByRole('term')
    .find((dt) => dt.textContent === term)?.nextElementSibling as HTMLElement | undefined;

describe("a vote's page", { timeout: 30_000 }, () => {
  it('R/39/148B: the resolution as the UN writes it, to copy, the record’s symbol beside it', async () => {
    const list = await facts(2694);
    const resolution = fact(list, 'Resolution')!;
    expect(resolution).toHaveTextContent(/^A\/RES\/39\/148 B\s*Copy\s*record: R\/39\/148B$/);
    expect(within(resolution).getByRole('button', { name: 'Copy A/RES/39/148 B' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Breadcrumb' })).toHaveTextContent(/› A\/RES\/39\/148 B$/);
  });

  it('R/26/2758G, before the 31st session: the resolution, its session in roman numerals', async () => {
    const list = await facts(1190);
    expect(fact(list, 'Resolution')).toHaveTextContent(/^A\/RES\/2758\(XXVI\)\s*Copy\s*record: R\/26\/2758G$/);
  });

  it.each([
    [1834, 'R/32/450B', 'a vote on an amendment'],
    [3, 'R/1/66', 'the record’s early numbers'],
    [5588, 'A/RES/ES-10/19', 'the UN’s symbol already'],
  ])('rcid %i: %s as the record writes it alone (%s)', async (rcid, symbol) => {
    const list = await facts(rcid);
    expect(fact(list, 'Resolution')).toBeUndefined();
    expect(fact(list, 'Resolution (as the record writes it)')).toHaveTextContent(new RegExp(`^${symbol}\\s*Copy$`));
  });
});

describe("the record's list", () => {
  function rowsOf(text: string) {
    cleanup();
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
    render(<HistoryList pack={pack} filter={{ ...NO_FILTER, text }} onFilterChange={() => {}} />);
    return within(screen.getByRole('table', { name: /votes of the General Assembly$/ }))
      .getAllByRole('rowheader')
      .map((th) => [...th.children].map((c) => c.textContent));
  }

  it('a row names its resolution as the UN writes it, and as the record does', () => {
    expect(rowsOf('R/39/148B')).toEqual([['Dec 1984', 'A/RES/39/148 B', 'record: R/39/148B']]);
    expect(rowsOf('R/26/2758G')).toEqual([['Oct 1971', 'A/RES/2758(XXVI)', 'record: R/26/2758G']]);
  });

  it('a vote on an amendment, and the record’s early numbers, as the record writes them', () => {
    expect(rowsOf('R/32/450B')).toEqual([[expect.any(String), 'R/32/450B']]);
    expect(rowsOf('R/1/66')[0]).toEqual(['Jan 1946', 'R/1/66']);
  });
});
