/**
 * Pictures of charts, composed as SVG text from structured inputs: a title, a
 * chart body (a chart's own SVG, or shapes drawn here from data), a key of
 * labelled swatches, the source line and the date. The words all come from the
 * caller; this module only lays them out. The PNG is drawn from this SVG in the
 * browser (src/components/picture/render.ts).
 */

/** A picture's width in pixels; a share card is 1200 × 630, the size social posts preview. */
export const PICTURE_WIDTH = 1200;
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** The system font stack: a picture carries no font of its own. */
export const FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
/** The id of the hatch every picture defines, for parts with no recorded count (`hatch: true`). */
export const HATCH_ID = 'picture-hatch';

const MARGIN = 40;
const INK = '#111';
const MUTED = '#555';

/** Text safe inside SVG elements and attributes: `a < b & "c"` → `a &lt; b &amp; &quot;c&quot;`. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const NARROW = new Set("iljtfrI.,;:'|!()[]{} /-‘’");
const WIDE = new Set('mwMW@%');

/**
 * A text's width in pixels at `fontSize`, estimated from glyph classes of a
 * sans-serif font (no font is measured here): a little wide, so that wrapped
 * lines never overflow. "Yes" at 20 px ≈ 38 px.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.32;
    else if (WIDE.has(ch)) em += 0.9;
    else if (ch >= 'A' && ch <= 'Z') em += 0.72;
    else if (ch >= '0' && ch <= '9') em += 0.64;
    else em += 0.6;
  }
  return em * fontSize * (bold ? 1.15 : 1);
}

/**
 * A text broken into lines no wider than `maxWidth` at `fontSize`, at spaces
 * (a word longer than a line is cut). Past `maxLines`, the last line ends in
 * "…". wrapText('a b c', 30, 20) → ['a b', 'c'].
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  bold = false,
  maxLines = Infinity,
): string[] {
  const fits = (line: string) => textWidth(line, fontSize, bold) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (word.length > 1 && !fits(word)) {
      // A word wider than the line: as much of it as fits (one character at least), the rest on the next line.
      let cut = word.length - 1;
      while (cut > 1 && !fits(word.slice(0, cut))) cut--;
      if (line) lines.push(line);
      lines.push(word.slice(0, cut));
      line = '';
      word = word.slice(cut);
    }
    const next = line ? `${line} ${word}` : word;
    if (fits(next)) line = next;
    else {
      if (line) lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1]}…`;
  while (!fits(last) && last.length > 1) last = `${last.slice(0, -2).trimEnd()}…`;
  kept[maxLines - 1] = last;
  return kept;
}

interface TextStyle {
  size: number;
  bold?: boolean;
  fill?: string;
  anchor?: 'start' | 'middle' | 'end';
}

/** Lines of text, one <text> each, the first baseline at `y`. */
function textLines(lines: readonly string[], x: number, y: number, style: TextStyle, lineHeight = 1.25): string {
  const attrs = `font-size="${style.size}"${style.bold ? ' font-weight="700"' : ''} fill="${style.fill ?? INK}"${
    style.anchor && style.anchor !== 'start' ? ` text-anchor="${style.anchor}"` : ''
  }`;
  return lines
    .map((line, i) => `<text x="${x}" y="${round(y + i * style.size * lineHeight)}" ${attrs}>${escapeXml(line)}</text>`)
    .join('');
}

const round = (n: number) => Number(n.toFixed(2));

/** A chart's drawing: SVG markup in its own coordinates (`viewBox`), `width` × `height` in its proportions. */
export interface PictureBody {
  markup: string;
  width: number;
  height: number;
  /** The markup's coordinates; "0 0 width height" where not given. */
  viewBox?: string;
}

/** A key entry: a swatch (its colour, or the hatch; none where `fill` is empty), a mark written in it, its label and its figure. */
export interface KeyItem {
  label: string;
  fill: string;
  hatch?: boolean;
  mark?: string;
  value?: string;
}

export interface PictureInput {
  title: string;
  subtitle?: string;
  /** The source line, e.g. "Source: UN Digital Library; compiled by the tracker". */
  source: string;
  /** The date the picture gives, in words. */
  date: string;
  body: PictureBody;
  key?: readonly KeyItem[];
}

