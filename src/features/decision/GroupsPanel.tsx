/** The decision's positions by UN regional group and in the EU, with the members against their group's majority. */
import { useMemo } from 'react';
import { dayBreakdown } from '../../domain/groups';
import type { Dataset, Decision } from '../../domain/model';
import { labelOf } from '../../domain/model';
import { GroupBreakdown } from '../../components/GroupBreakdown';
import { stateHref } from '../../store/route';

interface Props {
  dataset: Dataset;
  decision: Decision;
  /** The decision's part of a file name (its symbol, else its id). */
  fileKey: string;
  pictureSource: string;
}

export function GroupsPanel({ dataset, decision, fileKey, pictureSource }: Props) {
  const rows = useMemo(() => dayBreakdown(dataset, decision), [dataset, decision]);
  return (
    <section aria-labelledby="groups-heading" className="panel">
      <h2 id="groups-heading">By regional group</h2>
      <GroupBreakdown
        rows={rows}
        noneMeans="notReported"
        date={decision.date}
        historical={false}
        decisionLabel={labelOf(decision)}
        hrefOf={stateHref}
        fileName={`${fileKey}-groups.csv`}
        pictureSource={pictureSource}
      />
    </section>
  );
}
