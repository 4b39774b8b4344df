/**
 * "Download PNG" and "Download SVG" beside a chart: the chart as a picture
 * with its title, key, source and date (or a decision's share card). The code
 * that makes pictures loads when a button is first pressed.
 *
 *   <PictureButtons fileName="tally-A-RES-ES-11-7" what="of the tally" picture={() => ({ kind: 'chart', … })} />
 */
import { useState } from 'react';
import type { PictureFormat, PictureRequest } from './picture/render';

export type { ChartPicture, CardPicture, ChartSource, PictureRequest } from './picture/render';

/** What a chart's picture says besides the chart: where a chart is given one, it offers "Download PNG" and "Download SVG". */
export interface PictureInfo {
  /** The file's name without its extension. */
  fileName: string;
  title: string;
  subtitle?: string;
  source: string;
  date: string;
}

interface Props {
  /** The file's name without its extension. */
  fileName: string;
  /** What the picture shows, said after the button's words to those who hear them: "of the tally". */
  what: string;
  /** The picture, asked for when a button is pressed (the chart as it is then). */
  picture: () => PictureRequest;
  /** The buttons' words: "Download PNG", or "Share card (PNG)" for a card. */
  labels?: Record<PictureFormat, string>;
}

const DEFAULT_LABELS: Record<PictureFormat, string> = { png: 'Download PNG', svg: 'Download SVG' };

export function PictureButtons({ fileName, what, picture, labels = DEFAULT_LABELS }: Props) {
  const [state, setState] = useState<{ format: PictureFormat; status: 'preparing' | 'failed' } | null>(null);
  const download = (format: PictureFormat) => {
    if (state?.status === 'preparing') return;
    let request: PictureRequest;
    try {
      request = picture();
    } catch {
      setState({ format, status: 'failed' });
      return;
    }
    setState({ format, status: 'preparing' });
    import('./picture/render')
      .then((m) => m.downloadPicture(request, format, fileName))
      .then(
        () => setState(null),
        () => setState({ format, status: 'failed' }),
      );
  };
  const button = (format: PictureFormat) => (
    <button
      type="button"
      className="download"
      onClick={() => download(format)}
      // One picture at a time: while one is being made, both buttons say they cannot be pressed.
      aria-disabled={state?.status === 'preparing' || undefined}
    >
      <span aria-hidden="true">⬇ </span>
      {labels[format]} <span className="visually-hidden">{what}</span>
      {state?.format === format && state.status === 'preparing' && <span> (preparing…)</span>}
      {state?.format === format && state.status === 'failed' && <span> (could not be made; try again)</span>}
    </button>
  );
  return (
    <span className="picture-buttons">
      {button('png')} {button('svg')}
    </span>
  );
}
