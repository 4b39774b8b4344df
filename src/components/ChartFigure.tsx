/**
 * A chart's frame: the chart (hidden from assistive technology) in a
 * <figure> with its caption, "Download PNG" and "Download SVG" where it has a
 * picture, and the same figures as a table beneath for screen readers,
 * keyboards and print: the chart is the shape, the table the evidence.
 */
import { useRef } from 'react';
import type { ReactNode } from 'react';
import type { KeyItem } from '../domain/picture/compose';
import type { PictureInfo } from './PictureButtons';
import { PictureButtons } from './PictureButtons';

export function ChartFigure({
  chart,
  caption,
  tableCaption,
  table,
  picture,
  className = 'yearly',
}: {
  chart: ReactNode;
  caption: string;
  tableCaption: string;
  /** The table's head and body. */
  table: ReactNode;
  /** Where given, the chart downloads as a picture: what it shows (to those who hear the buttons), and its key. */
  picture?: { info: PictureInfo; what: string; key: readonly KeyItem[] };
  className?: string;
}) {
  const drawn = useRef<HTMLDivElement>(null);
  return (
    <figure className={className}>
      <div className="yearly-chart" aria-hidden="true" ref={drawn}>
        {chart}
      </div>
      <figcaption>{caption}</figcaption>
      {picture && (
        <PictureButtons
          fileName={picture.info.fileName}
          what={picture.what}
          picture={() => ({ kind: 'chart', ...picture.info, chart: drawn.current, key: picture.key })}
        />
      )}
      <details className="chart-table">
        <summary>The chart as a table</summary>
        <div className="table-scroll" tabIndex={0} role="region" aria-label={tableCaption}>
          <table className="data-table compact sticky-first">
            <caption>{tableCaption}</caption>
            {table}
          </table>
        </div>
      </details>
    </figure>
  );
}
