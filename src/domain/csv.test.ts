import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell } from './csv';
import { csvCell, csvLine, neutralise, toCsv } from './csv';

/** How csv-parse reads our files back: every row as an array of strings, rows of any length. */
const readBack = (text: string, options: { bom?: boolean } = {}): string[][] =>
  parse(text, { relax_column_count: true, ...options }) as string[][];

describe('csvCell: RFC 4180 quoting', () => {
  it.each<[Cell, string]>([
    ['Chad', 'Chad'],
    ['', ''],
    [null, ''],
    [undefined, ''],
    [193, '193'],
    [0, '0'],
    ['Korea, Republic of', '"Korea, Republic of"'],
    ['The "path" to peace', '"The ""path"" to peace"'],
    ['"', '""""'],
    ['line one\nline two', '"line one\nline two"'],
    ['line one\r\nline two', '"line one\r\nline two"'],
    ['carriage\rreturn', '"carriage\rreturn"'],
    ["Côte d'Ivoire", "Côte d'Ivoire"],
    ['Türkiye', 'Türkiye'],
    ['Резолюция ES-11/8', 'Резолюция ES-11/8'],
    [' spaces kept ', ' spaces kept '],
    ['A/RES/ES-11/7', 'A/RES/ES-11/7'],
    ['Y: AP-DDN | A: UP-7499903, EUTODAY', '"Y: AP-DDN | A: UP-7499903, EUTODAY"'],
  ])('%j → %j', (value, text) => {
    expect(csvCell(value)).toBe(text);
  });
});

describe('formula injection', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTab', "'\tTab"],
    ['\rCR', "'\rCR"],
    ['=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'],
  ])('neutralise(%j) → %j', (value, text) => {
    expect(neutralise(value)).toBe(text);
  });

  it.each(['Chad', 'a=b', 'x-1', "'=already", ' =1', 'A/ES-11/L.10', '', '93–18–65'])('leaves %j alone', (value) => {
    expect(neutralise(value)).toBe(value);
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['=A1,B1', `"'=A1,B1"`],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['\rCR', `"'\rCR"`],
    ['-2', "'-2"],
  ])('csvCell neutralises before quoting: %j → %j', (value, text) => {
    expect(csvCell(value)).toBe(text);
  });
});

describe('csvLine and toCsv', () => {
  it('joins cells with commas', () => {
    expect(csvLine(['a', null, 'b, c', 3])).toBe('a,,"b, c",3');
    expect(csvLine([])).toBe('');
  });

  it('writes a header and rows, every line ended by CRLF', () => {
    expect(
      toCsv(
        ['ms_code', 'ms_name', 'ms_vote'],
        [
          ['KOR', 'Republic of Korea', 'Y'],
          ['USA', 'United States of America', null],
          ['XXX', 'Quote "this", please', '=cmd'],
        ],
      ),
    ).toBe(
      'ms_code,ms_name,ms_vote\r\n' +
        'KOR,Republic of Korea,Y\r\n' +
        'USA,United States of America,\r\n' +
        `XXX,"Quote ""this"", please",'=cmd\r\n`,
    );
  });

  it('writes only the header when there are no rows, and takes any iterable', () => {
    expect(toCsv(['a', 'b'], [])).toBe('a,b\r\n');
    function* rows() {
      yield ['1', '2'];
      yield ['3', '4'];
    }
    expect(toCsv(['a', 'b'], rows())).toBe('a,b\r\n1,2\r\n3,4\r\n');
  });

  it('adds the UTF-8 byte-order mark only when asked', () => {
    const withBom = toCsv(['name'], [['Türkiye']], { bom: true });
    expect(withBom.startsWith('\uFEFFname\r\n')).toBe(true);
    expect(withBom.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(withBom, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(toCsv(['name'], [['Türkiye']]).charCodeAt(0)).toBe('n'.charCodeAt(0));
    expect(toCsv(['name'], [['Türkiye']], { bom: false })).toBe('name\r\nTürkiye\r\n');
    expect(readBack(withBom, { bom: true })).toEqual([['name'], ['Türkiye']]);
  });
});

describe('round trip through csv-parse', () => {
  /** Characters that CSV and spreadsheets treat specially, mixed with unicode. */
  const tricky = fc.string({
    unit: fc.constantFrom(
      '"',
      ',',
      '\r',
      '\n',
      '\r\n',
      '=',
      '+',
      '-',
      '@',
      '\t',
      ' ',
      "'",
      'a',
      'é',
      'ß',
      '😀',
      '👩‍👩‍👧',
      'Я',
    ),
    maxLength: 12,
  });
  const cell = fc.oneof(
    tricky,
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: 'binary' }),
    fc.string({ unit: 'grapheme-ascii' }),
  );
  // A line with no cells and a line with one empty cell are the same text in CSV: rows have at least one cell.
  const row = fc.array(cell, { minLength: 1, maxLength: 6 });

  it('gives back the header and rows, each cell neutralised', () => {
    fc.assert(
      fc.property(row, fc.array(row, { maxLength: 12 }), (header, rows) => {
        const text = toCsv(header, rows);
        expect(text.endsWith('\r\n')).toBe(true);
        expect(readBack(text)).toEqual([header, ...rows].map((r) => r.map(neutralise)));
      }),
      { numRuns: 500 },
    );
  });

  it('gives back the same with the byte-order mark', () => {
    fc.assert(
      fc.property(row, fc.array(row, { maxLength: 5 }), (header, rows) => {
        const text = toCsv(header, rows, { bom: true });
        expect(text.charCodeAt(0)).toBe(0xfeff);
        expect(readBack(text, { bom: true })).toEqual([header, ...rows].map((r) => r.map(neutralise)));
      }),
      { numRuns: 200 },
    );
  });

  it('never lets a cell start a formula once read back', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 6 }), (rows) => {
        for (const r of readBack(toCsv(['h'], rows)).slice(1)) {
          for (const c of r) expect(c).not.toMatch(/^[=+\-@\t\r]/);
        }
      }),
    );
  });
});
