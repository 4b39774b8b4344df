/**
 * A tally as one stacked bar (Recharts) in a <figure>, with its words in the
 * caption and a legend of labelled counts. Where `onSelect` is given, each
 * legend entry is a button and each bar segment is clickable: both select
 * that position. A tally that only shows is drawn lighter by TallyBar.
 */
import { Bar, BarChart, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { Position } from '../domain/schema';
import { useId, useRef } from 'react';
import { PictureButtons } from './PictureButtons';
import type { Segment, SegmentKey, TallyPicture } from './TallyLegend';
import {
  HatchPattern,
  TallyLegend,
  countText,
  isPosition,
  labelFits,
  patternId,
  segmentFill,
  shownSegments,
  tallyKey,
} from './TallyLegend';

export type { Segment, SegmentKey };
export { segmentLabel } from './TallyLegend';

interface Props {
  segments: Segment[];
  total: number;
  caption: string;
  /** Shows counts as per cent of `total`. */
  asShare?: boolean;
  selected?: Position | null;
  /** Selects a position: the not-recorded part of the bar is no position and cannot be selected. */
  onSelect?: (position: Position) => void;
  height?: number;
  /** Where given, the chart downloads as a picture. */
  picture?: TallyPicture;
}

export function TallyChart({
  segments,
  total,
  caption,
  asShare = false,
  selected = null,
  onSelect,
  height = 44,
  picture,
}: Props) {
  const chart = useRef<HTMLDivElement>(null);
  const hatch = patternId(useId());
  const select = (key: SegmentKey) => (onSelect && isPosition(key) ? () => onSelect(key) : undefined);
  const shown = shownSegments(segments);
  const row = { name: 'tally', ...Object.fromEntries(shown.map((s) => [s.key, s.count])) };
  return (
    <figure className="tally">
      <div className="tally-chart" aria-hidden="true" style={{ height }} ref={chart}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={[row]}
            layout="vertical"
            margin={{ top: 0, right: 0, bottom: 0, left: 0 }}
            barCategoryGap={0}
            accessibilityLayer={false}
          >
            <defs>
              <HatchPattern id={hatch} />
            </defs>
            <XAxis type="number" domain={[0, total]} hide />
            <YAxis type="category" dataKey="name" hide />
            {shown.map(({ key }) => (
              <Bar
                key={key}
                dataKey={key}
                stackId="tally"
                fill={segmentFill(key, hatch)}
                stroke={selected === key ? '#000' : '#fff'}
                strokeWidth={selected === key ? 3 : 1}
                isAnimationActive={false}
                cursor={select(key) ? 'pointer' : undefined}
                onClick={select(key)}
              >
                <LabelList
                  dataKey={key}
                  position="center"
                  fill="#000"
                  fontSize={13}
                  style={{ pointerEvents: 'none' }}
                  formatter={(v: unknown) =>
                    typeof v === 'number' && labelFits(v, total) ? countText(v, total, asShare) : ''
                  }
                />
              </Bar>
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption>{caption}</figcaption>
      <TallyLegend shown={shown} total={total} asShare={asShare} selected={selected} onSelect={onSelect} />
      {picture && (
        <PictureButtons
          fileName={picture.fileName}
          what="of the tally"
          picture={() => ({ kind: 'chart', ...picture, chart: chart.current, key: tallyKey(shown, total, asShare) })}
        />
      )}
    </figure>
  );
}