export interface Picture {
  svg: string;
  width: number;
  height: number;
}

function defs(): string {
  return `<defs><pattern id="${HATCH_ID}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#D9D9D9"/><line x1="0" y1="0" x2="0" y2="6" stroke="#9a9a9a" stroke-width="2"/></pattern></defs>`;
}

const swatchFill = (item: { fill: string; hatch?: boolean }) => (item.hatch ? `url(#${HATCH_ID})` : item.fill);

/** The key as rows of entries that wrap at `width`; its markup and height. */
function keyRows(
  items: readonly KeyItem[],
  x: number,
  y: number,
  width: number,
  size = 18,
): { markup: string; height: number } {
  if (items.length === 0) return { markup: '', height: 0 };
  const rowHeight = size * 1.9;
  const parts: string[] = [];
  let cx = x;
  let cy = y;
  for (const item of items) {
    const label = item.label;
    const value = item.value ?? '';
    // An entry without a fill is words only: the names behind a chart's short labels.
    const indent = item.fill ? 32 : 0;
    const w = indent + textWidth(label, size) + (value ? 8 + textWidth(value, size, true) : 0) + 28;
    if (cx > x && cx + w > x + width) {
      cx = x;
      cy += rowHeight;
    }
    if (item.fill)
      parts.push(
        `<rect x="${round(cx)}" y="${round(cy)}" width="24" height="${size + 2}" fill="${escapeXml(swatchFill(item))}" stroke="#777" stroke-width="1"/>`,
      );
    if (item.mark)
      parts.push(
        `<text x="${round(cx + 12)}" y="${round(cy + size - 2)}" font-size="${size - 2}" text-anchor="middle" fill="#000">${escapeXml(item.mark)}</text>`,
      );
    parts.push(
      `<text x="${round(cx + indent)}" y="${round(cy + size - 1)}" font-size="${size}" fill="${INK}">${escapeXml(label)}${
        value ? ` <tspan font-weight="700">${escapeXml(value)}</tspan>` : ''
      }</text>`,
    );
    cx += w;
  }
  return { markup: parts.join(''), height: cy - y + rowHeight };
}

/** The footer: a rule, the source line (wrapped) on the left, the date on the right. */
function footer(source: string, date: string, y: number, width: number): { markup: string; height: number } {
  const size = 16;
  const dateWidth = textWidth(date, size) + 24;
  const lines = wrapText(source, width - 2 * MARGIN - dateWidth, size);
  const markup =
    `<line x1="${MARGIN}" y1="${y}" x2="${width - MARGIN}" y2="${y}" stroke="#ccc" stroke-width="1"/>` +
    textLines(lines, MARGIN, y + 28, { size, fill: MUTED }) +
    textLines([date], width - MARGIN, y + 28, { size, fill: MUTED, anchor: 'end' });
  return { markup, height: 28 + (lines.length - 1) * size * 1.25 + 20 };
}

function wrapSvg(width: number, height: number, title: string, content: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${escapeXml(FONT_STACK)}" role="img" aria-label="${escapeXml(title)}">` +
    `<title>${escapeXml(title)}</title>${defs()}<rect width="${width}" height="${height}" fill="#fff"/>${content}</svg>`
  );
}

/**
 * A chart as a picture 1200 px wide: the title (up to three lines), a
 * subtitle, the chart scaled to the width, its key, then the source and the
 * date. The height follows from what it holds.
 */
export function composePicture(input: PictureInput): Picture {
  const width = PICTURE_WIDTH;
  const inner = width - 2 * MARGIN;
  const parts: string[] = [];
  let y = MARGIN;
  const titleLines = wrapText(input.title, inner, 30, true, 3);
  parts.push(textLines(titleLines, MARGIN, y + 30, { size: 30, bold: true }));
  y += 30 * 1.25 * titleLines.length + 8;
  if (input.subtitle) {
    const lines = wrapText(input.subtitle, inner, 20, false, 3);
    parts.push(textLines(lines, MARGIN, y + 20, { size: 20, fill: MUTED }));
    y += 20 * 1.3 * lines.length + 8;
  }
  y += 12;
  const { body } = input;
  const scale = inner / body.width;
  const height = round(body.height * scale);
  parts.push(
    `<svg x="${MARGIN}" y="${round(y)}" width="${inner}" height="${height}" viewBox="${escapeXml(
      body.viewBox ?? `0 0 ${body.width} ${body.height}`,
    )}" preserveAspectRatio="xMidYMid meet" overflow="hidden">${body.markup}</svg>`,
  );
  y += height + 20;
  const key = keyRows(input.key ?? [], MARGIN, y, inner);
  parts.push(key.markup);
  y += key.height + 12;
  const foot = footer(input.source, input.date, round(y), width);
  parts.push(foot.markup);
  const total = Math.ceil(y + foot.height);
  return { svg: wrapSvg(width, total, input.title, parts.join('')), width, height: total };
}

