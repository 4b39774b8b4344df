/**
 * A long table that renders only the rows in view (TanStack Virtual), in a
 * focusable scroll box of its own with a sticky header: a real <table> with
 * its caption, whose row count and row positions are told to assistive
 * technology (aria-rowcount, aria-rowindex).
 */
import { useRef } from 'react';
import type { ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';

interface Props {
  caption: string;
  /** Column heads, in order. */
  head: ReactNode[];
  count: number;
  /** The height of one row in pixels (rows are laid out at this height). */
  rowHeight: number;
  /** The cells of row `index`; the first is the row's header. */
  row: (index: number) => ReactNode[];
  /** A stable key for row `index`. */
  rowKey: (index: number) => string | number;
  className?: string;
}

export function VirtualTable({ caption, head, count, rowHeight, row, rowKey, className = '' }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is an instance read during render, as TanStack Virtual intends
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    getItemKey: rowKey,
    // Rows are laid out at rowHeight, but a larger font can make one taller: each row is measured, so the
    // spacers and the scroll range stay true. (Where layout gives no height, as in jsdom, rowHeight.)
    measureElement: (element) => element.getBoundingClientRect().height || rowHeight,
  });
  const items = virtualizer.getVirtualItems();
  const before = items.length > 0 ? items[0].start : 0;
  const after = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;
  return (
    <div ref={scroller} className={`table-scroll virtual ${className}`} tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table" aria-rowcount={count + 1}>
        <caption>{caption}</caption>
        <thead>
          <tr aria-rowindex={1}>
            {head.map((h, i) => (
              <th key={i} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {before > 0 && (
            <tr aria-hidden="true" className="spacer" style={{ height: before }}>
              <td colSpan={head.length} />
            </tr>
          )}
          {items.map((item) => {
            const [first, ...rest] = row(item.index);
            return (
              <tr
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                aria-rowindex={item.index + 2}
                style={{ height: rowHeight }}
              >
                <th scope="row">{first}</th>
                {rest.map((cell, i) => (
                  <td key={i}>{cell}</td>
                ))}
              </tr>
            );
          })}
          {after > 0 && (
            <tr aria-hidden="true" className="spacer" style={{ height: after }}>
              <td colSpan={head.length} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
