/**
 * The dataset as one long table: a row per decision and eligible member state,
 * the format of `npm run export:csv` and of the overview's download.
 */
import type { Dataset, Decision, PositionClaim } from './model';
import type { Position } from './schema';
import { CODE, positionOf, statusOf, symbolOf } from './model';
import type { Cell } from './csv';

export const EXPORT_COLUMNS = [
  'symbol',
  'decision',
  'record_id',
  'body',
  'kind',
  'title',
  'date',
  'draft',
  'resolution',
  'amends',
  'amends_decision',
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

/** The source keys of each position claimed: [["Y", ["AP-DDN"]], ["A", ["UP-7499903", "EUTODAY"]]]. */
export function claimsByPosition(claims: readonly PositionClaim[]): [Position, string[]][] {
  const byPosition = new Map<Position, string[]>();
  for (const claim of claims) {
    const keys = byPosition.get(claim.position) ?? [];
    for (const c of claim.citations) if (!keys.includes(c.source)) keys.push(c.source);
    byPosition.set(claim.position, keys);
  }
  return [...byPosition];
}

/** The source keys behind a state's position: "WIKI-ES11-7; UP-7499902", or per position where disputed: "Y: AP-DDN | A: UP-7499903, EUTODAY". */
export function claimSources(decision: Decision, stateIndex: number): string {
  const grouped = claimsByPosition(decision.claims.get(stateIndex) ?? []);
  if (decision.positions[stateIndex] !== CODE.disputed)
    return [...new Set(grouped.flatMap(([, keys]) => keys))].join('; ');
  return grouped.map(([position, keys]) => `${position}: ${keys.join(', ')}`).join(' | ');
}

/** Outcome words of a decision: "adopted", or "adopted / rejected" where the sources disagree. */
export function outcomeText(decision: Decision): string {
  return [...new Set(decision.record.outcome.map((c) => c.value.result))].join(' / ');
}

export function* exportRows(dataset: Dataset, decisions: readonly Decision[] = dataset.decisions): Generator<Cell[]> {
  // States in name order, as the tables show them.
  const byName = dataset.states
    .map((_, i) => i)
    .sort((a, b) => dataset.states[a].name.localeCompare(dataset.states[b].name, 'en'));
  for (const d of decisions) {
    const amended = d.amends === null ? null : dataset.decisions[d.amends];
    const vetoedBy = [...new Set(d.record.outcome.flatMap((c) => c.value.vetoedBy))].join('|');
    for (const i of byName) {
      const code = d.positions[i];
      const status = statusOf(code);
      if (status === null) continue;
      const state = dataset.states[i];
      const implied = code === CODE.notReported && d.implied ? d.implied.join('|') : '';
      yield [
        symbolOf(d),
        d.id,
        d.record.recordId ?? '',
        d.body,
        d.kind,
        d.title,
        d.date,
        d.draftSymbol,
        d.resolutionSymbol,
        amended?.draftSymbol,
        amended?.id,
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
