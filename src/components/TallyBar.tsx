/**
 * A tally that only shows: one stacked bar drawn as plain SVG (a rectangle
 * and a count per part) in a <figure>, with its words in the caption and the
 * legend of labelled counts. It measures nothing, so it draws the same on the
 * server and in the browser: the overview's bars are in the page before any
 * script runs. Parts are placed in per cent of the width; the bar is decoration
 * (hidden from assistive technology), the caption and legend say it.
 */
import { useId, useRef } from 'react';
import { PictureButtons } from './PictureButtons';
import type { Segment, TallyPicture } from './TallyLegend';
import {
  HatchPattern,
  TallyLegend,
  countText,
  labelFits,
  patternId,
  segmentFill,
  shownSegments,
  tallyKey,
} from './TallyLegend';

interface Props {
  segments: readonly Segment[];
  total: number;
  caption: string;
  /** Shows counts as per cent of `total`. */
  asShare?: boolean;
  /** The bar's height in pixels. */
  height?: number;
  /** Where given, the bar downloads as a picture. */
  picture?: TallyPicture;
}

const percent = (n: number) => `${Number(n.toFixed(3))}%`;

export function TallyBar({ segments, total, caption, asShare = false, height = 44, picture }: Props) {
  const bar = useRef<SVGSVGElement>(null);
  const hatch = patternId(useId());
  const shown = shownSegments(segments);
  const starts = shown.map((_, i) => shown.slice(0, i).reduce((sum, s) => sum + s.count, 0));
  return (
    <figure className="tally">
      <svg className="tally-bar" width="100%" height={height} aria-hidden="true" ref={bar}>
        <defs>
          <HatchPattern id={hatch} />
        </defs>
        {shown.map(({ key, count }, i) => (
          <rect
            key={key}
            className={`tally-part tally-part-${key}`}
            x={percent((100 * starts[i]) / total)}
            y="0"
            width={percent((100 * count) / total)}
            height="100%"
            fill={segmentFill(key, hatch)}
            stroke="#fff"
            strokeWidth="1"
          />
        ))}
        {shown.map(({ key, count }, i) =>
          labelFits(count, total) ? (
            <text
              key={key}
              x={percent((100 * (starts[i] + count / 2)) / total)}
              y="50%"
              dominantBaseline="central"
              textAnchor="middle"
              fontSize="13"
              fill="#000"
            >
              {countText(count, total, asShare)}
            </text>
          ) : null,
        )}
      </svg>
      <figcaption>{caption}</figcaption>
      <TallyLegend shown={shown} total={total} asShare={asShare} />
      {picture && (
        <PictureButtons
          fileName={picture.fileName}
          what="of the tally"
          picture={() => ({ kind: 'chart', ...picture, chart: bar.current, key: tallyKey(shown, total, asShare) })}
        />
      )}
    </figure>
  );
}
