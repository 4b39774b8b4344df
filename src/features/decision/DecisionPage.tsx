/**
 * The drill-down of one decision: outcome and rule, tally chart, the check of
 * reported positions against the recorded tally, the per-state table with its
 * filters and download, amendments, sponsors, and every citation. Each panel
 * is a component of this folder; the page reads the store and hands its
 * actions down.
 */
import { useMemo } from 'react';
import type { Dataset, Decision } from '../../domain/model';
import { symbolOf } from '../../domain/model';
import type { RowFilters } from '../../domain/rows';
import type { Position } from '../../domain/schema';
import { summarize } from '../../domain/summary';
import { isPosition } from '../../domain/vocabulary';
import { fileNamePart } from '../../components/DownloadButton';
import { PICTURE_SOURCE } from '../../components/pictureLabels';
import type { Sort } from '../../store/route';
import { useStore } from '../../store/store';
import { AmendmentsPanel } from './AmendmentsPanel';
import { DecisionHeader } from './DecisionHeader';
import { DecisionSources } from './DecisionSources';
import { GroupsPanel } from './GroupsPanel';
import { MapPanel } from './MapPanel';
import { ResultPanel } from './ResultPanel';
import { StatesPanel } from './StatesPanel';
import { TallyCheckPanel } from './TallyCheckPanel';
import { TallyPanel } from './TallyPanel';

interface Props {
  dataset: Dataset;
  decision: Decision;
  filters: RowFilters;
  sort: Sort | null;
  /** The source line of the page's pictures: the curated day's, or an import's. */
  pictureSource?: string;
}

export function DecisionPage({ dataset, decision, filters, sort, pictureSource = PICTURE_SOURCE.day }: Props) {
  const positionFilterChanged = useStore((s) => s.positionFilterChanged);
  const groupFilterChanged = useStore((s) => s.groupFilterChanged);
  const textFilterChanged = useStore((s) => s.textFilterChanged);
  const sortChanged = useStore((s) => s.sortChanged);
  const filtersCleared = useStore((s) => s.filtersCleared);

  const summary = useMemo(() => summarize(dataset, decision), [dataset, decision]);
  // File names are keys: the document symbol, else the decision's id (a title is too long for one).
  const fileKey = fileNamePart(symbolOf(decision) ?? decision.id);
  const selectPosition = (position: Position) => positionFilterChanged(filters.position === position ? null : position);

  return (
    <article className="decision-page">
      <DecisionHeader dataset={dataset} decision={decision} summary={summary} />
      <div className="two-col">
        <ResultPanel dataset={dataset} summary={summary} fileKey={fileKey} pictureSource={pictureSource} />
        <TallyPanel
          summary={summary}
          selected={isPosition(filters.position) ? filters.position : null}
          onSelect={selectPosition}
          fileKey={fileKey}
          pictureSource={pictureSource}
        />
      </div>
      <MapPanel dataset={dataset} decision={decision} fileKey={fileKey} pictureSource={pictureSource} />
      <GroupsPanel dataset={dataset} decision={decision} fileKey={fileKey} pictureSource={pictureSource} />
      <TallyCheckPanel decision={decision} fileKey={fileKey} />
      <StatesPanel
        dataset={dataset}
        decision={decision}
        summary={summary}
        filters={filters}
        sort={sort}
        fileKey={fileKey}
        onPositionChange={positionFilterChanged}
        onGroupChange={groupFilterChanged}
        onTextChange={textFilterChanged}
        onSortChange={sortChanged}
        onClear={filtersCleared}
      />
      {decision.amendments.length > 0 && <AmendmentsPanel dataset={dataset} decision={decision} fileKey={fileKey} />}
      <DecisionSources dataset={dataset} decision={decision} />
      {decision.record.note && (
        <section aria-labelledby="note-heading" className="panel">
          <h2 id="note-heading">Note</h2>
          <p>{decision.record.note}</p>
        </section>
      )}
      <p>
        <a href="#/">← Back to the overview</a>
      </p>
    </article>
  );
}
