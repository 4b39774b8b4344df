/** The record's list with an import of the Library's General Assembly file: one list, each vote once. */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { committedPack } from '../../../test/history';
import { importFixture } from '../../../test/undl';
import { NO_FILTER } from '../../domain/history/vocabulary';
import type { RecordFilter } from '../../domain/history/vocabulary';
import type { Imported } from '../../domain/undl/stored';
import { HistoryList } from './HistoryList';

const pack = committedPack();
const imported: Imported = {
  ...importFixture('ga-from-record.csv'),
  id: 'undl-ga',
  file: { name: 'ga-from-record.csv', bytes: 75_438, lastModified: 0 },
  importedAt: '2026-12-01T00:00:00.000Z',
};

/** The list's count (the other status of the filters speaks only of a range of years the wrong way round). */
const countStatus = () => screen.getAllByRole('status').find((el) => /votes match/.test(el.textContent ?? ''))!;

function list(filter: RecordFilter, withImport: Imported | null = imported) {
  // jsdom lays nothing out: the list's box gets a size, so that its rows are drawn.
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
  return render(<HistoryList pack={pack} filter={filter} onFilterChange={() => {}} imported={withImport} />);
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe("the record's list with an imported General Assembly file", () => {
  it('lists the file’s vote the record has not among the record’s, linked to its page, and says what it may be', async () => {
    list({ ...NO_FILTER, fromYear: 1971, toYear: 1971, text: 'china' });
    expect(countStatus()).toHaveTextContent(
      /^\d+ of 6,204 votes match \(\d+ of the record, 1 of the imported file only\)\.$/,
    );
    expect(screen.getByText(/1 of its 2 votes is a vote of the record/)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /of 6,204 votes of the General Assembly/ });
    const link = await within(table).findByRole('link', { name: '25 Oct 1971, A/RES/2758(XXVI)' });
    expect(link).toHaveAttribute('href', '#/decision/undl-ga-900001190');
    const row = link.closest('[role="row"], tr')!;
    expect(row).toHaveTextContent(/Imported file only · may be the record’s R\/26\/2758/);
  });

  it('shows a vote both have once, as the record’s, marked as in the file too', async () => {
    list({ ...NO_FILTER, fromYear: 2017, toYear: 2017, text: 'jerusalem' });
    const table = screen.getByRole('table');
    const link = await within(table).findByRole('link', { name: /^21 Dec 2017, / });
    expect(link).toHaveAttribute('href', '#/history/decision/rcid-5588');
    expect(link.closest('tr')).toHaveTextContent(/Also in the imported file/);
    expect(within(table).queryByText(/Imported file only/)).toBeNull();
    expect(countStatus()).toHaveTextContent(/, 0 of the imported file only\)/);
  });

  it('leaves the file’s votes out where a filter asks for a coding the file has not, and says so', () => {
    list({ ...NO_FILTER, fromYear: 1971, toYear: 1971, topics: ['hr'] });
    expect(countStatus()).toHaveTextContent(/\(\d+ of the record, 0 of the imported file only\)/);
    expect(screen.getByText(/with these filters its votes are left out/)).toBeInTheDocument();
  });

  it('downloads both in one CSV, with the Library’s record number of each vote the file has', async () => {
    const blobs: Blob[] = [];
    vi.stubGlobal(
      'URL',
      Object.assign(URL, { createObjectURL: (b: Blob) => (blobs.push(b), 'blob:x'), revokeObjectURL: () => {} }),
    );
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    list({ ...NO_FILTER, fromYear: 1971, toYear: 1971, text: 'china' });
    await userEvent.click(screen.getByRole('button', { name: /^Download these/ }));
    const lines = (await blobs[0].text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0].split(',').at(-1)).toBe('undl_id');
    expect(lines.filter((l) => l.startsWith('undl-ga-900001190,,1971-10-25,day,26,A/RES/2758(XXVI),'))).toHaveLength(1);
    expect(lines.find((l) => l.startsWith('rcid-1190,'))).toMatch(/,76,35,17,3,131,$/);
  });

  it('without an import, is the record’s alone', () => {
    list({ ...NO_FILTER, fromYear: 1971, toYear: 1971, text: 'china' }, null);
    expect(countStatus()).toHaveTextContent(/^\d+ of 6,203 votes match\.$/);
    expect(screen.queryByText(/Imported file only/)).toBeNull();
    expect(screen.getByRole('spinbutton', { name: 'From year' })).not.toHaveAttribute('aria-invalid');
  });

  it('says when a range of years is the wrong way round, and marks both boxes', () => {
    list({ ...NO_FILTER, fromYear: 1990, toYear: 1985 }, null);
    expect(countStatus()).toHaveTextContent(/^0 of 6,203 votes match\.$/);
    const note = screen.getByText('From 1990 to 1985 is the wrong way round: no year is in between.');
    expect(note).toHaveAttribute('role', 'status');
    for (const name of ['From year', 'To year']) {
      const box = screen.getByRole('spinbutton', { name });
      expect(box).toHaveAttribute('aria-invalid', 'true');
      expect(box).toHaveAccessibleDescription(note.textContent!);
    }
  });
});
