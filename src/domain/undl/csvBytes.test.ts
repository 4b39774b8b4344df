import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, createCsvByteReader, fieldIs, rowTexts } from './csvBytes';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Reads bytes pushed in pieces cut at the given offsets; every row's texts, line and whether it ended in a line break. */
function read(bytes: Uint8Array, cuts: number[] = []) {
  const rows: { fields: string[]; line: number; terminated: boolean }[] = [];
  const reader = createCsvByteReader((row) =>
    rows.push({ fields: rowTexts(row), line: row.line, terminated: row.terminated }),
  );
  let at = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    if (cut <= at || cut >= bytes.length) continue;
    reader.push(bytes.subarray(at, cut));
    at = cut;
  }
  reader.push(bytes.subarray(at));
  reader.end();
  return rows;
}
const fieldsOf = (text: string, cuts?: number[]) => read(utf8(text), cuts).map((r) => r.fields);

/** Every way to cut a short text in two and in three. */
function everyCut(text: string, expected: string[][]) {
  const bytes = utf8(text);
  for (let i = 0; i <= bytes.length; i++) {
    expect(read(bytes, [i]).map((r) => r.fields)).toEqual(expected);
    for (let j = i + 1; j <= bytes.length; j++) expect(read(bytes, [i, j]).map((r) => r.fields)).toEqual(expected);
  }
}