/** A part of a stacked bar: its count, its fill (or the hatch) and the text written in it where it fits. */
export interface BarPart {
  count: number;
  fill: string;
  hatch?: boolean;
  text?: string;
  /** The text's colour: black, or white on a dark fill. */
  ink?: string;
}

/**
 * One stacked bar `width` × `height` at (x, y), its parts in proportion to
 * `total`, each part's text written in where the part is wide enough.
 */
export function stackedBar(
  parts: readonly BarPart[],
  total: number,
  x: number,
  y: number,
  width: number,
  height: number,
): string {
  const out: string[] = [];
  let at = x;
  const fontSize = Math.min(22, Math.max(12, Math.round(height * 0.42)));
  for (const part of parts) {
    if (part.count <= 0 || total <= 0) continue;
    const w = (width * part.count) / total;
    out.push(
      `<rect x="${round(at)}" y="${round(y)}" width="${round(w)}" height="${height}" fill="${escapeXml(swatchFill(part))}" stroke="#fff" stroke-width="1"/>`,
    );
    if (part.text && textWidth(part.text, fontSize, true) + 8 <= w)
      out.push(
        `<text x="${round(at + w / 2)}" y="${round(y + height / 2 + fontSize * 0.35)}" font-size="${fontSize}" font-weight="700" text-anchor="middle" fill="${part.ink ?? '#000'}">${escapeXml(part.text)}</text>`,
      );
    at += w;
  }
  return out.join('');
}

/** A row of a bar chart drawn from data: its label, a figure after it, its parts and what they add up to. */
export interface BarRow {
  label: string;
  note?: string;
  parts: readonly BarPart[];
  total: number;
  /** Written in place of the bar where the row has nothing to draw. */
  empty?: string;
}

/** Rows of stacked bars, the labels on the left, as a picture's body 1120 units wide. */
export function barRows(rows: readonly BarRow[]): PictureBody {
  const width = PICTURE_WIDTH - 2 * MARGIN;
  const labelWidth = 390;
  const rowHeight = 44;
  const gap = 12;
  const out: string[] = [];
  rows.forEach((row, i) => {
    const y = i * (rowHeight + gap);
    const label = wrapText(row.label, labelWidth - 70, 18, false, 1)[0] ?? '';
    out.push(textLines([label], 0, y + rowHeight / 2 + 6, { size: 18 }));
    if (row.note)
      out.push(textLines([row.note], labelWidth - 12, y + rowHeight / 2 + 6, { size: 16, fill: MUTED, anchor: 'end' }));
    if (row.total > 0) out.push(stackedBar(row.parts, row.total, labelWidth, y, width - labelWidth, rowHeight));
    else if (row.empty) out.push(textLines([row.empty], labelWidth, y + rowHeight / 2 + 6, { size: 16, fill: MUTED }));
  });
  return { markup: out.join(''), width, height: Math.max(1, rows.length * (rowHeight + gap) - gap) };
}

/** A cell of a matrix drawn from data: its text and its background. */
export interface MatrixCell {
  text: string;
  fill: string;
  /** The text's colour (dark on light fills). */
  ink?: string;
}

/**
 * A matrix (a heat map that writes its figures) as a picture's body: the
 * column heads above, the row heads on the left, a cell per row and column.
 */
