/**
 * CSV writing: RFC 4180 (quoted where needed, quotes doubled, CRLF line ends),
 * UTF-8, a header row, and cells that a spreadsheet would run as a formula
 * neutralised with a leading apostrophe.
 */

export type Cell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** `neutralise('=1+1')` → `'=1+1`; `neutralise('Chad')` → `Chad`. */
export function neutralise(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One cell: `csvCell('Korea, Republic of')` → `"Korea, Republic of"`; null → empty. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = neutralise(String(value));
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly Cell[]): string {
  return cells.map(csvCell).join(',');
}

/**
 * A whole file: header, rows, every line ended by CRLF. `bom` adds the UTF-8 byte-order mark spreadsheets look for.
 * A text that comes again (a decision's title in each of its rows) is written once and then looked up.
 */
export function toCsv(
  header: readonly string[],
  rows: Iterable<readonly Cell[]>,
  options: { bom?: boolean } = {},
): string {
  const written = new Map<Cell, string>();
  const cell = (value: Cell): string => {
    let text = written.get(value);
    if (text === undefined) {
      text = csvCell(value);
      written.set(value, text);
    }
    return text;
  };
  const lines = [csvLine(header)];
  for (const row of rows) {
    let line = '';
    for (let i = 0; i < row.length; i++) line += i === 0 ? cell(row[i]) : `,${cell(row[i])}`;
    lines.push(line);
  }
  return `${options.bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
