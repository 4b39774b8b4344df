import type { Position, Result } from '../domain/schema';
import { DISPUTED, NOT_REPORTED, POSITION_LABEL, POSITION_MARK, RESULT_LABEL } from './labels';

/** A position with its label and mark: colour is never the only signal. */
export function PositionBadge({ position }: { position: Position | null }) {
  if (position === null) return <span className="pos pos-none">{NOT_REPORTED}</span>;
  return (
    <span className={`pos pos-${position}`}>
      <span aria-hidden="true">{POSITION_MARK[position]} </span>
      {POSITION_LABEL[position]}
    </span>
  );
}

export function DisputedBadge() {
  return <span className="badge badge-disputed">{DISPUTED}</span>;
}

/** The outcome, on a neutral badge apart from the position colours. */
export function OutcomeBadge({ result, text }: { result: Result; text?: string }) {
  return <span className={`outcome outcome-${result}`}>{text ?? RESULT_LABEL[result]}</span>;
}
