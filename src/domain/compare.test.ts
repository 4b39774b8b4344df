import { describe, expect, it } from 'vitest';
import { bundledDataset, decisionOf } from '../../test/dataset';
import {
  adoptedOnlyByAssembly,
  amendmentPairs,
  councilCsv,
  orderInBody,
  councilRows,
  questionPairs,
  textPairs,
} from './compare';

const dataset = bundledDataset();
const pairs = questionPairs(dataset);

describe('questions in both bodies', () => {
  it('pairs each question with its decision in each body', () => {
    expect(pairs.map((p) => [p.question.id, p.ga?.id ?? null, p.sc?.id ?? null])).toEqual([
      ['us-text', 'ga-l11', 'sc-s2025-112'],
      ['ukraine-text', 'ga-l10', null],
      ['amendment-invasion', 'ga-l11-am-invasion', 'sc-am-invasion'],
      ['amendment-territorial-integrity', 'ga-l11-am-integrity', 'sc-am-sovereignty'],
      ['amendment-just-peace', 'ga-l11-am-just-peace', 'sc-am-just-peace'],
      ['amendment-root-causes', 'ga-l11-am-rus', 'sc-am-rus'],
    ]);
    expect(textPairs(pairs).map((p) => p.question.id)).toEqual(['us-text', 'ukraine-text']);
    expect(amendmentPairs(pairs)).toHaveLength(4);
  });

  it('finds the three European amendments the Assembly adopted and the Council did not', () => {
    expect(adoptedOnlyByAssembly(pairs).map((p) => p.sc?.id)).toEqual([
      'sc-am-invasion',
      'sc-am-sovereignty',
      'sc-am-just-peace',
    ]);
  });
});

describe('orderInBody', () => {
  it("numbers each body's votes in voting order, so that body and number are distinct across the day", () => {
    const keys = dataset.decisions.map((d) => [d.body, orderInBody(dataset, d)]);
    expect(keys).toEqual([
      ['GA', 1],
      ['GA', 2],
      ['GA', 3],
      ['GA', 4],
      ['GA', 5],
      ['GA', 6],
      ['SC', 1],
      ['SC', 2],
      ['SC', 3],
      ['SC', 4],
      ['SC', 5],
      ['SC', 6],
    ]);
    expect(orderInBody(dataset, decisionOf(dataset, 'ga-l10'))).toBe(1);
    expect(orderInBody(dataset, decisionOf(dataset, 'sc-s2025-112'))).toBe(6);
  });
});

describe('the Council members in both bodies', () => {
  const rows = councilRows(dataset);

  it('has the 15 members, permanent first', () => {
    expect(rows.map((r) => r.code)).toEqual([
      'CHN',
      'FRA',
      'RUS',
      'GBR',
      'USA',
      'DZA',
      'DNK',
      'GRC',
      'GUY',
      'PAK',
      'PAN',
      'KOR',
      'SLE',
      'SOM',
      'SVN',
    ]);
    expect(rows.filter((r) => r.permanent)).toHaveLength(5);
    expect(rows.every((r) => r.cells.length === dataset.decisions.length)).toBe(true);
  });

  it('marks who voted differently on the same question, where both positions are reported', () => {
    const differs = rows
      .filter((r) => r.differs.length > 0)
      .map((r) => [r.code, r.differs.map((d) => `${d.ga}/${d.sc}`)]);
    expect(differs).toEqual([
      ['RUS', ['N/Y']],
      ['USA', ['A/Y']],
    ]);
    const usa = rows.find((r) => r.code === 'USA')!;
    expect(usa.differs[0]).toMatchObject({ gaLabel: 'A/RES/ES-11/8', scLabel: 'S/RES/2774 (2025)' });
    // The mark belongs to the two cells compared, not to A/RES/ES-11/7 beside them.
    const marked = usa.cells.filter((c) => c.differs !== null).map((c) => c.decision.id);
    expect(marked).toEqual(['ga-l11', 'sc-s2025-112']);
  });

  it('writes a CSV row per member with a column per decision', () => {
    const { header, rows: csvRows } = councilCsv(dataset, rows);
    expect(header).toHaveLength(3 + dataset.decisions.length + 1);
    expect(header[3]).toBe('GA A/RES/ES-11/7');
    // A decision without a document symbol is headed by its title, never by its id.
    expect(header).toContain('SC Russian amendment: "ending the Ukrainian conflict by eliminating its root causes"');
    for (const d of dataset.decisions) expect(header.join('|')).not.toContain(d.id);
    const usa = csvRows.find((r) => r[0] === 'USA')!;
    expect(usa[3]).toBe('N');
    expect(usa[usa.length - 1]).toBe('A/RES/ES-11/8 A, S/RES/2774 (2025) Y');
    const pak = csvRows.find((r) => r[0] === 'PAK')!;
    expect(pak[3]).toBe('not reported');
  });
});
