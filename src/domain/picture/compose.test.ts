import { describe, expect, it } from 'vitest';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  PICTURE_WIDTH,
  barRows,
  composePicture,
  composeShareCard,
  escapeXml,
  matrix,
  stackedBar,
  textWidth,
  wrapText,
} from './compose';

const body = { markup: '<rect class="chart-shape" width="100" height="50" fill="#009E73"/>', width: 100, height: 50 };
const input = {
  title: 'A/RES/ES-11/7: the tally',
  source: 'Source: UN Digital Library; compiled by the tracker',
  date: '24 Feb 2025',
  body,
  key: [
    { label: 'Yes', fill: '#009E73', mark: '✓', value: '93' },
    { label: 'Not recorded', fill: '#D9D9D9', hatch: true, value: '17' },
  ],
};

/** The texts of every <text> element, tags inside them dropped. */
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) => m[1].replace(/<[^>]+>/g, ''));

describe('escapeXml', () => {
  it('escapes what would break the markup', () => {
    expect(escapeXml(`a < b & "c" 'd' > e`)).toBe('a &lt; b &amp; &quot;c&quot; &#39;d&#39; &gt; e');
  });
});

describe('wrapText', () => {
  it('breaks at spaces so that no line is wider than asked', () => {
    const text = 'Territorial integrity of Ukraine: advancing a comprehensive, just and lasting peace in Ukraine';
    const lines = wrapText(text, 300, 20);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(textWidth(line, 20)).toBeLessThanOrEqual(300);
  });
  it('keeps a short text on one line', () => {
    expect(wrapText('Yes', 300, 20)).toEqual(['Yes']);
  });
  it('cuts a word longer than a line', () => {
    const lines = wrapText('x'.repeat(40), 100, 20);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('x'.repeat(40));
  });
  it('puts a character wider than the line on a line of its own, and ends', () => {
    expect(wrapText('W', 1, 20)).toEqual(['W']);
    expect(wrapText('ab W', 1, 20)).toEqual(['a', 'b', 'W']);
  });
  it('ends the last allowed line in an ellipsis', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', 80, 20, false, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith('…')).toBe(true);
    expect(textWidth(lines[1], 20)).toBeLessThanOrEqual(80);
  });
});

describe('composePicture', () => {
  const picture = composePicture(input);
  it('is 1200 px wide, its height what it holds', () => {
    expect(picture.width).toBe(PICTURE_WIDTH);
    expect(picture.svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="(\d+)"/);
    // The body is scaled to 1120 wide: 560 high, with the title, key and footer around it.
    expect(picture.height).toBeGreaterThan(560 + 100);
    expect(picture.svg).toContain(`height="${picture.height}"`);
  });
  it('carries the title, the source line, the date and the key in words', () => {
    const t = texts(picture.svg);
    expect(t).toContain('A/RES/ES-11/7: the tally');
    expect(t).toContain('Source: UN Digital Library; compiled by the tracker');
    expect(t).toContain('24 Feb 2025');
    expect(t).toContain('Yes 93');
    expect(t).toContain('✓');
    expect(t).toContain('Not recorded 17');
    expect(picture.svg).toContain('<title>A/RES/ES-11/7: the tally</title>');
  });
  it('holds the chart in its own coordinates', () => {
    expect(picture.svg).toContain('viewBox="0 0 100 50"');
    expect(picture.svg).toContain('class="chart-shape"');
  });
  it('draws the hatch for a part with no recorded count', () => {
    expect(picture.svg).toContain('<pattern id="picture-hatch"');
    expect(picture.svg).toContain('fill="url(#picture-hatch)"');
  });
  it('escapes the words it is given and wraps a long title', () => {
    const p = composePicture({
      ...input,
      title: 'Positions of <script> & "friends" '.repeat(6),
      subtitle: 'Sub & title',
    });
    expect(p.svg).not.toContain('<script>');
    expect(p.svg).toContain('&lt;script&gt; &amp; &quot;friends&quot;');
    expect(p.svg).toContain('Sub &amp; title');
    expect(texts(p.svg).filter((t) => t.startsWith('Positions') || t.includes('friends')).length).toBeGreaterThan(1);
    expect(new DOMParserLike(p.svg).balanced()).toBe(true);
  });
  it('uses the system font stack', () => {
    expect(picture.svg).toMatch(/font-family="system-ui, [^"]*sans-serif"/);
  });
});

