import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import file from '../../data/un-votes-2025-02-24.json';
import { loadDataset } from '../domain/load';
import type { Citation } from '../domain/schema';
import { Citations } from './Citations';

const loaded = loadDataset(file);
if (!loaded.ok) throw new Error('the bundled dataset must load');
const dataset = loaded.dataset;

function renderCitations(citations: Citation[]) {
  render(<Citations citations={citations} sources={dataset.sources} sourceIndex={dataset.sourceIndex} />);
  return screen.getAllByRole('listitem');
}

describe('Citations', () => {
  it('shows an article kept as a file by its publisher, title, byline and date, not by its file', () => {
    const [item] = renderCitations([{ source: 'WSJ', quote: 'The U.S. secured 10 votes' }]);
    expect(item).toHaveTextContent(
      'The U.S. secured 10 votes [WSJ] The Wall Street Journal, “U.S. Wins Backing for U.N. Resolution on Ukraine War That Doesn’t Blame Russia”, by Laurence Norman, Annie Linskey and Jane Lytvynenko, 2025-02-25',
    );
    expect(item.textContent).not.toMatch(/\.txt|articles\//);
    expect(within(item).queryByRole('link')).toBeNull();
  });

  it('says plainly that the article with no publisher in its text has none named, and no date', () => {
    const [item] = renderCitations([{ source: '004_812b4f9640c4c67a', quote: 'A third amendment' }]);
    expect(item).toHaveTextContent('Publisher not named in the text');
    expect(item).toHaveTextContent('(description, not its own title), date not recorded');
    expect(item.textContent).not.toMatch(/\.txt|articles\//);
  });

  it('links a web source by its title to its public address', () => {
    const [item] = renderCitations([{ source: 'PR-SC', quote: 'Security Council adopts resolution 2774 (2025)' }]);
    const link = within(item).getByRole('link', {
      name: '“With 10 votes in favour, 5 abstentions, Security Council adopts resolution 2774 (2025)”',
    });
    expect(link.getAttribute('href')).toMatch(/^https:\/\/alliansfriheten\.se\//);
    expect(item).toHaveTextContent('United Nations (copy at alliansfriheten.se)');
    expect(item).not.toHaveTextContent('description');
  });

  it('says of a title read from an address that it is a description, not the page’s title', () => {
    const [item] = renderCitations([{ source: 'AP-KASU', quote: 'The vote was 93-18 with 65 abstentions' }]);
    const link = within(item).getByRole('link', {
      name: "U.S. votes against a U.N. resolution urging Russia's withdrawal from Ukraine",
    });
    expect(link).toHaveAttribute('href', expect.stringContaining('kasu.org'));
    expect(item).toHaveTextContent('(description, not its own title), 2025-02-24');
  });

  it('shows a source key it does not know as it is', () => {
    const [item] = renderCitations([{ source: 'NOPE', quote: 'words' }]);
    expect(item).toHaveTextContent('words NOPE');
  });

  it('never shows a file path for any citation of the dataset, and links every source with an address', () => {
    const all = dataset.decisions.flatMap((d) => [
      ...d.record.title.citations,
      ...d.record.date.citations,
      ...d.record.sponsors.flatMap((s) => s.citations),
      ...d.record.tally.flatMap((t) => t.citations),
      ...d.record.outcome.flatMap((o) => o.citations),
      ...d.record.positionLists.flatMap((l) => l.citations),
    ]);
    const items = renderCitations(all);
    expect(items).toHaveLength(all.length);
    const files = dataset.sources.flatMap((s) => [s.file, s.quotesFrom]).filter((f) => f !== undefined);
    expect(files.length).toBeGreaterThan(0);
    for (const item of items) for (const f of files) expect(item.textContent).not.toContain(f);
    const withAddress = new Set(dataset.sources.filter((s) => s.url).map((s) => s.key));
    items.forEach((item, i) => {
      expect(within(item).queryAllByRole('link')).toHaveLength(withAddress.has(all[i].source) ? 1 : 0);
    });
  });
});
