import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../domain/model';
import { summarize } from '../../domain/summary';
import { bundledDataset, decisionOf, mutatedFile, recordOf } from '../../../test/dataset';
import { ResultPanel } from './ResultPanel';

/** The result panel of one decision of a dataset, as its lines of text. */
function resultOf(dataset: ReturnType<typeof bundledDataset>, id: string) {
  render(<ResultPanel dataset={dataset} summary={summarize(dataset, decisionOf(dataset, id))} fileKey={id} />);
  const panel = screen.getByRole('region', { name: 'Result' });
  return [...panel.querySelectorAll('p')].map((p) => p.textContent);
}

describe('the result of a decision', () => {
  it('offers its share card as PNG and SVG, named by its symbol', () => {
    resultOf(bundledDataset(), 'sc-am-just-peace');
    const panel = screen.getByRole('region', { name: 'Result' });
    const buttons = [...panel.querySelectorAll('button')].map((b) => b.textContent);
    expect(buttons).toHaveLength(2);
    expect(screen.getByRole('button', { name: /^Share card \(PNG\) of European amendment/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Share card \(SVG\) of European amendment/ })).toBeInTheDocument();
  });

  it('gives the outcome, its reason and the rule, and says the tally bears it out', () => {
    expect(resultOf(bundledDataset(), 'sc-am-just-peace')).toEqual([
      'Vetoed by the Russian Federation (11 in favour)',
      '11 in favour, but the Russian Federation, a permanent member, voted against.',
      'Rule: Security Council: adopted with nine votes in favour and no negative vote of a permanent member (a veto); an abstention is not a veto.',
      'The recorded outcome follows from the recorded tally under this rule.',
    ]);
  });

  it('says where no tally is recorded to check the outcome against', () => {
    const lines = resultOf(bundledDataset(), 'ga-l11-am-invasion');
    expect(lines.slice(0, 2)).toEqual(['Adopted', 'No tally is recorded.']);
    expect(lines.at(-1)).toBe('The outcome is as recorded; no tally is recorded to check it against.');
  });

  it.each([
    ['the count against', 'ga-l11-am-rus', { yes: 31, no: null, abstain: null, nonVoting: null }, 'the number against'],
    [
      'the permanent members’ positions',
      'sc-am-invasion',
      { yes: 10, no: 1, abstain: 4, nonVoting: null },
      "every permanent member's position (a negative vote would be a veto)",
    ],
  ])('says what the tally lacks for the check: %s', (_, id, tally, missing) => {
    const dataset = buildDataset(
      mutatedFile((d) => {
        recordOf(d, id).tally[0].value = tally;
      }),
    );
    expect(resultOf(dataset, id).at(-1)).toBe(
      `The outcome is as recorded; it cannot be checked against the tally without ${missing}.`,
    );
  });

  it('a count the tally does not record says so, with the states the sources report with that position', () => {
    resultOf(bundledDataset(), 'sc-am-sovereignty');
    const counts = (name: string) => screen.getByText(name, { selector: 'dt' }).parentElement!;
    expect(counts('Yes')).toHaveTextContent(/^Yes9$/);
    expect(counts('No')).toHaveTextContent(/^No—not recorded; 1 reported$/);
    expect(counts('Abstain')).toHaveTextContent(/^Abstain—not recorded$/);
  });
});
