import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dayBreakdown, groupBreakdown } from '../domain/groups';
import { CODE } from '../domain/model';
import { bundledDataset, decisionOf } from '../../test/dataset';
import { GroupBreakdown } from './GroupBreakdown';

const hrefOf = (key: string) => `#/state/${key}`;
const cells = (table: HTMLElement, group: string) =>
  within(within(table).getByRole('rowheader', { name: group }).closest('tr')!)
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('GroupBreakdown', () => {
  it('gives the counts of each group on A/RES/ES-11/7 in a table with a caption, and names who voted against their group', () => {
    const dataset = bundledDataset();
    const decision = decisionOf(dataset, 'ga-l10');
    render(
      <GroupBreakdown
        rows={dayBreakdown(dataset, decision)}
        noneMeans="notReported"
        date={decision.date}
        historical={false}
        decisionLabel="A/RES/ES-11/7"
        hrefOf={hrefOf}
        fileName="A-RES-ES-11-7-groups.csv"
        pictureSource="Source: a test"
      />,
    );
    const table = screen.getByRole('table', { name: /^Positions on A\/RES\/ES-11\/7 by regional group and in the EU/ });
    // Beside the table's CSV, the chart as PNG and SVG.
    expect(screen.getByRole('button', { name: 'Download the groups (CSV)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download PNG of the groups' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download SVG of the groups' })).toBeInTheDocument();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Group', 'Members', 'Yes', 'No', 'Abstain', 'Disputed', 'Not reported', 'Majority', 'Against it']);
    // Members, Y, N, A, disputed, not reported, majority, against.
    expect(cells(table, 'Western European and other')).toEqual(['29', '27', '2', '0', '0', '0', '✓ Yes', '2']);
    expect(cells(table, 'Eastern European')).toEqual(['23', '16', '3', '1', '0', '3', '✓ Yes', '4']);
    expect(cells(table, 'European Union')).toEqual(['27', '26', '1', '0', '0', '0', '✓ Yes', '1']);
    // Africa's majority stands on 11 to 8 with 30 positions not known.
    expect(cells(table, 'African')[6]).toBe('✓ Yes (not settled: the 30 not known could change it)');

    const against = screen.getByRole('heading', { name: /Against their group’s majority \(38\)/ });
    expect(against).toBeInTheDocument();
    const weog = screen.getByText('Western European and other States (majority Yes)').closest('div')!;
    expect(
      within(weog)
        .getAllByRole('link')
        .map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([
      ['Israel', '#/state/ISR'],
      ['United States of America', '#/state/USA'],
    ]);
    expect(screen.getByRole('button', { name: /Download the groups \(CSV\)/ })).toBeInTheDocument();
    expect(screen.queryByText(/counts in its regional group of today/)).not.toBeInTheDocument();
  });

  it('says, for a vote of the record, that a state counts in its group of today, and names absences as such', () => {
    const m = (key: string, code: number) => ({
      key,
      name: key,
      code,
      group: 'Eastern European States' as const,
      eu: false,
    });
    const rows = groupBreakdown([m('SUN', CODE.N), m('POL', CODE.N), m('CSK', CODE.Y), m('HUN', 0)], {
      noneIsUnknown: false,
      eu: false,
    });
    render(
      <GroupBreakdown
        rows={rows}
        noneMeans="absent"
        date="1950-01-05"
        historical
        decisionLabel="R/4/300"
        hrefOf={hrefOf}
        fileName="x.csv"
        pictureSource="Source: a test"
      />,
    );
    expect(screen.getByText(/A state counts in its regional group of today/)).toBeInTheDocument();
    expect(screen.getByText(/before then there is no EU row/)).toBeInTheDocument();
    const table = screen.getByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'Absent or not voting' })).toBeInTheDocument();
    expect(within(table).queryByRole('columnheader', { name: 'Disputed' })).not.toBeInTheDocument();
    expect(cells(table, 'Eastern European')).toEqual(['4', '1', '2', '0', '1', '✗ No', '1']);
    expect(cells(table, 'African')).toEqual(['0', '0', '0', '0', '0', 'no member', '—']);
    expect(screen.getByRole('link', { name: 'CSK' })).toHaveAttribute('href', '#/state/CSK');
  });
});
