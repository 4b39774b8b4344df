import { render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TallyBar } from './TallyBar';

const segments = [
  { key: 'Y' as const, count: 93 },
  { key: 'N' as const, count: 18 },
  { key: 'A' as const, count: 65 },
  { key: 'X' as const, count: 0 },
  { key: 'notRecorded' as const, count: 17 },
];
const caption = '93 in favour, 18 against, 65 abstentions, 17 not recorded (of 193 members).';

describe('TallyBar', () => {
  it('draws a part per position with a count, to scale, in the order of the legend', () => {
    const { container } = render(<TallyBar segments={segments} total={193} caption={caption} height={28} />);
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.getAttribute('height')).toBe('28');
    const parts = [...svg.querySelectorAll('rect.tally-part')].map((r) => [
      r.getAttribute('x'),
      r.getAttribute('width'),
    ]);
    expect(parts).toEqual([
      ['0%', '48.187%'],
      ['48.187%', '9.326%'],
      ['57.513%', '33.679%'],
      ['91.192%', '8.808%'],
    ]);
    // Counts inside the parts wide enough for them (over 6% of the body).
    expect([...svg.querySelectorAll('text')].map((t) => [t.textContent, t.getAttribute('x')])).toEqual([
      ['93', '24.093%'],
      ['18', '52.85%'],
      ['65', '74.352%'],
      ['17', '95.596%'],
    ]);
  });

  it('hatches the part no recorded count accounts for, with a pattern of its own', () => {
    const { container } = render(
      <>
        <TallyBar segments={segments} total={193} caption={caption} />
        <TallyBar segments={segments} total={193} caption={caption} />
      </>,
    );
    const [first, second] = [...container.querySelectorAll('svg')].map((svg) => {
      const pattern = svg.querySelector('pattern')!.id;
      expect(svg.querySelector('rect.tally-part-notRecorded')!.getAttribute('fill')).toBe(`url(#${pattern})`);
      return pattern;
    });
    expect(first).not.toBe(second);
    expect(first).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('says the tally in its caption and legend, as shares where asked', () => {
    render(<TallyBar segments={segments} total={193} caption={caption} asShare />);
    const figure = screen.getByText(caption).closest('figure')!;
    const legend = within(figure).getByRole('list', { name: 'Recorded tally' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['✓Yes 48.2%', '✗No 9.3%', '–Abstain 33.7%', 'Not recorded 8.8%']);
    expect(figure.querySelector('svg text')!.textContent).toBe('48.2%');
  });

  it('renders on the server as in the browser, with no inline style', () => {
    const html = renderToString(<TallyBar segments={segments} total={193} caption={caption} height={28} />);
    expect(html).toContain('<svg class="tally-bar" width="100%" height="28" aria-hidden="true">');
    expect(html).not.toMatch(/style=/);
  });

  it('offers the bar as PNG and SVG where it is given a picture, and nothing else without one', () => {
    const picture = { fileName: 'x-tally', title: 'X: the tally', source: 'Source: a test', date: '1 Jan 2025' };
    const { rerender } = render(<TallyBar segments={segments} total={193} caption={caption} />);
    expect(screen.queryAllByRole('button')).toEqual([]);
    rerender(<TallyBar segments={segments} total={193} caption={caption} picture={picture} />);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      '⬇ Download PNG of the tally',
      '⬇ Download SVG of the tally',
    ]);
    expect(screen.getByRole('button', { name: 'Download PNG of the tally' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Download SVG of the tally' })).toBeEnabled();
  });
});
