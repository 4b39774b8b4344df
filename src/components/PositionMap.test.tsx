import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CODE } from '../domain/model';
import { LazyPositionMap } from './LazyPositionMap';
import PositionMap from './PositionMap';
import type { MapMember, PositionMapProps } from './positionMapTypes';

const MEMBERS: MapMember[] = [
  { key: 'FRA', name: 'France', code: CODE.Y },
  { key: 'DEU', name: 'Germany', code: CODE.N },
  { key: 'ESP', name: 'Spain', code: CODE.A },
  { key: 'ITA', name: 'Italy', code: 0 },
  { key: 'MLT', name: 'Malta', code: CODE.Y },
  { key: 'LUX', name: 'Luxembourg', code: CODE.disputed },
  { key: 'SUN', name: 'Union of Soviet Socialist Republics', code: CODE.N },
  { key: 'CSK', name: 'Czechoslovakia', code: CODE.A },
];

const props = (over: Partial<PositionMapProps> = {}): PositionMapProps => ({
  members: MEMBERS,
  noneMeans: 'absent',
  caption: 'The 8 members at 1 Jan 1970 on today’s map.',
  otherLabel: 'Not a member at the date',
  alternative: 'The table below is the map’s table alternative.',
  hrefOf: (key) => `#/state/${key}`,
  ...over,
});

describe('PositionMap', () => {
  it('draws each member with a shape as a link named “State: position”, and greys the rest', () => {
    render(<PositionMap {...props()} />);
    const map = screen.getByRole('group', { name: 'World map of the positions' });
    const links = within(map).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('aria-label'))).toEqual([
      'France: Yes',
      'Germany: No',
      'Italy: Absent or not voting',
      'Luxembourg: Disputed',
      'Spain: Abstain',
      'Union of Soviet Socialist Republics: No',
    ]);
    // Malta has no shape in the atlas: it is not drawn, and not a link on the map.
    expect(within(map).queryByRole('link', { name: /^Malta/ })).toBeNull();
    expect(within(map).getByRole('link', { name: 'France: Yes' })).toHaveAttribute('href', '#/state/FRA');
    // Every other country of the atlas is drawn, greyed, and no link.
    expect(map.querySelectorAll('.map-others path').length).toBeGreaterThan(150);
  });

  it('lists the states with no shape or too small to find, and the former states, with their positions', () => {
    render(<PositionMap {...props()} />);
    const list = screen.getByRole('region', { name: /Not on the map, or too small to find on it \(4\)/ });
    // Each with its position's mark (hidden from screen readers, which have the word) and the word.
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      '–Czechoslovakia: Abstain (former state, no shape today)',
      'Luxembourg: Disputed',
      '✓Malta: Yes',
      '✗Union of Soviet Socialist Republics: No (former state, shown on today’s Russia)',
    ]);
    expect(within(list).getByRole('link', { name: 'Czechoslovakia' })).toHaveAttribute('href', '#/state/CSK');
  });

  it('keys every mark with its count, and names the kind of no position the dataset has', () => {
    const { unmount } = render(<PositionMap {...props()} />);
    const key = () =>
      within(screen.getByRole('list', { name: 'Map key' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent);
    expect(key()).toEqual([
      'Yes 2',
      'No 2',
      'Abstain 2',
      'Disputed 1',
      'Absent or not voting 1',
      'Not a member at the date',
    ]);
    unmount();
    render(<PositionMap {...props({ noneMeans: 'notReported', otherLabel: 'Not on the Council' })} />);
    expect(key()).toContain('Not reported 1');
    expect(key()).toContain('Not on the Council');
    expect(screen.getByRole('link', { name: 'Italy: Not reported' })).toBeInTheDocument();
  });

  it('shows a state and its position when pointed at', () => {
    render(<PositionMap {...props()} />);
    expect(screen.queryByRole('tooltip')).toBeNull();
    fireEvent.pointerEnter(screen.getByRole('link', { name: 'Spain: Abstain' }));
    expect(screen.getByRole('tooltip')).toHaveTextContent('Spain: Abstain');
    fireEvent.pointerLeave(screen.getByRole('group', { name: 'World map of the positions' }).parentElement!);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('is one Tab stop: the arrow keys move between countries, focus shows the tooltip', async () => {
    const user = userEvent.setup();
    render(<PositionMap {...props()} />);
    const map = screen.getByRole('group', { name: 'World map of the positions' });
    const focusable = within(map)
      .getAllByRole('link')
      .filter((a) => a.getAttribute('tabindex') === '0');
    expect(focusable.map((a) => a.getAttribute('aria-label'))).toEqual(['France: Yes']);
    await user.tab();
    expect(screen.getByRole('link', { name: 'France: Yes' })).toHaveFocus();
    expect(screen.getByRole('tooltip')).toHaveTextContent('France: Yes');
    // East of France: Germany (Luxembourg's centre is nearer, but also further north than the line east).
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement?.getAttribute('aria-label')).not.toBe('France: Yes');
    const moved = document.activeElement!.getAttribute('aria-label')!;
    expect(['Germany: No', 'Luxembourg: Disputed', 'Italy: Absent or not voting']).toContain(moved);
    expect(screen.getByRole('tooltip')).toHaveTextContent(moved);
    await user.keyboard('{ArrowLeft}');
    await user.keyboard('{Home}');
    expect(screen.getByRole('link', { name: 'France: Yes' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('link', { name: 'Union of Soviet Socialist Republics: No' })).toHaveFocus();
    // The Russian Federation's shape shows the USSR's position, and says so.
    expect(screen.getByRole('tooltip')).toHaveTextContent('shown on today’s Russia');
    // Still one Tab stop, now on the country reached.
    expect(
      within(map)
        .getAllByRole('link')
        .filter((a) => a.getAttribute('tabindex') === '0')
        .map((a) => a.getAttribute('aria-label')),
    ).toEqual(['Union of Soviet Socialist Republics: No']);
  });

  it('loads on its own, with a word while it comes', async () => {
    render(<LazyPositionMap {...props()} />);
    await act(async () => {});
    expect(await screen.findByRole('group', { name: 'World map of the positions' })).toBeInTheDocument();
  });
});
