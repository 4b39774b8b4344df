import { describe, expect, it } from 'vitest';
import { bundledDataset, decisionOf } from '../../test/dataset';
import { NO_FILTERS, TABLE_COLUMNS, countRows, filterRows, fold, rowCells, stateRows } from './rows';

const dataset = bundledDataset();
const rows = stateRows(dataset, decisionOf(dataset, 'ga-l10'));

describe('stateRows', () => {
  it('has a row per eligible state, in name order', () => {
    expect(rows).toHaveLength(193);
    expect(rows[0].name).toBe('Afghanistan');
    expect(rows.map((r) => r.name)).toEqual([...rows.map((r) => r.name)].sort((a, b) => a.localeCompare(b, 'en')));
    expect(stateRows(dataset, decisionOf(dataset, 'sc-s2025-112'))).toHaveLength(15);
  });

  it('gives each row its position, status, implication and sources', () => {
    const byCode = (code: string) => rows.find((r) => r.code === code)!;
    expect(byCode('USA')).toMatchObject({ position: 'N', status: 'reported', implied: null });
    expect(byCode('EGY')).toMatchObject({ position: null, status: 'disputed', sources: 'Y: WIKI-ES11-7 | A: INDIATV' });
    expect(byCode('PAK')).toMatchObject({ position: null, status: 'not reported', implied: ['A', 'X'], sources: '' });
  });
});

describe('filterRows', () => {
  it.each([
    [{ position: 'N' as const }, 18],
    [{ position: 'A' as const }, 19],
    [{ position: 'disputed' as const }, 2],
    [{ position: 'not-reported' as const }, 63],
    [{ position: 'N' as const, group: 'African States' as const }, 8],
    [{ text: 'korea' }, 2],
    [{ text: 'turkiye' }, 1],
    [{ text: 'usa' }, 1],
  ])('%o → %i rows', (filters, count) => {
    expect(filterRows(rows, { ...NO_FILTERS, ...filters })).toHaveLength(count);
  });

  it('folds case and accents', () => {
    expect(fold("Côte d'Ivoire")).toBe("cote d'ivoire");
  });
});

describe('countRows and rowCells', () => {
  it('counts rows per position and status', () => {
    expect(countRows(rows)).toEqual({ Y: 91, N: 18, A: 19, X: 0, disputed: 2, 'not-reported': 63 });
  });

  it('writes the cells in the order of the columns', () => {
    const usa = rows.find((r) => r.code === 'USA')!;
    const cells = Object.fromEntries(TABLE_COLUMNS.map((c, i) => [c, rowCells(usa)[i]]));
    expect(cells).toEqual({
      ms_name: 'United States of America',
      ms_vote: 'N',
      status: 'reported',
      implied: '',
      regional_group: 'Western European and other States',
      ms_code: 'USA',
      sources: 'WIKI-ES11-7; UP-7499902; WSJ; ABC',
    });
  });
});