describe('stackedBar', () => {
  it('draws each part in proportion, its text where it fits', () => {
    const bar = stackedBar(
      [
        { count: 93, fill: '#009E73', text: '93' },
        { count: 18, fill: '#D55E00', text: '18' },
        { count: 1, fill: '#E69F00', text: '1' },
        { count: 0, fill: '#000', text: '0' },
      ],
      112,
      0,
      0,
      1120,
      40,
    );
    expect(bar.match(/<rect/g)).toHaveLength(3);
    expect(bar).toContain('width="930"');
    expect(bar).toContain('width="180"');
    expect(texts(bar)).toEqual(['93', '18']);
  });
});

describe('barRows and matrix', () => {
  it('draw a row per group, with its label and counts', () => {
    const b = barRows([
      { label: 'African', note: '(54)', parts: [{ count: 50, fill: '#009E73', text: '50' }], total: 54 },
      { label: 'EU', parts: [], total: 0, empty: 'no member' },
    ]);
    expect(b.width).toBe(1120);
    expect(texts(b.markup)).toEqual(['African', '(54)', '50', 'EU', 'no member']);
  });
  it('draw a cell per pair, with its figure', () => {
    const m = matrix(
      ['China', 'France'],
      [
        {
          label: 'China',
          cells: [
            { text: '—', fill: '#eee' },
            { text: '41%', fill: '#abc' },
          ],
        },
        {
          label: 'France',
          cells: [
            { text: '41%', fill: '#abc' },
            { text: '—', fill: '#eee' },
          ],
        },
      ],
    );
    expect(texts(m.markup)).toEqual(['China', 'France', 'China', '—', '41%', 'France', '41%', '—']);
    expect(m.markup.match(/<rect/g)).toHaveLength(4);
  });
});

describe('composeShareCard', () => {
  const card = composeShareCard({
    symbol: 'A/RES/ES-11/7',
    title: 'Advancing a comprehensive, just and lasting peace in Ukraine, '.repeat(4).trim(),
    facts: 'General Assembly · Resolution · 24 Feb 2025',
    outcome: 'Adopted',
    reason: 'Two thirds of those present and voting: 93 in favour, 18 against.',
    bar: {
      parts: [
        { count: 93, fill: '#009E73', text: '93' },
        { count: 18, fill: '#D55E00', text: '18' },
        { count: 65, fill: '#E69F00', text: '65' },
        { count: 17, fill: '#D9D9D9', hatch: true, text: '17' },
      ],
      total: 193,
    },
    key: [{ label: 'Yes', fill: '#009E73', mark: '✓', value: '93' }],
    source: 'Source: UN Digital Library; compiled by the tracker',
    date: '24 Feb 2025',
  });
  it('is 1200 × 630', () => {
    expect([card.width, card.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    expect(card.svg).toContain('width="1200" height="630"');
  });
  it('carries the symbol, title, facts, outcome, reason, tally, source and date', () => {
    const t = texts(card.svg);
    expect(t).toContain('A/RES/ES-11/7');
    expect(t).toContain('Adopted');
    expect(t).toContain('General Assembly · Resolution · 24 Feb 2025');
    expect(t).toContain('Two thirds of those present and voting: 93 in favour, 18 against.');
    expect(t).toEqual(expect.arrayContaining(['93', '18', '65', '17', 'Yes 93', '24 Feb 2025']));
    expect(t).toContain('Source: UN Digital Library; compiled by the tracker');
    // The title in two lines at most, the second ending in an ellipsis.
    const title = t.filter((x) => x.startsWith('Advancing') || x.endsWith('…'));
    expect(title).toHaveLength(2);
    expect(title[1].endsWith('…')).toBe(true);
  });
});

/** A check that every opened tag is closed: the composed SVG is well formed. */
class DOMParserLike {
  constructor(private readonly svg: string) {}
  balanced(): boolean {
    const stack: string[] = [];
    for (const m of this.svg.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
      const [, close, name, self] = m;
      if (self) continue;
      if (close) {
        if (stack.pop() !== name) return false;
      } else stack.push(name);
    }
    return stack.length === 0;
  }
}
