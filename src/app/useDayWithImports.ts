/**
 * The curated day as the views show it: with the votes of the imports that
 * are the same votes merged in (`domain/merge/day.ts`), once an import is
 * there. The merge's code loads only then; until it has, the day shows as
 * it is.
 */
import { useEffect, useState } from 'react';
import type { Dataset } from '../domain/model';
import type { DayWithImports } from '../domain/merge/day';
import { IMPORT_DATASET_IDS } from '../domain/undl/ids';
import { datasetState, useStore } from '../store/store';

export function useDayWithImports(day: Dataset | null): DayWithImports | null {
  const ga = useStore((s) => datasetState(s, IMPORT_DATASET_IDS[0]));
  const sc = useStore((s) => datasetState(s, IMPORT_DATASET_IDS[1]));
  const storeOf = (state: typeof ga) => (state.status === 'ready' && state.kind === 'import' ? state.imported : null);
  const gaStore = storeOf(ga)?.store ?? null;
  const scStore = storeOf(sc)?.store ?? null;
  const [merged, setMerged] = useState<{ from: unknown[]; result: DayWithImports } | null>(null);
  useEffect(() => {
    if (!day || (!gaStore && !scStore)) return;
    let current = true;
    import('../domain/merge/day')
      .then(({ mergeImportsIntoDay }) => {
        if (!current) return;
        const parts = [storeOf(ga), storeOf(sc)].filter((i) => i !== null);
        setMerged({ from: [day, gaStore, scStore], result: mergeImportsIntoDay(day, parts) });
      })
      .catch((error: unknown) => {
        // The day shows as it is; the reason goes to the console, where a failed module load is reported anyway.
        if (current) console.error('The imports could not be merged into the curated day:', error);
      });
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the imports are their stores
  }, [day, gaStore, scStore]);
  if (!day) return null;
  if (!gaStore && !scStore) return { dataset: day, merged: [], ambiguous: [] };
  const fresh = merged && merged.from[0] === day && merged.from[1] === gaStore && merged.from[2] === scStore;
  return fresh ? merged.result : { dataset: day, merged: [], ambiguous: [] };
}
