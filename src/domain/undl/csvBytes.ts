/**
 * CSV reading (RFC 4180) on bytes, incremental: UTF-8 bytes go in as chunks
 * of any size (a chunk may end in the middle of a field, a line break or a
 * character), rows come out as field offsets into the bytes, with the line
 * they start on. Nothing is decoded until a caller asks for a field's text
 * (`fieldText`), so a reader that needs three short fields of a row pays
 * for those only. The file is never held whole: the reader keeps the row it
 * is inside of, and the chunk at hand.
 *
 * Accepted: fields quoted or not; in a quoted field commas, line breaks and
 * doubled quotes (`""` is one `"`); line ends LF or CRLF; a UTF-8
 * byte-order mark at the very start (dropped). A CR not followed by LF is
 * text. Rejected with the line (`CsvSyntaxError`): a quote inside an unquoted
 * field, text after a closing quote, and a quoted field still open at the end
 * of the input. An empty line is a row of one empty field.
 *
 * Lines are counted by LF: a quoted line break in a field makes the next
 * row start on a later line, as an editor shows it.
 */
import { CsvSyntaxError } from '../csvReader';

export { CsvSyntaxError };

/**
 * One row, valid only while the handler runs: the offsets point into
 * `bytes`, which the reader reuses for the next rows.
 */
export interface CsvRow {
  bytes: Uint8Array;
  /** How many fields. */
  count: number;
  /** Field i is `bytes[start[i]] … bytes[end[i] - 1]`, without its quotes. */
  start: Int32Array;
  end: Int32Array;
  /** 1 where field i is quoted and holds a doubled quote (its text needs `""` → `"`). */
  escaped: Uint8Array;
  /** The 1-based line the row starts on. */
  line: number;
  /** False for a last row the input ends in without a line break. */
  terminated: boolean;
}

/** Called once per row. */
export type CsvRowHandler = (row: CsvRow) => void;

export interface CsvByteReader {
  /** Reads the next bytes; rows they complete are handed out at once. */
  push(chunk: Uint8Array): void;
  /** The input is over: hands out the last row if it has no line break; throws if a quoted field is open. */
  end(): void;
  /** Bytes pushed so far. */
  readonly bytes: number;
  /** The line the reader has reached (1-based). */
  readonly line: number;
}

const QUOTE = 34; // "
const COMMA = 44; // ,
const LF = 10;
const CR = 13;

// Where the scan stands between two chunks.
/** At the start of a field. */
const FIELD_START = 0;
/** Inside an unquoted field. */
const UNQUOTED = 1;
/** Inside a quoted field. */
const QUOTED = 2;
/** Just after a quote inside a quoted field: a doubled quote or the closing one. */
const QUOTE_SEEN = 3;

const MAX_FIELDS = 1 << 16;

/** 1 for the bytes that end an unquoted field or do not belong in one: comma, LF, quote. */
const SPECIAL = new Uint8Array(256);
SPECIAL[COMMA] = 1;
SPECIAL[LF] = 1;
SPECIAL[QUOTE] = 1;

