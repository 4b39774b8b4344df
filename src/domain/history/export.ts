/**
 * The General Assembly's record in the export's format (`EXPORT_COLUMNS`):
 * a row per vote and member at its date. A member with no recorded position
 * has an empty `ms_vote` and the status `not recorded`; `record_id` is the
 * record's `rcid`, and `sources` names the dataset it comes from.
 */
import type { Cell } from '../csv';
import { POSITION_CODE } from './format';
import type { HistoryPack } from './pack';
import { dateOf, kindOf, symbolOf, titleOf } from './pack';
import { csvPosition, historyDecisionId, membersWithPositions } from './views';

/**
 * Rows for every decision of the pack, in date order, members in name order.
 * `groups` gives a state's regional group by its code where one is known
 * (the curated day's 193 members); former states have none.
 */
export function* historyExportRows(pack: HistoryPack, groups: ReadonlyMap<string, string>): Generator<Cell[]> {
  const source = pack.dataset.id;
  for (let d = 0; d < pack.decisionCount; d++) {
    const symbol = symbolOf(pack, d);
    const id = historyDecisionId(pack, d);
    const rcid = String(pack.rcid[d]);
    const kind = kindOf(pack, d);
    const title = titleOf(pack, d);
    const date = dateOf(pack, d);
    for (const { state, code } of membersWithPositions(pack, d)) {
      yield [
        symbol,
        id,
        rcid,
        'GA',
        kind,
        title,
        date,
        '',
        symbol,
        '',
        '',
        '',
        '',
        state.key,
        state.name,
        state.former ? '' : (groups.get(state.key) ?? ''),
        csvPosition(code),
        code === POSITION_CODE.absentOrNotVoting ? 'not recorded' : 'reported',
        '',
        source,
      ];
    }
  }
}
