/**
 * The General Assembly's record: its list and its votes' pages. The record
 * is fetched the first time one of these views opens; while it loads, or if
 * it cannot be read, the view says so and the curated day still works.
 */
import { useEffect } from 'react';
import type { Route } from '../../store/route';
import { requestHistory } from '../../store/history';
import { HISTORY, datasetState, useStore } from '../../store/store';
import { HistoryList } from './HistoryList';
import { HistoryDecision } from './HistoryDecision';
import { RecordStatus } from './RecordStatus';
import { IMPORT_DATASET_IDS } from '../../domain/undl/ids';

type HistoryRoute = Extract<Route, { view: 'history' } | { view: 'history-decision' }>;

export default function HistoryView({ route }: { route: HistoryRoute }) {
  const history = useStore((s) => datasetState(s, HISTORY));
  const ga = useStore((s) => datasetState(s, IMPORT_DATASET_IDS[0]));
  const imported = ga.status === 'ready' && ga.kind === 'import' ? ga.imported : null;
  const historyFilterChanged = useStore((s) => s.historyFilterChanged);
  useEffect(() => {
    void requestHistory();
    // The list writes its counts in the 'en' number format, whose first use
    // in a page loads the locale's data (tens of milliseconds): that happens
    // here, while the record downloads, not once it has arrived.
    (0).toLocaleString('en');
  }, []);
  if (history.status !== 'ready' || history.kind !== 'record') return <RecordStatus history={history} />;
  return route.view === 'history' ? (
    <HistoryList pack={history.pack} filter={route.filter} onFilterChange={historyFilterChanged} imported={imported} />
  ) : (
    <HistoryDecision pack={history.pack} id={route.id} imported={imported} />
  );
}
