/** One vote of the record and of an imported file, state by state, in one sentence (the same on both pages). */
import type { MergeSummary as Summary } from '../domain/merge/positions';

const n = (x: number) => x.toLocaleString('en');

export function MergeSummary({ summary }: { summary: Summary }) {
  return (
    <>
      State by state: <strong>{n(summary.agree)}</strong> agree, <strong>{n(summary.fill)}</strong> non-voting in the
      file where the record has absent or not voting, <strong>{n(summary.disputed)}</strong> disputed,{' '}
      <strong>{n(summary.only)}</strong> in one source only
      {summary.notReported > 0 ? (
        <>
          , <strong>{n(summary.notReported)}</strong> not reported
        </>
      ) : null}
      .
    </>
  );
}
