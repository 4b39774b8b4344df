/**
 * A decision's recorded tally with its words, of the body's eligible members:
 * `TallyFigure` draws it light (TallyBar) where it only shows; a page where its
 * parts select positions hands `tallyParts` to the interactive TallyChart.
 */
import type { TallySegments } from '../domain/tally';
import type { Segment, SegmentKey, TallyPicture } from './TallyLegend';
import { TallyBar } from './TallyBar';
import { tallyWords } from './labels';

/** Which counts the record gives (null = not recorded). */
type Recorded = { Y: number | null; N: number | null; A: number | null; X: number | null };

const KEYS: (SegmentKey & keyof TallySegments)[] = ['Y', 'N', 'A', 'X', 'notRecorded'];

/** The bar's parts, its total and its caption. */
export function tallyParts(
  segments: TallySegments,
  recorded: Recorded,
  eligible: number,
): { segments: Segment[]; total: number; caption: string } {
  return {
    segments: KEYS.map((key) => ({ key, count: segments[key] })),
    total: eligible,
    caption: `${tallyWords(recorded, segments.notRecorded)} (of ${eligible} members).`,
  };
}

interface Props {
  segments: TallySegments;
  recorded: Recorded;
  eligible: number;
  asShare?: boolean;
  height?: number;
  picture?: TallyPicture;
}

export function TallyFigure({ segments, recorded, eligible, asShare, height, picture }: Props) {
  return <TallyBar {...tallyParts(segments, recorded, eligible)} asShare={asShare} height={height} picture={picture} />;
}
