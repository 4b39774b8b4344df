/**
 * A tally as a thin bar of proportional segments with its counts in text,
 * for rows of long lists where a chart per row would cost too much. The bar
 * is decoration (hidden from assistive technology); the counts say it.
 */
import { ABSENT_COLOR, POSITION_COLOR } from './labels';

interface Props {
  yes: number;
  no: number;
  /** Null where no count of abstentions is recorded. */
  abstain: number | null;
  absent: number;
}

export function MiniTally({ yes, no, abstain, absent }: Props) {
  const total = yes + no + (abstain ?? 0) + absent || 1;
  const part = (n: number, color: string) =>
    n > 0 ? <span style={{ width: `${(100 * n) / total}%`, background: color }} /> : null;
  return (
    <span className="mini-tally">
      <span className="mini-bar" aria-hidden="true">
        {part(yes, POSITION_COLOR.Y)}
        {part(no, POSITION_COLOR.N)}
        {part(abstain ?? 0, POSITION_COLOR.A)}
        {part(absent, ABSENT_COLOR)}
      </span>
      <span className="num mini-counts">
        <abbr title="in favour">{yes}</abbr>–<abbr title="against">{no}</abbr>–
        {abstain === null ? (
          <abbr title="abstentions not recorded">?</abbr>
        ) : (
          <abbr title="abstentions">{abstain}</abbr>
        )}
      </span>
    </span>
  );
}
