/**
 * CSV reading (RFC 4180), incremental: text goes in as chunks of any size,
 * records come out with the line they start on. Every field stays the text
 * it is: nothing is turned into a number or a missing value (`NA` is
 * Namibia's code, not "not available").
 *
 * Accepted: fields quoted or not; in a quoted field commas, line breaks and
 * doubled quotes (`""` is one `"`); line ends LF, CRLF or CR; a UTF-8
 * byte-order mark at the very start (dropped). Rejected, with the line: a
 * quote inside an unquoted field, text after a closing quote, and a quoted
 * field still open at the end of the input.
 *
 * An empty line is a record of one empty field (`['']`); the reader of a
 * particular file decides whether that is an error.
 */

export class CsvSyntaxError extends Error {
  /** The 1-based line where the problem is. */
  readonly line: number;
  readonly reason: string;
  constructor(line: number, reason: string) {
    super(`line ${line}: ${reason}`);
    this.name = 'CsvSyntaxError';
    this.line = line;
    this.reason = reason;
  }
}

/** Called once per record: its fields and the 1-based line it starts on. */
export type CsvRecordHandler = (fields: string[], line: number) => void;

export interface CsvReader {
  /** Reads the next piece of text; records completed by it are handed out at once. */
  push(chunk: string): void;
  /** The input is over: hands out the last record (if the text does not end with a line break). */
  end(): void;
  /** The line the reader has reached (1-based). */
  readonly line: number;
}

const QUOTE = 34; // "
const COMMA = 44; // ,
const LF = 10;
const CR = 13;

// The reader's states.
/** At the start of a field (after a comma or a line break, or at the start of the input). */
const FIELD_START = 0;
/** Inside an unquoted field. */
const UNQUOTED = 1;
/** Inside a quoted field. */
const QUOTED = 2;
/** A quote seen inside a quoted field: either the first of a doubled quote or the closing one. */
const QUOTE_IN_QUOTED = 3;
/** After a closing quote: only a comma or a line break may follow. */
const AFTER_QUOTED = 4;
/** A CR seen at a record's end: an LF right after it belongs to the same line break. */
const AFTER_CR = 5;

/** A reader that hands each record to `onRecord` as soon as it is complete. */
export function createCsvReader(onRecord: CsvRecordHandler): CsvReader {
  let state = FIELD_START;
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;
  /** Whether the last character read inside a quoted field was a CR (so that an LF after it is the same line break). */
  let crInQuoted = false;
  let atStart = true;
  let ended = false;

  const endRecord = () => {
    fields.push(field);
    field = '';
    const record = fields;
    fields = [];
    onRecord(record, recordLine);
  };

  /** A line break ends the record; a CR may be followed by the LF of the same break. */
  const lineBreak = (c: number) => {
    endRecord();
    line++;
    if (c === CR) state = AFTER_CR;
    else {
      state = FIELD_START;
      recordLine = line;
    }
  };

  const push = (chunk: string) => {
    if (ended) throw new Error('CSV reader: push() after end()');
    let i = 0;
    const n = chunk.length;
    if (atStart && n > 0) {
      atStart = false;
      if (chunk.charCodeAt(0) === 0xfeff) i = 1;
    }
    // `start` marks the beginning of the part of `chunk` not yet copied into `field`.
    let start = i;
    for (; i < n; i++) {
      const c = chunk.charCodeAt(i);
      if (state === QUOTED) {
        if (c === QUOTE) {
          field += chunk.slice(start, i);
          state = QUOTE_IN_QUOTED;
          start = i + 1;
          crInQuoted = false;
        } else if (c === LF) {
          if (!crInQuoted) line++;
          crInQuoted = false;
        } else if (c === CR) {
          line++;
          crInQuoted = true;
        } else if (crInQuoted) {
          crInQuoted = false;
        }
      } else if (state === UNQUOTED) {
        if (c === COMMA) {
          fields.push(field + chunk.slice(start, i));
          field = '';
          state = FIELD_START;
          start = i + 1;
        } else if (c === LF || c === CR) {
          field += chunk.slice(start, i);
          lineBreak(c);
          start = i + 1;
        } else if (c === QUOTE) {
          throw new CsvSyntaxError(line, 'a quotation mark inside a field that does not start with one');
        }
      } else if (state === FIELD_START) {
        if (c === QUOTE) {
          state = QUOTED;
          quoteLine = line;
          start = i + 1;
        } else if (c === COMMA) {
          fields.push('');
          start = i + 1;
        } else if (c === LF || c === CR) {
          lineBreak(c);
          start = i + 1;
        } else {
          state = UNQUOTED;
          start = i;
        }
      } else if (state === QUOTE_IN_QUOTED) {
        if (c === QUOTE) {
          // A doubled quote: one quotation mark in the value; the field goes on.
          field += '"';
          state = QUOTED;
          start = i + 1;
        } else {
          // The quote closed the field: read this character again after it.
          state = AFTER_QUOTED;
          i--;
        }
      } else if (state === AFTER_QUOTED) {
        if (c === COMMA) {
          fields.push(field);
          field = '';
          state = FIELD_START;
          start = i + 1;
        } else if (c === LF || c === CR) {
          lineBreak(c);
          start = i + 1;
        } else {
          throw new CsvSyntaxError(line, 'text after the closing quotation mark of a field');
        }
      } else {
        // AFTER_CR
        state = FIELD_START;
        recordLine = line;
        if (c === LF) start = i + 1;
        else i--; // this character starts the next record: read it again
      }
    }
    // Keep what the chunk left of an open field.
    if (state === UNQUOTED || state === QUOTED) field += chunk.slice(start, n);
  };

  const end = () => {
    if (ended) return;
    ended = true;
    if (state === QUOTED) {
      throw new CsvSyntaxError(
        quoteLine,
        'a quoted field is not closed: the input ends inside it (is the file truncated?)',
      );
    }
    if (state === UNQUOTED || state === QUOTE_IN_QUOTED || state === AFTER_QUOTED) endRecord();
    // Text that ends with a comma has one more, empty, field.
    else if (state === FIELD_START && fields.length > 0) endRecord();
  };

  return {
    push,
    end,
    get line() {
      return line;
    },
  };
}

/** One record and the line it starts on. */
export interface CsvRecord {
  fields: string[];
  line: number;
}

/** Reads a whole text at once. `readCsv('a,b\n"x, y",NA\n')` → `[{fields: ['a','b'], line: 1}, {fields: ['x, y','NA'], line: 2}]`. */
export function readCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const reader = createCsvReader((fields, line) => records.push({ fields, line }));
  reader.push(text);
  reader.end();
  return records;
}
