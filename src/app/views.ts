/**
 * The views the first screen does not need, each its own chunk, loaded on
 * first use. `preloadViews` loads them ahead: where the first use must not
 * wait for them (the component tests, where a first import also compiles).
 */
export const loadDecisionView = () => import('../features/decision/DecisionView');
export const loadComparePage = () =>
  import('../features/compare/ComparePage').then((m) => ({ default: m.ComparePage }));

export const loadHistoryView = () => import('../features/history/HistoryView');
export const loadStateView = () => import('../features/state/StateView');
export const loadAlignmentView = () => import('../features/alignment/AlignmentView');
export const loadImportView = () => import('../features/imports/ImportView');
export const loadImportedDecisionView = () => import('../features/decision/ImportedDecisionView');
export const loadMethodologyView = () => import('../features/methodology/MethodologyView');
export const loadDividedView = () => import('../features/divided/DividedView');
export const loadTopicsView = () => import('../features/topics/TopicsView');

export async function preloadViews(): Promise<void> {
  await Promise.all([
    loadDecisionView(),
    loadComparePage(),
    loadHistoryView(),
    loadStateView(),
    loadAlignmentView(),
    loadImportView(),
    loadImportedDecisionView(),
    loadMethodologyView(),
    loadDividedView(),
    loadTopicsView(),
  ]);
}
