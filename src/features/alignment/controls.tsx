/** Controls and marks the alignment view's sections share. */
import { useMemo } from 'react';
import type { Party, RecordPositions } from '../../domain/alignment';

/** A choice of state among the parties, in order of name. */
export function StateSelect({
  label,
  value,
  parties,
  onChange,
}: {
  label: string;
  value: string;
  parties: readonly Party[];
  onChange: (key: string) => void;
}) {
  const sorted = useMemo(() => [...parties].sort((a, b) => a.name.localeCompare(b.name, 'en')), [parties]);
  const known = parties.some((p) => p.key === value);
  return (
    <label>
      {label}
      <select value={known ? value : ''} onChange={(e) => onChange(e.target.value)}>
        {!known && <option value="">Choose a state</option>}
        {sorted.map((p) => (
          <option key={p.key} value={p.key}>
            {p.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** "with the Union of Soviet Socialist Republics before", for a seat that others held. */
export function HeldBefore({
  party,
  pack,
}: {
  party: Party;
  pack: Pick<RecordPositions, 'states' | 'stateIndex'> | null;
}) {
  if (!pack || party.holders.length < 2) return null;
  const others = party.holders.slice(1).map((key) => pack.states[pack.stateIndex.get(key) ?? -1]?.name ?? key);
  return <span className="muted small held"> with {others.join(' and ')} before</span>;
}
