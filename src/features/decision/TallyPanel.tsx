/** The recorded tally as a bar; a part of it, or its legend, selects the states reported with that position. */
import type { Position } from '../../domain/schema';
import type { DecisionSummary } from '../../domain/summary';
import { TallyChart } from '../../components/TallyChart';
import { tallyParts } from '../../components/TallyFigure';
import { formatDate } from '../../components/dates';

interface Props {
  summary: DecisionSummary;
  selected: Position | null;
  onSelect: (position: Position) => void;
  /** The file names' key: the symbol, else the decision's id. */
  fileKey: string;
  pictureSource: string;
}

export function TallyPanel({ summary, selected, onSelect, fileKey, pictureSource }: Props) {
  return (
    <section aria-labelledby="tally-heading" className="panel">
      <h2 id="tally-heading">Tally</h2>
      <TallyChart
        {...tallyParts(summary.segments, summary.recorded, summary.eligible)}
        selected={selected}
        onSelect={onSelect}
        height={48}
        picture={{
          fileName: `${fileKey}-tally`,
          title: `${summary.label}: the recorded tally`,
          subtitle: summary.symbol === null ? undefined : summary.decision.title,
          source: pictureSource,
          date: formatDate(summary.decision.date, 'day'),
        }}
      />
      <p className="muted small">
        The bar is the recorded tally. Select a part of it, or its legend, to show the states the sources report with
        that position.
      </p>
    </section>
  );
}
