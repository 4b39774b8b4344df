/**
 * Does a quote stand verbatim in its source text? The rule the dataset's
 * curation follows (data/README.md): the quote's words, in the source's order,
 * with only these differences allowed:
 *
 * - whitespace (line breaks, runs of spaces, non-breaking spaces);
 * - typographic quotation marks and apostrophes (’ ‘ “ ” „ « » against ' and ");
 * - markdown emphasis (`*`, `**`, `_`, `__` around words);
 * - `…` (or `...`, `[…]`) where words are left out: the parts on either side
 *   must stand in the source in that order.
 *
 * A part must start and end at word boundaries: a quote never cuts a word,
 * and never runs across the cells of a markdown table (`|`). Letter case counts.
 */

/** One passage of a dataset file that cites a source: its JSON path, source key and quote. */
export interface QuotedCitation {
  path: string;
  source: string;
  quote: string;
}

export interface QuoteCheck {
  found: boolean;
  /** Where not found: the first part of the quote (between ellipses) not found in order. */
  missing: string | null;
  /** Where found: the line of the source (counted from 0) on which each part starts. */
  lines: number[];
}

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
/** `*` in any run; `_` only where it is not inside a word (snake_case and addresses keep theirs). */
const EMPHASIS = /\*+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu;
const WHITESPACE = /\s+/gu;
const ELLIPSIS = /\[\s*(?:…|\.\.\.)\s*\]|…|\.\.\./g;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A text with the allowed differences taken out: the form in which quotes are compared. */
export function normaliseQuoteText(text: string): string {
  return text
    .normalize('NFC')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(EMPHASIS, '')
    .replace(WHITESPACE, ' ')
    .trim();
}

/** The parts of a quote between the marks of words left out, each normalised. */
export function quoteParts(quote: string): string[] {
  return quote
    .replace(ELLIPSIS, '\u0000')
    .split('\u0000')
    .map(normaliseQuoteText)
    .filter((part) => part.length > 0);
}

const isWordChar = (ch: string | undefined) => ch !== undefined && WORD_CHAR.test(ch);

/** The first index at or after `from` where `part` stands in `text` without cutting a word, or -1. */
function indexOfPart(text: string, part: string, from: number): number {
  const cutsAtStart = isWordChar(part[0]);
  const cutsAtEnd = isWordChar(part[part.length - 1]);
  for (let at = text.indexOf(part, from); at !== -1; at = text.indexOf(part, at + 1)) {
    if (cutsAtStart && isWordChar(text[at - 1])) continue;
    if (cutsAtEnd && isWordChar(text[at + part.length])) continue;
    return at;
  }
  return -1;
}

/** A source text normalised line by line (lines joined by a space), with where each line starts. */
function normaliseLines(text: string): { text: string; starts: number[]; lines: number[] } {
  let out = '';
  const starts: number[] = [];
  const lines: number[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const n = normaliseQuoteText(line);
    if (n === '') return;
    if (out !== '') out += ' ';
    starts.push(out.length);
    lines.push(i);
    out += n;
  });
  return { text: out, starts, lines };
}

/**
 * Checks a quote against the text of its source. The parts are looked for in
 * order, each after the end of the one before: the earliest place of each part
 * leaves the most room for the rest, so this finds a match wherever one exists.
 */
export function checkQuote(quote: string, sourceText: string): QuoteCheck {
  const parts = quoteParts(quote);
  if (parts.length === 0) return { found: false, missing: quote, lines: [] };
  const source = normaliseLines(sourceText);
  const lineAt = (offset: number) => {
    let i = 0;
    while (i + 1 < source.starts.length && source.starts[i + 1] <= offset) i++;
    return source.lines[i];
  };
  const lines: number[] = [];
  let from = 0;
  for (const part of parts) {
    if (part.includes('|')) return { found: false, missing: part, lines: [] };
    const at = indexOfPart(source.text, part, from);
    if (at === -1) return { found: false, missing: part, lines: [] };
    lines.push(lineAt(at));
    from = at + part.length;
  }
  return { found: true, missing: null, lines };
}

/**
 * Every `{ source, quote }` object anywhere in a parsed dataset file, with its
 * path in the form a reader finds it in the file (`decisions[0].tally[0].citations[1]`).
 */
export function quotedCitations(value: unknown, path = ''): QuotedCitation[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => quotedCitations(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  if ('source' in value && 'quote' in value && typeof value.source === 'string' && typeof value.quote === 'string')
    return [{ path, source: value.source, quote: value.quote }];
  return Object.entries(value).flatMap(([k, v]) => quotedCitations(v, path ? `${path}.${k}` : k));
}