describe('the byte CSV reader', () => {
  it('reads plain and quoted fields: commas, doubled quotes and line breaks in quotes', () => {
    expect(fieldsOf('a,"b, c","say ""no""","two\nlines"\n')).toEqual([['a', 'b, c', 'say "no"', 'two\nlines']]);
  });

  it('reads empty fields, empty quoted fields, a trailing empty field and an empty line', () => {
    expect(fieldsOf('"",x,\n')).toEqual([['', 'x', '']]);
    expect(fieldsOf('a,')).toEqual([['a', '']]);
    expect(fieldsOf('a\n\nb\n')).toEqual([['a'], [''], ['b']]);
    expect(fieldsOf('')).toEqual([]);
  });

  it('takes LF and CRLF line ends, and a CR alone as text', () => {
    expect(fieldsOf('a,b\r\nc,"d"\r\ne,f\ng,h')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
    expect(fieldsOf('a\rb,c\n')).toEqual([['a\rb', 'c']]);
  });

  it('drops a byte-order mark at the start only, also when it comes byte by byte', () => {
    expect(fieldsOf('\uFEFFa,b\n')).toEqual([['a', 'b']]);
    expect(fieldsOf('\uFEFFa,b\n', [1, 2, 3])).toEqual([['a', 'b']]);
    expect(fieldsOf('a,\uFEFFb\n')).toEqual([['a', '\uFEFFb']]);
    expect(fieldsOf('\uFEFF')).toEqual([]);
  });

  it('gives the same rows however the bytes are cut: inside a field, a quote pair, a CRLF or a character', () => {
    everyCut('x,"a ""b"", c"\r\n"é\r\n€",\r\n', [
      ['x', 'a "b", c'],
      ['é\r\n€', ''],
    ]);
  });

  it('tells the line each row starts on, counting line breaks inside quoted fields', () => {
    const rows = read(utf8('h1,h2\n"a\nb\r\nc",d\ne,f'));
    expect(rows.map((r) => [r.line, r.terminated])).toEqual([
      [1, true],
      [2, true],
      [5, false],
    ]);
  });

  it('rejects a quote inside an unquoted field and text after a closing quote, with the line', () => {
    expect(() => fieldsOf('a,b\nc,d"e\n')).toThrow(
      new CsvSyntaxError(2, 'a quotation mark inside a field that does not start with one'),
    );
    expect(() => fieldsOf('a\n"b"c\n')).toThrow(CsvSyntaxError);
    expect(() => fieldsOf('a\n"b"\rc\n')).toThrow(/line 2: text after the closing quotation mark/);
  });

  it('rejects input that ends inside a quoted field, naming the line where the field opened', () => {
    expect(() => fieldsOf('a,b\nc,"open\nstill open')).toThrow(
      new CsvSyntaxError(2, 'a quoted field is not closed: the input ends inside it (is the file truncated?)'),
    );
  });

  it('reads a quoted field far longer than a chunk, pushed a byte at a time, in linear time', () => {
    const long = 'x'.repeat(200_000);
    const bytes = utf8(`a,"${long}\n${long}"\nb,c\n`);
    const rows: string[][] = [];
    const reader = createCsvByteReader((row) => rows.push(rowTexts(row)));
    for (let i = 0; i < bytes.length; i += 7) reader.push(bytes.subarray(i, i + 7));
    reader.end();
    expect(rows).toEqual([
      ['a', `${long}\n${long}`],
      ['b', 'c'],
    ]);
  });

  it('compares a field with ASCII text without decoding it', () => {
    const seen: boolean[] = [];
    const reader = createCsvByteReader((row) =>
      seen.push(fieldIs(row, 0, 'True'), fieldIs(row, 1, 'True'), fieldIs(row, 2, 'True'), fieldIs(row, 3, 'True')),
    );
    reader.push(utf8('True,"True",False,Tru\n'));
    reader.end();
    expect(seen).toEqual([true, true, false, false]);
  });
});

// ------------------------------------------------------------ against papaparse

/** A field's text: commas, quotes, line breaks, spaces, non-ASCII characters, or nothing. */
const fieldArb = fc
  .array(fc.constantFrom('a', 'Z', '7', ' ', ',', '"', '\n', '\r\n', 'é', '€', '—', '.', '|', '-'), { maxLength: 8 })
  .map((parts) => parts.join(''));

const documentArb = fc.record({
  rows: fc.array(fc.array(fieldArb, { minLength: 1, maxLength: 6 }), { minLength: 0, maxLength: 12 }),
  /** Whether to quote a field that does not need it. */
  quoteAll: fc.boolean(),
  newline: fc.constantFrom('\n', '\r\n'),
  bom: fc.boolean(),
  trailingNewline: fc.boolean(),
  cuts: fc.array(fc.nat({ max: 400 }), { maxLength: 6 }),
});

function toCsv(doc: { rows: string[][]; quoteAll: boolean; newline: string; bom: boolean; trailingNewline: boolean }) {
  // A last row of one empty field cannot be told from no row without a final line break.
  const rows = [...doc.rows];
  while (!doc.trailingNewline && rows.length > 0 && rows.at(-1)!.length === 1 && rows.at(-1)![0] === '') rows.pop();
  const field = (f: string) => (doc.quoteAll || /[",\r\n]/.test(f) ? `"${f.replaceAll('"', '""')}"` : f);
  const body = rows.map((r) => r.map(field).join(',')).join(doc.newline);
  const text = (doc.bom ? '\uFEFF' : '') + body + (doc.trailingNewline && rows.length > 0 ? doc.newline : '');
  return { rows, text };
}

describe('the byte CSV reader against papaparse 5.7.1 on random CSV', () => {
  it('gives the same fields as papaparse, however the bytes are cut', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const { rows, text } = toCsv(doc);
        const papa = Papa.parse<string[]>(text, { delimiter: ',', newline: doc.newline as '\n' | '\r\n' });
        expect(papa.errors).toEqual([]);
        // papaparse gives a last empty row after a final line break.
        const expected = doc.trailingNewline && rows.length > 0 ? papa.data.slice(0, -1) : papa.data;
        expect(expected).toEqual(rows);
        expect(fieldsOf(text, doc.cuts)).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('counts lines as an editor does: one more per LF, inside quoted fields too', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const { text } = toCsv(doc);
        let line = 1;
        for (const row of read(utf8(text), doc.cuts)) {
          expect(row.line).toBe(line);
          line += (row.fields.join('').match(/\n/g) ?? []).length + 1;
        }
      }),
      { numRuns: 300 },
    );
  });
});
