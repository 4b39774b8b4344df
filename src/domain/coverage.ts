/**
 * How much of each decision the sources cover: positions reported, not
 * reported (and of those, implied), disputed. The table in data/README.md is
 * this function's output, checked by a test.
 */
import type { Dataset } from './model';
import { CODE, symbolOf } from './model';
import { deriveTally, formatTally } from './tally';

export interface Coverage {
  id: string;
  /** The document symbol; null where none is recorded. */
  symbol: string | null;
  body: string;
  eligible: number;
  reported: number;
  notReported: number;
  implied: number;
  disputed: number;
  tally: string;
}

export function coverage(dataset: Dataset): Coverage[] {
  return dataset.decisions.map((d) => {
    const t = deriveTally(d.positions);
    const implied = d.implied ? d.positions.filter((c) => c === CODE.notReported).length : 0;
    return {
      id: d.id,
      symbol: symbolOf(d),
      body: d.body,
      eligible: t.eligible,
      reported: t.Y + t.N + t.A + t.X,
      notReported: t.notReported,
      implied,
      disputed: t.disputed,
      tally: d.record.tally.map((c) => formatTally(c.value)).join(' or ') || 'not recorded',
    };
  });
}

/** The coverage as a Markdown table. */
export function coverageMarkdown(dataset: Dataset): string {
  const lines = [
    '| # | decision | symbol | body | recorded tally (Y–N–A) | members | reported | not reported | of which implied | disputed |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...coverage(dataset).map(
      (c, i) =>
        `| ${i + 1} | ${c.id} | ${c.symbol ?? '—'} | ${c.body} | ${c.tally} | ${c.eligible} | ${c.reported} | ${c.notReported} | ${c.implied} | ${c.disputed} |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}
