/** The decision's positions on the world map (loaded when shown); the table of positions by state is its alternative. */
import { useMemo } from 'react';
import type { Dataset, Decision } from '../../domain/model';
import { CODE, labelOf } from '../../domain/model';
import { LazyPositionMap } from '../../components/LazyPositionMap';
import { stateHref } from '../../store/route';
import { formatDate } from '../../components/dates';

interface Props {
  dataset: Dataset;
  decision: Decision;
  fileKey: string;
  pictureSource: string;
}

export function MapPanel({ dataset, decision, fileKey, pictureSource }: Props) {
  const members = useMemo(
    () =>
      dataset.states.flatMap((s, i) =>
        decision.positions[i] === CODE.notEligible ? [] : [{ key: s.code, name: s.name, code: decision.positions[i] }],
      ),
    [dataset, decision],
  );
  const count = (code: number) => members.filter((m) => m.code === code).length;
  const council = decision.body === 'SC';
  const words = [
    `${count(CODE.Y)} reported in favour`,
    `${count(CODE.N)} against`,
    `${count(CODE.A)} abstaining`,
    ...(count(CODE.X) > 0 ? [`${count(CODE.X)} non-voting`] : []),
    ...(count(CODE.disputed) > 0 ? [`${count(CODE.disputed)} disputed`] : []),
    `${count(CODE.notReported)} not reported`,
  ];
  return (
    <section aria-labelledby="map-heading" className="panel">
      <h2 id="map-heading">Map of the positions</h2>
      <LazyPositionMap
        members={members}
        noneMeans="notReported"
        caption={`The ${members.length} ${council ? 'Council members' : 'member states'} on ${labelOf(decision)}, on today's map: ${words.join(', ')}; ${council ? 'the states not on the Council' : 'the other countries'} greyed.`}
        otherLabel={council ? 'Not on the Council' : 'Not a member at the date'}
        alternative="The table “Positions by state” below gives every state's position and its sources: it is the map's table alternative."
        hrefOf={stateHref}
        picture={{
          fileName: `${fileKey}-map`,
          title: `${labelOf(decision)}: the positions on the map`,
          subtitle: decision.resolutionSymbol || decision.draftSymbol ? decision.title : undefined,
          source: pictureSource,
          date: formatDate(decision.date, 'day'),
        }}
      />
    </section>
  );
}