/** A reader that hands each row to `onRow` as soon as it is complete. */
export function createCsvByteReader(onRow: CsvRowHandler): CsvByteReader {
  let buf = new Uint8Array(1 << 16);
  /** Bytes of `buf` in use. */
  let len = 0;
  /** Where the row being read starts in `buf`; what lies before it is done with. */
  let rowStart = 0;
  /** Where the scan goes on. */
  let pos = 0;
  let mode = FIELD_START;
  /** Fields of the row being read so far. */
  let count = 0;
  let starts = new Int32Array(64);
  let ends = new Int32Array(64);
  let escaped = new Uint8Array(64);
  /** Start of the field being read (inside the quotes for a quoted field). */
  let fieldStart = 0;
  let fieldEscaped = 0;
  /** The line at `pos`, and the line the row and an open quoted field start on. */
  let line = 1;
  let rowLine = 1;
  let quoteLine = 1;
  /** The first LF at or after `pos` in `buf` (`len` where there is none), or -1 when it is to be looked for again. */
  let nextLf = -1;
  let bomChecked = false;
  let total = 0;
  let ended = false;
  const row: CsvRow = {
    bytes: buf,
    count: 0,
    start: starts,
    end: ends,
    escaped,
    line: 1,
    terminated: true,
  };

  /** Room for one more field. */
  const grow = () => {
    if (starts.length >= MAX_FIELDS) throw new CsvSyntaxError(rowLine, `a row of more than ${MAX_FIELDS} fields`);
    const s = new Int32Array(starts.length * 2);
    s.set(starts);
    starts = s;
    const e = new Int32Array(ends.length * 2);
    e.set(ends);
    ends = e;
    const x = new Uint8Array(escaped.length * 2);
    x.set(escaped);
    escaped = x;
  };

  const addField = (start: number, end: number, isEscaped: number) => {
    if (count === starts.length) grow();
    starts[count] = start;
    ends[count] = end;
    escaped[count] = isEscaped;
    count++;
  };

  const emitRow = (terminated: boolean) => {
    row.bytes = buf;
    row.count = count;
    row.start = starts;
    row.end = ends;
    row.escaped = escaped;
    row.line = rowLine;
    row.terminated = terminated;
    count = 0;
    onRow(row);
  };

  /**
   * Reads `buf` from `pos` to `len`, handing out every complete row. The
   * reader's state is copied into local variables for the loop (a closure's
   * variables cost a memory access each) and written back when it stops or
   * hands out a row.
   */
  const scan = () => {
    const b = buf.subarray(0, len);
    const n = len;
    let p = pos;
    let m = mode;
    let fs = fieldStart;
    let fesc = fieldEscaped;
    let cnt = count;
    let ln = line;
    let nlf = nextLf;
    let st = starts;
    let en = ends;
    let es = escaped;
    /** Ends the row at `p` (after its line break), hands it out and starts the next. */
    const rowEnds = () => {
      count = cnt;
      emitRow(true);
      cnt = 0;
      ln++;
      rowLine = ln;
      rowStart = p;
      // The handler may have grown the arrays (not here) or thrown; the arrays stay the reader's.
      st = starts;
      en = ends;
      es = escaped;
    };
    for (;;) {
      if (m === FIELD_START) {
        if (p >= n) break;
        if (b[p] === QUOTE) {
          m = QUOTED;
          quoteLine = ln;
          fs = p + 1;
          fesc = 0;
          p++;
          continue;
        }
        fs = p;
        m = UNQUOTED;
      }
      if (m === UNQUOTED) {
        while (p < n && SPECIAL[b[p]] === 0) p++;
        if (p >= n) break;
        const c = b[p];
        if (c === QUOTE) throw new CsvSyntaxError(ln, 'a quotation mark inside a field that does not start with one');
        if (cnt === st.length) {
          count = cnt;
          grow();
          st = starts;
          en = ends;
          es = escaped;
        }
        st[cnt] = fs;
        es[cnt] = 0;
        if (c === COMMA) {
          en[cnt++] = p;
          p++;
          m = FIELD_START;
          continue;
        }
        // LF: the row ends; a CR before it belongs to the line break.
        en[cnt++] = p > fs && b[p - 1] === CR ? p - 1 : p;
        p++;
        m = FIELD_START;
        rowEnds();
        continue;
      }
      if (m === QUOTED) {
        const q = b.indexOf(QUOTE, p);
        const to = q < 0 ? n : q;
        // Count the line breaks inside the field up to the quote.
        if (nlf < p) {
          const f = b.indexOf(LF, p);
          nlf = f < 0 ? n : f;
        }
        while (nlf < to) {
          ln++;
          const f = b.indexOf(LF, nlf + 1);
          nlf = f < 0 ? n : f;
        }
        if (q < 0) {
          p = n;
          break;
        }
        p = q + 1;
        m = QUOTE_SEEN;
      }
      // QUOTE_SEEN
      if (p >= n) break;
      const c = b[p];
      if (c === QUOTE) {
        fesc = 1;
        p++;
        m = QUOTED;
        continue;
      }
      let next: number;
      if (c === COMMA) next = p + 1;
      else if (c === LF) next = p + 1;
      else if (c === CR) {
        if (p + 1 >= n) break; // is an LF next? wait for it
        if (b[p + 1] !== LF) throw new CsvSyntaxError(ln, 'text after the closing quotation mark of a field');
        next = p + 2;
      } else throw new CsvSyntaxError(ln, 'text after the closing quotation mark of a field');
      if (cnt === st.length) {
        count = cnt;
        grow();
        st = starts;
        en = ends;
        es = escaped;
      }
      st[cnt] = fs;
      en[cnt] = p - 1;
      es[cnt++] = fesc;
      p = next;
      m = FIELD_START;
      if (c !== COMMA) rowEnds();
    }
    pos = p;
    mode = m;
    fieldStart = fs;
    fieldEscaped = fesc;
    count = cnt;
    line = ln;
    nextLf = nlf;
  };

  const push = (chunk: Uint8Array) => {
    if (ended) throw new Error('CSV reader: push() after end()');
    total += chunk.length;
    if (chunk.length === 0) return;
    // Keep the row being read; drop what lies before it.
    const keep = len - rowStart;
    if (keep + chunk.length > buf.length) {
      const next = new Uint8Array(Math.max(buf.length * 2, keep + chunk.length));
      next.set(buf.subarray(rowStart, len));
      buf = next;
    } else if (rowStart > 0) {
      buf.copyWithin(0, rowStart, len);
    }
    const shift = rowStart;
    if (shift > 0) {
      for (let i = 0; i < count; i++) {
        starts[i] -= shift;
        ends[i] -= shift;
      }
      fieldStart -= shift;
      pos -= shift;
    }
    nextLf = -1;
    rowStart = 0;
    buf.set(chunk, keep);
    len = keep + chunk.length;
    if (!bomChecked) {
      if (len < 3) return;
      bomChecked = true;
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
        rowStart = 3;
        pos = 3;
      }
    }
    scan();
  };

  const end = () => {
    if (ended) return;
    if (!bomChecked) {
      bomChecked = true;
      if (len > 0) scan();
    }
    ended = true;
    if (mode === QUOTED) {
      throw new CsvSyntaxError(
        quoteLine,
        'a quoted field is not closed: the input ends inside it (is the file truncated?)',
      );
    }
    if (mode === QUOTE_SEEN) {
      // The closing quote was the last byte, or was followed by a lone CR.
      addField(fieldStart, pos - 1, fieldEscaped);
      emitRow(false);
    } else if (mode === UNQUOTED) {
      addField(fieldStart, len > fieldStart && buf[len - 1] === CR ? len - 1 : len, 0);
      emitRow(false);
    } else if (count > 0) {
      // The input ends just after a comma: one more, empty, field.
      addField(len, len, 0);
      emitRow(false);
    }
    mode = FIELD_START;
  };

  return {
    push,
    end,
    get bytes() {
      return total;
    },
    get line() {
      return line;
    },
  };
}

