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
  const claims = decision.claims.get(stateIndex);
  if (claims === undefined) return '';
  const grouped = claimsByPosition(claims);
  if (decision.positions[stateIndex] !== CODE.disputed)
    return [...new Set(grouped.flatMap(([, keys]) => keys))].join('; ');
  return grouped.map(([position, keys]) => `${position}: ${keys.join(', ')}`).join(' | ');
}

/** Outcome words of a decision: "adopted", or "adopted / rejected" where the sources disagree. */
export function outcomeText(decision: Decision): string {
  return [...new Set(decision.record.outcome.map((c) => c.value.result))].join(' / ');
}

/** States' indexes in name order, as the tables show them. */
function byName(dataset: Dataset): number[] {
  const { compare } = new Intl.Collator('en');
  return dataset.states.map((_, i) => i).sort((a, b) => compare(dataset.states[a].name, dataset.states[b].name));
}

export function* exportRows(dataset: Dataset, decisions: readonly Decision[] = dataset.decisions): Generator<Cell[]> {
  const states = byName(dataset);
  for (const d of decisions) {
    const amended = d.amends === null ? null : dataset.decisions[d.amends];
    // The decision's cells, the same in each of its rows.
    const symbol = symbolOf(d);
    const outcome = outcomeText(d);
    const vetoedBy = [...new Set(d.record.outcome.flatMap((c) => c.value.vetoedBy))].join('|');
    const implied = d.implied ? d.implied.join('|') : '';
    for (const i of states) {
      const code = d.positions[i];
      const status = statusOf(code);
      if (status === null) continue;
      const state = dataset.states[i];
      yield [
        symbol,
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
        outcome,
        vetoedBy,
        state.code,
        state.name,
        state.regionalGroup,
        positionOf(code) ?? '',
        status,
        code === CODE.notReported ? implied : '',
        claimSources(d, i),
      ];
    }
  }
}
