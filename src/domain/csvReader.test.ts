import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, createCsvReader, readCsv } from './csvReader';
import { csvLine } from './csv';

const fieldsOf = (text: string) => readCsv(text).map((r) => r.fields);

/** Reads `text` pushed in the given pieces. */
function readInPieces(pieces: string[]) {
  const records: { fields: string[]; line: number }[] = [];
  const reader = createCsvReader((fields, line) => records.push({ fields, line }));
  for (const piece of pieces) reader.push(piece);
  reader.end();
  return records;
}

describe('readCsv', () => {
  it('reads plain fields and keeps every value as text: NA is Namibia, not a missing value', () => {
    expect(fieldsOf('rcid,country,country_code,vote\n3,Namibia,NA,yes\n4,,,no\n')).toEqual([
      ['rcid', 'country', 'country_code', 'vote'],
      ['3', 'Namibia', 'NA', 'yes'],
      ['4', '', '', 'no'],
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(fieldsOf('a,"b, c","say ""no""","two\nlines"\n')).toEqual([['a', 'b, c', 'say "no"', 'two\nlines']]);
  });

  it('reads a quoted field that ends in doubled quotes, and stray backslashes as text', () => {
    // The shape of roll call 5's description in the record.
    expect(fieldsOf('5,"VOTING\\\\, VOTE.\\"""""\n')).toEqual([['5', 'VOTING\\\\, VOTE.\\""']]);
  });

  it('reads empty quoted fields and a trailing empty field', () => {
    expect(fieldsOf('"",x,\n')).toEqual([['', 'x', '']]);
    expect(fieldsOf('a,')).toEqual([['a', '']]);
  });

  it('accepts LF, CRLF and CR line ends, and a last line without one', () => {
    expect(fieldsOf('a,b\r\nc,d\re,f\ng,h')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
  });

  it('drops a byte-order mark at the start only', () => {
    expect(fieldsOf('\uFEFFa,b\n')).toEqual([['a', 'b']]);
    expect(fieldsOf('a,\uFEFFb\n')).toEqual([['a', '\uFEFFb']]);
  });

  it('gives an empty line as one empty field', () => {
    expect(fieldsOf('a\n\nb\n')).toEqual([['a'], [''], ['b']]);
  });

  it('numbers each record by the line it starts on, counting line breaks inside quoted fields', () => {
    const records = readCsv('h1,h2\n"x\r\ny\nz",1\r\nlast,2\n');
    expect(records.map((r) => r.line)).toEqual([1, 2, 5]);
  });

  it('rejects a quote inside an unquoted field, with its line', () => {
    expect(() => readCsv('a,b\nc,d"e\n')).toThrow(CsvSyntaxError);
    expect(() => readCsv('a,b\nc,d"e\n')).toThrow(/^line 2: a quotation mark inside a field/);
  });

  it('rejects text after a closing quote, with its line', () => {
    expect(() => readCsv('a\n"b"c\n')).toThrow(/^line 2: text after the closing quotation mark/);
  });

  it('rejects a quoted field left open at the end (a truncated file), naming the line it opened on', () => {
    let error: unknown;
    try {
      readCsv('a,b\n1,"unfinished\nstill');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CsvSyntaxError);
    expect((error as CsvSyntaxError).line).toBe(2);
    expect((error as CsvSyntaxError).reason).toMatch(/not closed.*truncated/);
  });
});

describe('reading in chunks', () => {
  const text = 'h,"q"\r\n"a ""b"", c",\r\n"x\r\ny",NA\r\n';

  it('gives the same records and lines wherever the text is cut, also between a CR and its LF', () => {
    const whole = readCsv(text);
    for (let cut = 0; cut <= text.length; cut++) {
      expect(readInPieces([text.slice(0, cut), text.slice(cut)])).toEqual(whole);
    }
    expect(readInPieces([...text])).toEqual(whole);
  });

  it('gives the same records for any split of any CSV text (property)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'Z', ',', '"', '\n', '\r', ' ', 'é', 'N', 'A'), maxLength: 6 });
    const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(rows, fc.array(fc.nat(), { maxLength: 4 }), fc.constantFrom('\n', '\r\n'), (table, cuts, eol) => {
        const csv = table.map((row) => row.map(quoteAlways).join(',')).join(eol) + eol;
        const points = [...new Set(cuts.map((c) => c % (csv.length + 1)))].sort((a, b) => a - b);
        const pieces = [0, ...points].map((p, i, all) => csv.slice(p, all[i + 1] ?? csv.length));
        const read = readInPieces(pieces).map((r) => r.fields);
        expect(read).toEqual(table);
      }),
      { numRuns: 300 },
    );
  });
});

/** Quotes every field, so any text survives. */
function quoteAlways(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

describe('agreement with csv-parse', () => {
  it('reads what the project writes (src/domain/csv.ts) back to the same fields', () => {
    const rows = [
      ['Korea, Republic of', 'said "no"', 'two\r\nlines', 'NA', ''],
      ['plain', '=1+1', "'", ',', '"'],
    ];
    const text = rows.map((r) => csvLine(r)).join('\r\n') + '\r\n';
    expect(fieldsOf(text)).toEqual(parse(text, { relax_column_count: true }));
  });

  it('reads the record’s roll calls and topics exactly as csv-parse does', () => {
    for (const file of ['un_roll_calls.csv.gz', 'un_roll_call_issues.csv.gz']) {
      const text = gunzipSync(readFileSync(new URL(`../../data/history/source/${file}`, import.meta.url))).toString(
        'utf8',
      );
      const oracle = parse(text) as string[][];
      expect(fieldsOf(text)).toEqual(oracle);
    }
  });
});
