import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../domain/rows';
import { bundledDataset, decisionOf } from '../../../test/dataset';
import { DecisionPage } from './DecisionPage';

const dataset = bundledDataset();

function headingsOf(id: string) {
  render(<DecisionPage dataset={dataset} decision={decisionOf(dataset, id)} filters={NO_FILTERS} sort={null} />);
  return screen.getAllByRole('heading').map((h) => h.textContent);
}

describe('the decision page', () => {
  it('puts its panels in order: result and tally, the map, the groups, the check, the states, the amendments, sponsors, sources, note', () => {
    expect(headingsOf('ga-l11')).toEqual([
      'A/RES/ES-11/8',
      'Result',
      'Tally',
      'Map of the positions',
      'By regional group',
      'Recorded tally and reported positions',
      'Positions by state',
      'Amendments voted on this draft',
      'Sponsors',
      'Sources of each fact',
      'Note',
    ]);
  });

  it('has no amendments panel where none was voted on the decision', () => {
    expect(headingsOf('ga-l10')).not.toContain('Amendments voted on this draft');
  });
});

describe("the decision page's header", () => {
  it('gives its place in the voting order of the day and its date as a reader writes it', () => {
    render(
      <DecisionPage dataset={dataset} decision={decisionOf(dataset, 'ga-l11')} filters={NO_FILTERS} sort={null} />,
    );
    const line = screen.getByText(/^General Assembly · Draft resolution/);
    expect(line).toHaveTextContent(/· vote 6 of 6 in the General Assembly · 24 Feb 2025 · 20th plenary/);
    expect(screen.getByText('24 Feb 2025')).toHaveAttribute('datetime', '2025-02-24');
  });
});
