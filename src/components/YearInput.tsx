/** A year box: a year typed in full (four digits) changes the choice; an emptied box removes the bound. */
import { useId, useState } from 'react';

export function YearInput({
  value,
  min,
  max,
  placeholder,
  onChange,
  describedBy,
}: {
  value: number | null;
  min: number;
  max: number;
  /** The id of a message on the box's value (a range the wrong way round); the box is then marked invalid. */
  describedBy?: string;
  /** The year an empty box stands for (the first or the last of the range). */
  placeholder: number;
  onChange: (year: number | null) => void;
}) {
  const shown = value === null ? '' : String(value);
  const [draft, setDraft] = useState(shown);
  const [last, setLast] = useState(shown);
  if (last !== shown) {
    // The address changed the year (a link, Back, Clear filters): show it.
    setLast(shown);
    setDraft(shown);
  }
  return (
    <input
      type="number"
      inputMode="numeric"
      min={min}
      max={max}
      placeholder={String(placeholder)}
      value={draft}
      aria-invalid={describedBy ? true : undefined}
      aria-describedby={describedBy}
      onChange={(e) => {
        const text = e.target.value;
        setDraft(text);
        if (text === '') onChange(null);
        else if (/^[0-9]{4}$/.test(text)) onChange(Number(text));
      }}
    />
  );
}

/** "From year" and "To year": the two bounds of a range of years, each a labelled `YearInput`. */
export function YearRange({
  from,
  to,
  first,
  last,
  onChange,
}: {
  from: number | null;
  to: number | null;
  /** The first and last years there are: the boxes' bounds, and what an empty box stands for. */
  first: number;
  last: number;
  onChange: (change: { fromYear: number | null } | { toYear: number | null }) => void;
}) {
  const noteId = useId();
  const reversed = from !== null && to !== null && from > to;
  const describedBy = reversed ? noteId : undefined;
  return (
    <>
      <label>
        From year
        <YearInput
          value={from}
          min={first}
          max={last}
          placeholder={first}
          onChange={(fromYear) => onChange({ fromYear })}
          describedBy={describedBy}
        />
      </label>
      <label>
        To year
        <YearInput
          value={to}
          min={first}
          max={last}
          placeholder={last}
          onChange={(toYear) => onChange({ toYear })}
          describedBy={describedBy}
        />
      </label>
      <p className="year-range-note" role="status" id={noteId}>
        {reversed && `From ${from} to ${to} is the wrong way round: no year is in between.`}
      </p>
    </>
  );
}
