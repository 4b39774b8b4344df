import { describe, expect, it } from 'vitest';
import text from '../data/un-votes-2025-02-24.json?raw';
import { renderOverview } from './prerender';

describe('the overview rendered ahead of time', () => {
  it('is the app at the overview, with a tally bar per decision and no inline style', () => {
    const { markup } = renderOverview(text, 'un-votes.json');
    const page = document.createElement('div');
    page.innerHTML = markup;
    expect(page.querySelector('h1')!.textContent).toBe('UN votes of 24 February 2025 on the war in Ukraine');
    expect(page.querySelector('nav [aria-current="page"]')!.textContent).toBe('Overview');
    expect(page.querySelectorAll('article svg.tally-bar')).toHaveLength(12);
    expect(page.querySelector('[role="status"]')).toBeNull();
    // The policy of the built page (style-src 'self') drops inline styles.
    expect(markup).not.toMatch(/style=/);
  });

  it('says whether the model built unchecked is the checked one: for the bundled day it is', () => {
    expect(renderOverview(text, 'un-votes.json').sameUnchecked).toBe(true);
  });

  it('stops at a dataset that does not validate, naming the file and each problem', () => {
    const broken = text.replace('"position": "Y"', '"position": "maybe"');
    expect(broken).not.toBe(text);
    expect(() => renderOverview(broken, 'un-votes.json')).toThrow(
      /^un-votes\.json is not valid, so no overview can be built into index\.html:\n {2}decisions\[\d+\]\.positionLists\[\d+\]\.position: /,
    );
  });
});
