/**
 * A chart's picture made in the browser, loaded only when a picture is asked
 * for: the chart's own SVG copied with its styles written in (or a body drawn
 * from data), composed with its title, key, source and date
 * (src/domain/picture/compose.ts), and saved as SVG, or as PNG drawn from that
 * SVG on a canvas.
 */
import type { BarRow, KeyItem, MatrixCell, Picture, PictureBody, ShareCardInput } from '../../domain/picture/compose';
import { FONT_STACK, barRows, composePicture, composeShareCard, matrix } from '../../domain/picture/compose';

/**
 * A chart: an element holding its SVG (the largest one inside is taken), or,
 * where the chart is HTML, its data: rows of stacked bars, or a matrix.
 */
export type ChartSource =
  | Element
  | { bars: readonly BarRow[] }
  | { columns: readonly string[]; rows: readonly { label: string; cells: readonly MatrixCell[] }[] }
  | null
  | undefined;

export interface ChartPicture {
  kind: 'chart';
  title: string;
  subtitle?: string;
  source: string;
  date: string;
  chart: ChartSource;
  key?: readonly KeyItem[];
}

export interface CardPicture {
  kind: 'card';
  card: ShareCardInput;
}

export type PictureRequest = ChartPicture | CardPicture;
export type PictureFormat = 'png' | 'svg';

/** The properties that draw an SVG's shapes and text: written into each copied element, so the copy needs no style sheet. */
const DRAWING = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
];
/** What only the page shows: the map's highlight, the charts' hover marks. */
const PAGE_ONLY = '.map-active, .recharts-tooltip-cursor, .recharts-active-dot';

function largestSvg(el: Element): SVGSVGElement | null {
  if (el instanceof SVGSVGElement) return el;
  let best: SVGSVGElement | null = null;
  let area = 0;
  for (const svg of el.querySelectorAll('svg')) {
    const r = svg.getBoundingClientRect();
    if (r.width * r.height > area) [best, area] = [svg, r.width * r.height];
  }
  return best;
}

/** A chart's SVG as a picture's body: a copy with its computed drawing styles inlined and its links and roles left out. */
export function bodyFromSvg(svg: SVGSVGElement): PictureBody {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll('*')];
  const to = [copy, ...copy.querySelectorAll('*')];
  from.forEach((el, i) => {
    const out = to[i] as SVGElement;
    const style = getComputedStyle(el);
    for (const p of DRAWING) {
      const v = style.getPropertyValue(p);
      if (v) out.style.setProperty(p, v);
    }
    if (out.tagName.toLowerCase() === 'text' || out.tagName.toLowerCase() === 'tspan')
      out.style.setProperty('font-family', FONT_STACK);
    out.style.removeProperty('cursor');
    out.style.removeProperty('pointer-events');
    for (const a of [...out.attributes])
      if (
        a.name.startsWith('aria-') ||
        a.name === 'role' ||
        a.name === 'tabindex' ||
        a.name === 'href' ||
        a.name.startsWith('data-')
      )
        out.removeAttribute(a.name);
  });
  for (const el of copy.querySelectorAll(PAGE_ONLY)) el.remove();
  const rect = svg.getBoundingClientRect();
  const box = svg.viewBox?.baseVal;
  const hasBox = svg.hasAttribute('viewBox') && box && box.width > 0;
  const width = hasBox ? box.width : Math.max(1, Math.round(rect.width));
  const height = hasBox ? box.height : Math.max(1, Math.round(rect.height));
  const serializer = new XMLSerializer();
  const markup = [...copy.childNodes].map((n) => serializer.serializeToString(n)).join('');
  return {
    markup,
    width,
    height,
    viewBox: hasBox ? `${box.x} ${box.y} ${box.width} ${box.height}` : `0 0 ${width} ${height}`,
  };
}

/** The picture a request asks for, as SVG text. */
export function pictureOf(request: PictureRequest): Picture {
  if (request.kind === 'card') return composeShareCard(request.card);
  const { chart } = request;
  let body: PictureBody;
  if (chart && 'bars' in chart) body = barRows(chart.bars);
  else if (chart && 'columns' in chart) body = matrix(chart.columns, chart.rows);
  else {
    const svg = chart ? largestSvg(chart) : null;
    if (!svg) throw new Error('The chart is not on the page.');
    body = bodyFromSvg(svg);
  }
  return composePicture({ ...request, body });
}

/**
 * A picture drawn on a canvas of its own size, as PNG. The SVG goes to the
 * image as a data: address, the one kind of image source besides the app's
 * own that the page's Content-Security-Policy allows (`img-src 'self' data:`).
 */
export async function pngOf(picture: Picture): Promise<Blob> {
  const image = new Image(picture.width, picture.height);
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(picture.svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = picture.width;
  canvas.height = picture.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No canvas to draw on.');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, picture.width, picture.height);
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The canvas made no PNG.'))), 'image/png'),
  );
}

function save(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Makes the picture and saves it as `<name>.png` or `<name>.svg`. */
export async function downloadPicture(request: PictureRequest, format: PictureFormat, name: string): Promise<void> {
  const picture = pictureOf(request);
  const blob =
    format === 'svg' ? new Blob([picture.svg], { type: 'image/svg+xml;charset=utf-8' }) : await pngOf(picture);
  save(blob, `${name}.${format}`);
}
