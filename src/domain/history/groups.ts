/**
 * The record's decisions by regional group and by the EU as a bloc (see
 * `../groups.ts`): every member at the decision's date in the group it
 * counts in today (a former state: in the group of its region), and in the
 * EU where it was a member of it on that date. A member without a recorded
 * position was absent or did not vote: that is no position, not a gap in
 * the sources, so every majority of the record is settled or absent.
 */
import type { BlocMember, BlocRow } from '../groups';
import { euExistsOn, groupBreakdown, groupOfToday, inEuOn } from '../groups';
import { POSITION_CODE } from './format';
import type { HistoryPack } from './pack';
import { dateOf } from './pack';

/** The members at decision `d`'s date with their positions, in the order of the pack's states. */
export function recordBlocMembers(pack: HistoryPack, d: number): BlocMember[] {
  const date = dateOf(pack, d);
  const base = d * pack.stateCount;
  const out: BlocMember[] = [];
  for (const s of pack.states) {
    const code = pack.positions[base + s.index];
    if (code === POSITION_CODE.notMember) continue;
    out.push({ key: s.key, name: s.name, code, group: groupOfToday(s.key), eu: inEuOn(s.key, date) });
  }
  return out;
}

export function recordBreakdown(pack: HistoryPack, d: number): BlocRow[] {
  return groupBreakdown(recordBlocMembers(pack, d), { noneIsUnknown: false, eu: euExistsOn(dateOf(pack, d)) });
}
