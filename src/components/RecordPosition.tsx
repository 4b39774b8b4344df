/**
 * A position in the General Assembly's record, and the buttons that show one
 * position at a time. The record has Y, N and A; a member without a recorded
 * position is "absent or not voting", never a guessed position.
 */
import { POSITION_CODE } from '../domain/history/format';
import { csvPosition } from '../domain/history/views';
import type { Position } from '../domain/schema';
import { PositionBadge } from './Badges';
import { ABSENT_OR_NOT_VOTING, POSITION_LABEL } from './labels';

export type Shown = 'all' | 'Y' | 'N' | 'A' | 'absent';
const SHOWN: { key: Shown; label: string; code: number | null }[] = [
  { key: 'all', label: 'All', code: null },
  { key: 'Y', label: POSITION_LABEL.Y, code: POSITION_CODE.Y },
  { key: 'N', label: POSITION_LABEL.N, code: POSITION_CODE.N },
  { key: 'A', label: POSITION_LABEL.A, code: POSITION_CODE.A },
  { key: 'absent', label: ABSENT_OR_NOT_VOTING, code: POSITION_CODE.absentOrNotVoting },
];

/** The pack's position code a choice shows; null for all. */
export const shownCode = (shown: Shown) => SHOWN.find((s) => s.key === shown)!.code;
export const shownLabel = (shown: Shown) => SHOWN.find((s) => s.key === shown)!.label;

export function ShownFilter({
  shown,
  onChange,
  allLabel,
}: {
  shown: Shown;
  onChange: (s: Shown) => void;
  allLabel: string;
}) {
  return (
    <div role="group" aria-label="Show" className="segmented">
      {SHOWN.map((s) => (
        <button key={s.key} type="button" aria-pressed={shown === s.key} onClick={() => onChange(s.key)}>
          {s.key === 'all' ? allLabel : s.label}
        </button>
      ))}
    </div>
  );
}

export function RecordPositionBadge({ code }: { code: number }) {
  if (code === POSITION_CODE.absentOrNotVoting) return <span className="pos pos-absent">{ABSENT_OR_NOT_VOTING}</span>;
  return <PositionBadge position={csvPosition(code) as Position} />;
}
