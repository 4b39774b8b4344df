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

/**
 * A position as one letter on its colour, for dense tables: Y, N, A, X;
 * "—" on the hatched grey where not reported, "?" in a dashed box where
 * disputed. The full word is there for screen readers and on hover.
 */
export function PositionChip({ position, disputed = false }: { position: Position | null; disputed?: boolean }) {
  const [mark, label, kind] = disputed
    ? ['?', DISPUTED, 'disputed']
    : position === null
      ? ['—', NOT_REPORTED, 'none']
      : [position, POSITION_LABEL[position], position];
  return (
    <span className={`chip pos-${kind}`} title={label}>
      <span aria-hidden="true">{mark}</span>
      <span className="visually-hidden">{label}</span>
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
