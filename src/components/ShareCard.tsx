/**
 * A decision's share card, 1200 × 630, as PNG and SVG: its symbol, title,
 * facts and date, its outcome with the reason, and its tally bar with the
 * counts; fit for an article or a post. The words are the page's own.
 */
import type { Segment } from './TallyLegend';
import { shownSegments, tallyBarParts, tallyKey } from './TallyLegend';
import { PictureButtons } from './PictureButtons';
import { SHARE_CARD_LABELS } from './pictureLabels';

interface Props {
  /** The file's name without its extension. */
  fileName: string;
  /** The symbol, or the decision's short label where it has none. */
  symbol: string;
  title: string;
  /** Body, kind and date, in a line. */
  facts: string;
  outcome: string;
  reason: string;
  segments: readonly Segment[];
  total: number;
  source: string;
  date: string;
}

export function ShareCard({ fileName, symbol, title, facts, outcome, reason, segments, total, source, date }: Props) {
  return (
    <div className="share-card">
      <PictureButtons
        fileName={fileName}
        what={`of ${symbol}`}
        labels={SHARE_CARD_LABELS}
        picture={() => {
          const shown = shownSegments(segments);
          return {
            kind: 'card',
            card: {
              symbol,
              title,
              facts,
              outcome,
              reason,
              bar: { parts: tallyBarParts(shown, total), total },
              key: tallyKey(shown, total),
              source,
              date,
            },
          };
        }}
      />
    </div>
  );
}
