/** A decision's recorded tally as a chart with its words; shares of the body where asked. */
import type { TallySegments } from '../domain/tally';
import type { Position } from '../domain/schema';
import type { SegmentKey } from './TallyChart';
import { TallyChart } from './TallyChart';
import { tallyWords } from './labels';

interface Props {
  segments: TallySegments;
  /** Which counts the record gives (null = not recorded). */
  recorded: { Y: number | null; N: number | null; A: number | null; X: number | null };
  eligible: number;
  asShare?: boolean;
  selected?: Position | null;
  onSelect?: (position: Position) => void;
  height?: number;
}

export function TallyFigure({ segments, recorded, eligible, asShare, selected, onSelect, height }: Props) {
  const keys: (SegmentKey & keyof TallySegments)[] = ['Y', 'N', 'A', 'X', 'notRecorded'];
  return (
    <TallyChart
      segments={keys.map((key) => ({ key, count: segments[key] }))}
      total={eligible}
      caption={`${tallyWords(recorded, segments.notRecorded)} (of ${eligible} members).`}
      asShare={asShare}
      selected={selected}
      onSelect={onSelect}
      height={height}
    />
  );
}
