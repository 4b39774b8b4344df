import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coverageMarkdown } from '../src/domain/coverage';
import { loadDatasetText } from '../src/domain/load';
import { DEFAULT_DATASET } from './dataset-file';

describe('coverage', () => {
  const result = loadDatasetText(readFileSync(DEFAULT_DATASET, 'utf8'));
  if (!result.ok) throw new Error('the bundled dataset must load');
  const table = coverageMarkdown(result.dataset);

  it('counts reported, not reported, implied and disputed positions per decision', () => {
    expect(table).toContain('| 1 | ga-l10 | A/RES/ES-11/7 | GA | 93–18–65 | 193 | 128 | 63 | 63 | 2 |');
    expect(table).toContain('| 9 | sc-am-sovereignty | — | SC | 9–?–? | 15 | 1 | 14 | 0 | 0 |');
    expect(table).toContain('| 12 | sc-s2025-112 | S/RES/2774 (2025) | SC | 10–0–5 | 15 | 15 | 0 | 0 | 0 |');
  });

  it('is the table data/README.md shows', () => {
    const readme = readFileSync(new URL('../data/README.md', import.meta.url), 'utf8');
    expect(readme).toContain(table);
  });
});
