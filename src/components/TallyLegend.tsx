/**
 * What every drawing of a tally shares: its parts in order, their names and
 * fills, and the legend of labelled counts under the bar. The light bar
 * (TallyBar) and the interactive chart (TallyChart) both draw from it.
 */
import type { Position } from '../domain/schema';
import type { BarPart, KeyItem } from '../domain/picture/compose';
import type { PictureInfo } from './PictureButtons';
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

const ORDER: SegmentKey[] = ['Y', 'N', 'A', 'X', 'absent', 'notRecorded'];

export const segmentLabel = (key: SegmentKey) =>
  key === 'notRecorded' ? NOT_RECORDED : key === 'absent' ? ABSENT_OR_NOT_VOTING : POSITION_LABEL[key];

export const isPosition = (key: SegmentKey): key is Position => key !== 'notRecorded' && key !== 'absent';

/** The parts with a count, in the order the bar draws them. */
export function shownSegments(segments: readonly Segment[]): Segment[] {
  const counts = new Map(segments.map((s) => [s.key, s.count]));
  return ORDER.flatMap((key) => {
    const count = counts.get(key) ?? 0;
    return count > 0 ? [{ key, count }] : [];
  });
}

/** A count, or its share of `total` in per cent. */
export function countText(count: number, total: number, asShare: boolean): string {
  return asShare ? `${((100 * count) / total).toFixed(1)}%` : String(count);
}

/** Whether a part is wide enough to carry its count inside the bar. */
export const labelFits = (count: number, total: number) => count / total > 0.06;

/** A part's fill: the position's colour, or the hatch (pattern `hatchId`) where the record gives no count. */
export function segmentFill(key: SegmentKey, hatchId: string): string {
  return key === 'notRecorded' ? `url(#${hatchId})` : key === 'absent' ? ABSENT_COLOR : POSITION_COLOR[key];
}

/** An id for an SVG pattern from React's `useId`, safe inside `url(#…)`. */
export const patternId = (reactId: string) => `hatch-${reactId.replace(/[^A-Za-z0-9_-]/g, '')}`;

/** The hatch of the part of the body no recorded count accounts for (for an SVG's <defs>). */
export function HatchPattern({ id }: { id: string }) {
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="6" height="6" fill={POSITION_COLOR.notRecorded} />
      <line x1="0" y1="0" x2="0" y2="6" stroke="#9a9a9a" strokeWidth="2" />
    </pattern>
  );
}

interface LegendProps {
  shown: readonly Segment[];
  total: number;
  asShare: boolean;
  selected?: Position | null;
  /** Where given, each position's entry is a button that selects it. */
  onSelect?: (position: Position) => void;
}

/** The parts of the bar as a list of swatches, names and counts: what the bar says, in words. */
export function TallyLegend({ shown, total, asShare, selected = null, onSelect }: LegendProps) {
  return (
    <ul className="legend" aria-label="Recorded tally">
      {shown.map(({ key, count }) => {
        const content = (
          <>
            <span className={`swatch swatch-${key}`} aria-hidden="true">
              {isPosition(key) ? POSITION_MARK[key] : ''}
            </span>
            <span>{segmentLabel(key)}</span> <strong className="num">{countText(count, total, asShare)}</strong>
          </>
        );
        return (
          <li key={key}>
            {onSelect && isPosition(key) ? (
              <button
                type="button"
                className="legend-button"
                aria-pressed={selected === key}
                onClick={() => onSelect(key)}
              >
                {content}
              </button>
            ) : (
              content
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** The parts of the bar as a picture's key: each part's swatch, mark, name and count. */
export function tallyKey(shown: readonly Segment[], total: number, asShare = false): KeyItem[] {
  return shown.map(({ key, count }) => ({
    label: segmentLabel(key),
    fill: key === 'notRecorded' ? POSITION_COLOR.notRecorded : key === 'absent' ? ABSENT_COLOR : POSITION_COLOR[key],
    hatch: key === 'notRecorded',
    mark: isPosition(key) ? POSITION_MARK[key] : undefined,
    value: countText(count, total, asShare),
  }));
}

/** The parts of the bar as a picture draws them (a share card's tally). */
export function tallyBarParts(shown: readonly Segment[], total: number, asShare = false): BarPart[] {
  return shown.map(({ key, count }) => ({
    count,
    fill: key === 'notRecorded' ? POSITION_COLOR.notRecorded : key === 'absent' ? ABSENT_COLOR : POSITION_COLOR[key],
    hatch: key === 'notRecorded',
    text: countText(count, total, asShare),
    ink: key === 'absent' ? '#fff' : '#000',
  }));
}

/** What a tally's picture says besides the bar. */
export type TallyPicture = PictureInfo;
