import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../domain/model';
import { decisionOf, mutatedFile, recordOf } from '../../../test/dataset';
import { TallyCheckPanel } from './TallyCheckPanel';

/** The tally check of one decision of a file built without the integrity checks, which would reject it. */
function renderUnchecked(id: string, change: Parameters<typeof mutatedFile>[0]) {
  const dataset = buildDataset(mutatedFile(change));
  render(<TallyCheckPanel decision={decisionOf(dataset, id)} fileKey={id} />);
  const table = screen.getByRole('table', { name: /^Each position: the count the sources record/ });
  return (position: string) => {
    const row = within(table).getByRole('row', { name: new RegExp(`^${position} `) });
    return within(row)
      .getAllByRole('cell')
      .map((c) => c.textContent);
  };
}

describe('the tally check of a decision', () => {
  it('says disagrees where the recorded count differs from the complete list, within its disputed states or not', () => {
    const row = renderUnchecked('ga-l10', (d) => {
      recordOf(d, 'ga-l10').tally[0].value = { yes: 92, no: 18, abstain: 65, nonVoting: 18 };
    });
    expect(row('Yes')).toEqual([
      '92',
      '91',
      '2',
      'complete',
      'disagrees: the complete list of Y names 93 states, but the recorded tally is 92',
    ]);
    expect(row('No').at(-1)).toBe('agrees');
    expect(row('Non-voting').at(-1)).toBe('nothing to compare');
  });

  it('says agrees where the complete list names as many states as recorded', () => {
    const row = renderUnchecked('ga-l10', () => {});
    expect(row('Yes')).toEqual(['93', '91', '2', 'complete', 'agrees']);
  });
});