export function matrix(
  columns: readonly string[],
  rows: readonly { label: string; cells: readonly MatrixCell[] }[],
): PictureBody {
  const width = PICTURE_WIDTH - 2 * MARGIN;
  const n = Math.max(1, columns.length);
  const labelWidth = Math.min(260, Math.max(...rows.map((r) => textWidth(r.label, 16)), 60) + 16);
  const cell = Math.min(90, (width - labelWidth) / n);
  const size = cell < 44 ? 11 : cell < 60 ? 13 : 16;
  const headHeight = Math.min(200, Math.max(...columns.map((c) => textWidth(c, size)), 20) + 12);
  const out: string[] = [];
  columns.forEach((c, j) => {
    const cx = labelWidth + j * cell + cell / 2;
    out.push(
      `<text transform="translate(${round(cx + size * 0.35)} ${round(headHeight - 6)}) rotate(-60)" font-size="${size}" fill="${INK}">${escapeXml(c)}</text>`,
    );
  });
  rows.forEach((row, i) => {
    const y = headHeight + i * cell;
    out.push(textLines([row.label], labelWidth - 8, y + cell / 2 + size * 0.35, { size, anchor: 'end' }));
    row.cells.forEach((c, j) => {
      const x = labelWidth + j * cell;
      out.push(
        `<rect x="${round(x)}" y="${round(y)}" width="${round(cell)}" height="${round(cell)}" fill="${escapeXml(c.fill)}" stroke="#fff" stroke-width="1"/>`,
      );
      out.push(
        textLines([c.text], round(x + cell / 2), y + cell / 2 + size * 0.35, {
          size,
          anchor: 'middle',
          fill: c.ink ?? '#000',
        }),
      );
    });
  });
  return { markup: out.join(''), width, height: round(headHeight + rows.length * cell) };
}

export interface ShareCardInput {
  /** The decision's symbol, or its short label where it has none. */
  symbol: string;
  title: string;
  /** A line of facts: body, kind, date. */
  facts: string;
  outcome: string;
  reason: string;
  bar: { parts: readonly BarPart[]; total: number };
  key: readonly KeyItem[];
  source: string;
  date: string;
}

/**
 * A decision's share card, 1200 × 630: its symbol, title (two lines at most),
 * its facts and date, its outcome with the reason, and its tally bar with the
 * key of labelled counts; the source and the date at the foot.
 */
export function composeShareCard(input: ShareCardInput): Picture {
  const width = CARD_WIDTH;
  const height = CARD_HEIGHT;
  const inner = width - 2 * MARGIN;
  const parts: string[] = [];
  const symbol = wrapText(input.symbol, inner, 44, true, 1);
  parts.push(textLines(symbol, MARGIN, 88, { size: 44, bold: true }));
  const title = wrapText(input.title, inner, 26, false, 2);
  parts.push(textLines(title, MARGIN, 134, { size: 26 }));
  let y = 134 + 26 * 1.25 * (title.length - 1) + 40;
  parts.push(textLines(wrapText(input.facts, inner, 20, false, 1), MARGIN, y, { size: 20, fill: MUTED }));
  y += 28;
  const outcome = wrapText(input.outcome, inner - 32, 28, true, 1)[0] ?? '';
  const badge = textWidth(outcome, 28, true) + 32;
  parts.push(
    `<rect x="${MARGIN}" y="${round(y)}" width="${round(badge)}" height="48" rx="6" fill="#f2f2f2" stroke="#333" stroke-width="2"/>`,
    textLines([outcome], MARGIN + 16, y + 34, { size: 28, bold: true }),
  );
  y += 48 + 36;
  const reason = wrapText(input.reason, inner, 22, false, 2);
  parts.push(textLines(reason, MARGIN, y, { size: 22 }));
  y += 22 * 1.25 * (reason.length - 1);
  // The bar under the reason, low enough to leave the words room, high enough for its key above the foot.
  const barY = Math.min(Math.max(y + 48, 380), 440);
  parts.push(stackedBar(input.bar.parts, input.bar.total, MARGIN, barY, inner, 72));
  parts.push(keyRows(input.key, MARGIN, barY + 88, inner).markup);
  const footY = height - 64;
  parts.push(footer(input.source, input.date, footY, width).markup);
  return { svg: wrapSvg(width, height, `${input.symbol}: ${input.title}`, parts.join('')), width, height };
}
