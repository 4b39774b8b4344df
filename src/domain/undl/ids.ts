/**
 * The addresses of imported votes, apart from the reader so that the app's
 * first script can tell such an id without loading it: `undl-ga-4025240` is
 * vote 4025240 (the Library's record number) of the General Assembly's import.
 */
export const IMPORT_DATASET_IDS = ['undl-ga', 'undl-sc'] as const;

const ID = /^(undl-ga|undl-sc)-(\d{1,10})$/;

/** The dataset and record number an id names; null for another id. */
export function parseImportedVoteId(id: string): { dataset: string; undlId: number } | null {
  const m = ID.exec(id);
  return m ? { dataset: m[1], undlId: Number(m[2]) } : null;
}

/** The id of vote `undlId` of an import (`undl-ga`, 4025240 → `undl-ga-4025240`). */
export function formatImportedVoteId(dataset: string, undlId: number): string {
  return `${dataset}-${undlId}`;
}
