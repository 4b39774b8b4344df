/**
 * The dataset as one long table: a row per decision and eligible member state,
 * the format of `npm run export:csv` and of the overview's download.
 */
import type { Dataset, Decision } from './model';
import { CODE, positionOf, statusOf, symbolOf } from './model';
import type { Cell } from './csv';

export const EXPORT_COLUMNS = [
  'symbol',
  'decision_id',
  'body',
  'kind',
  'title',
  'date',
  'draft',
  'resolution',
  'amends',
  'outcome',
  'vetoed_by',
  'ms_code',
  'ms_name',
  'regional_group',
  'ms_vote',
  'status',
  'implied',
  'sources',
] as const;

/** The source keys behind each claim: "WIKI-ES11-7; UP-7499902", or per position where disputed: "Y: AP-DDN | A: UP-7499903, EUTODAY". */
export function claimSources(decision: Decision, stateIndex: number): string {
  const claims = decision.claims.get(stateIndex) ?? [];
  const keys = (list: typeof claims) => [...new Set(list.flatMap((c) => c.citations.map((x) => x.source)))];
  if (decision.positions[stateIndex] !== CODE.disputed) return keys(claims).join('; ');
  const byPosition = new Map<string, typeof claims>();
  for (const c of claims) byPosition.set(c.position, [...(byPosition.get(c.position) ?? []), c]);
  return [...byPosition].map(([position, list]) => `${position}: ${keys(list).join(', ')}`).join(' | ');
}

/** Outcome words of a decision: "adopted", or "adopted / rejected" where the sources disagree. */
export function outcomeText(decision: Decision): string {
  return [...new Set(decision.record.outcome.map((c) => c.value.result))].join(' / ');
}

export function* exportRows(dataset: Dataset, decisions: readonly Decision[] = dataset.decisions): Generator<Cell[]> {
  for (const d of decisions) {
    const amended = d.amends === null ? null : dataset.decisions[d.amends];
    const vetoedBy = [...new Set(d.record.outcome.flatMap((c) => c.value.vetoedBy))].join('|');
    for (let i = 0; i < dataset.states.length; i++) {
      const code = d.positions[i];
      const status = statusOf(code);
      if (status === null) continue;
      const state = dataset.states[i];
      const implied = code === CODE.notReported && d.implied ? d.implied.join('|') : '';
      yield [
        symbolOf(d),
        d.id,
        d.body,
        d.kind,
        d.title,
        d.date,
        d.draftSymbol,
        d.resolutionSymbol,
        amended ? symbolOf(amended) : '',
        outcomeText(d),
        vetoedBy,
        state.code,
        state.name,
        state.regionalGroup,
        positionOf(code) ?? '',
        status,
        implied,
        claimSources(d, i),
      ];
    }
  }
}
