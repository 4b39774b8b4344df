/** Resolves the decision the address names, or says it is not there. */
import type { Dataset } from '../../domain/model';
import type { Route } from '../../store/route';
import { NotFound } from '../../components/NotFound';
import { shorten } from '../../domain/text';
import { DecisionPage } from './DecisionPage';

export default function DecisionView({
  dataset,
  route,
}: {
  dataset: Dataset;
  route: Extract<Route, { view: 'decision' }>;
}) {
  const index = dataset.decisionIndex.get(route.id);
  if (index === undefined) {
    return <NotFound what={`There is no decision “${shorten(route.id)}” in this dataset.`} />;
  }
  return (
    <DecisionPage dataset={dataset} decision={dataset.decisions[index]} filters={route.filters} sort={route.sort} />
  );
}