// ignoreBOM: a byte-order mark inside the file is text; only the file's first one is dropped, by the reader.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The text of field i. Throws a `TypeError` where its bytes are not UTF-8.
 * Short ASCII fields are built without the decoder, which costs more than
 * the work for a few bytes.
 */
export function fieldText(row: CsvRow, i: number): string {
  const s = row.start[i];
  const e = row.end[i];
  const b = row.bytes;
  let text: string;
  if (e - s <= 24) {
    let ascii = true;
    for (let k = s; k < e; k++) if (b[k] >= 0x80) ascii = false;
    text = ascii
      ? String.fromCharCode.apply(null, b.subarray(s, e) as unknown as number[])
      : decoder.decode(b.subarray(s, e));
  } else {
    text = decoder.decode(b.subarray(s, e));
  }
  return row.escaped[i] ? text.replaceAll('""', '"') : text;
}

/** Whether field i is exactly the ASCII text `ascii`. */
export function fieldIs(row: CsvRow, i: number, ascii: string): boolean {
  const s = row.start[i];
  if (row.end[i] - s !== ascii.length || row.escaped[i]) return false;
  for (let k = 0; k < ascii.length; k++) if (row.bytes[s + k] !== ascii.charCodeAt(k)) return false;
  return true;
}

/** Every field's text: for a header, and for tests. */
export function rowTexts(row: CsvRow): string[] {
  const out: string[] = [];
  for (let i = 0; i < row.count; i++) out.push(fieldText(row, i));
  return out;
}
