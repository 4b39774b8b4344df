/**
 * A tally as one stacked bar (Recharts) in a <figure>, with its words in the
 * caption and a legend of labelled counts. Where `onSelect` is given, each
 * legend entry is a button and each bar segment is clickable: both select
 * that position.
 */
import { Bar, BarChart, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { Position } from '../domain/schema';
import { useId } from 'react';
import {
  ABSENT_COLOR,
  ABSENT_OR_NOT_VOTING,
  NOT_RECORDED,
  POSITION_COLOR,
  POSITION_LABEL,
  POSITION_MARK,
} from './labels';

/**
 * A position; the part of the body that the recorded tally does not account
 * for; or, in a record without non-voting codes, the members absent or not voting.
 */
export type SegmentKey = Position | 'notRecorded' | 'absent';

export interface Segment {
  key: SegmentKey;
  count: number;
}

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
}

const ORDER: SegmentKey[] = ['Y', 'N', 'A', 'X', 'absent', 'notRecorded'];
export const segmentLabel = (key: SegmentKey) =>
  key === 'notRecorded' ? NOT_RECORDED : key === 'absent' ? ABSENT_OR_NOT_VOTING : POSITION_LABEL[key];
const isPosition = (key: SegmentKey): key is Position => key !== 'notRecorded' && key !== 'absent';

export function TallyChart({
  segments,
  total,
  caption,
  asShare = false,
  selected = null,
  onSelect,
  height = 44,
}: Props) {
  const hatch = `hatch-${useId().replace(/:/g, '')}`;
  const fill = (key: SegmentKey) =>
    key === 'notRecorded' ? `url(#${hatch})` : key === 'absent' ? ABSENT_COLOR : POSITION_COLOR[key];
  const select = (key: SegmentKey) => (onSelect && isPosition(key) ? () => onSelect(key) : undefined);
  const counts = Object.fromEntries(segments.map((s) => [s.key, s.count])) as Partial<Record<SegmentKey, number>>;
  const shown = ORDER.filter((key) => (counts[key] ?? 0) > 0);
  const value = (n: number) => (asShare ? `${((100 * n) / total).toFixed(1)}%` : String(n));
  const row = { name: 'tally', ...counts };
  return (
    <figure className="tally">
      <div className="tally-chart" aria-hidden="true" style={{ height }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={[row]}
            layout="vertical"
            margin={{ top: 0, right: 0, bottom: 0, left: 0 }}
            barCategoryGap={0}
            accessibilityLayer={false}
          >
            <defs>
              <pattern id={hatch} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width="6" height="6" fill={POSITION_COLOR.notRecorded} />
                <line x1="0" y1="0" x2="0" y2="6" stroke="#9a9a9a" strokeWidth="2" />
              </pattern>
            </defs>
            <XAxis type="number" domain={[0, total]} hide />
            <YAxis type="category" dataKey="name" hide />
            {shown.map((key) => (
              <Bar
                key={key}
                dataKey={key}
                stackId="tally"
                fill={fill(key)}
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
                  formatter={(v: unknown) => (typeof v === 'number' && v / total > 0.06 ? value(v) : '')}
                />
              </Bar>
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption>{caption}</figcaption>
      <ul className="legend" aria-label="Recorded tally">
        {shown.map((key) => {
          const content = (
            <>
              <span className={`swatch swatch-${key}`} aria-hidden="true">
                {isPosition(key) ? POSITION_MARK[key] : ''}
              </span>
              <span>{segmentLabel(key)}</span> <strong className="num">{value(counts[key] ?? 0)}</strong>
            </>
          );
          const onClick = select(key);
          return (
            <li key={key}>
              {onClick ? (
                <button type="button" className="legend-button" aria-pressed={selected === key} onClick={onClick}>
                  {content}
                </button>
              ) : (
                content
              )}
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
