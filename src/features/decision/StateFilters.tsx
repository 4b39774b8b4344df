/** The filters of a decision's states: reported position (with counts), regional group, name, and clearing them. */
import { useRef } from 'react';
import type { PositionFilter, RowFilters } from '../../domain/rows';
import type { RegionalGroup } from '../../domain/schema';
import { REGIONAL_GROUPS } from '../../domain/vocabulary';
import { POSITION_FILTER_LABEL } from '../../components/labels';

interface Props {
  filters: RowFilters;
  /** How many states there are in all, and with each position or status. */
  total: number;
  counts: Record<Exclude<PositionFilter, null>, number>;
  /** Whether any filter is set (else there is nothing to clear). */
  active: boolean;
  onPositionChange: (position: PositionFilter) => void;
  onGroupChange: (group: RegionalGroup | null) => void;
  onTextChange: (text: string) => void;
  onClear: () => void;
}

export function StateFilters(props: Props) {
  const { filters, total, counts, active, onPositionChange, onGroupChange, onTextChange, onClear } = props;
  const allButton = useRef<HTMLButtonElement>(null);
  return (
    <div className="filters" role="group" aria-label="Filters">
      <fieldset className="position-filter">
        <legend>Reported position</legend>
        <button
          ref={allButton}
          type="button"
          aria-pressed={filters.position === null}
          onClick={() => onPositionChange(null)}
        >
          All <span className="num">{total}</span>
        </button>
        {(['Y', 'N', 'A', 'X', 'disputed', 'not-reported'] as const).map((p) => (
          <button
            key={p}
            type="button"
            aria-pressed={filters.position === p}
            onClick={() => onPositionChange(filters.position === p ? null : p)}
          >
            {POSITION_FILTER_LABEL[p]} <span className="num">{counts[p]}</span>
          </button>
        ))}
      </fieldset>
      <label>
        Regional group
        <select
          value={filters.group ?? ''}
          onChange={(e) => onGroupChange((e.target.value || null) as RegionalGroup | null)}
        >
          <option value="">All groups</option>
          {REGIONAL_GROUPS.map((g) => (
            <option key={g} value={g}>
              {g}
            </option>
          ))}
        </select>
      </label>
      <label>
        Find a state
        <input
          type="search"
          value={filters.text}
          placeholder="Name or code"
          onChange={(e) => onTextChange(e.target.value)}
        />
      </label>
      <button
        type="button"
        onClick={() => {
          onClear();
          // This button is disabled now: focus goes to the filter that shows every state.
          allButton.current?.focus();
        }}
        disabled={!active}
      >
        Clear filters
      </button>
    </div>
  );
}
