/** An import's votes as one long, virtualised list with a search, each linked to its page. */
import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { Imported } from '../../domain/undl/stored';
import { UNDL_FLAG, isoDateOfDay, textOf, totalsOf } from '../../domain/undl/format';
import { importedVoteId, isFlagged, searchVotes } from '../../domain/undl/views';
import { hasSubject, importSubjects } from '../../domain/undl/subjects';
import { VirtualTable } from '../../components/VirtualTable';
import { MiniTally } from '../../components/MiniTally';
import { formatDate } from '../../components/dates';
import { BODY_LABEL } from '../../components/labels';
import type { TopicsDataset } from '../../store/route';
import { decisionHref, topicsHref } from '../../store/route';
import { importId } from '../../domain/undl/stored';

export function ImportedVotes({ imported }: { imported: Imported }) {
  const { store } = imported;
  const [text, setText] = useState('');
  const [subject, setSubject] = useState('');
  const query = useDeferredValue(text);
  const subjects = useMemo(() => importSubjects(store), [store]);
  const shown = useMemo(() => {
    const found = searchVotes(store, query);
    return subject === '' ? found : found.filter((d) => hasSubject(store, d, subject));
  }, [store, query, subject]);
  const id = useId();
  const body = BODY_LABEL[store.body];
  const caption = `${shown.length.toLocaleString('en')} of ${store.decisionCount.toLocaleString('en')} imported votes of the ${body}`;
  return (
    <>
      <div className="filters">
        <label htmlFor={id}>Find a vote of the {body} (symbol, draft or words of the title)</label>
        <input id={id} type="search" value={text} onChange={(e) => setText(e.currentTarget.value)} />
        {subjects.length > 0 && (
          <label>
            Subject
            <select value={subject} onChange={(e) => setSubject(e.currentTarget.value)}>
              <option value="">Any</option>
              {subjects.map((s) => (
                <option key={s.subject} value={s.subject}>
                  {s.subject} ({s.votes.toLocaleString('en')})
                </option>
              ))}
            </select>
          </label>
        )}
        {subject !== '' && (
          <a href={topicsHref({ dataset: importId(store.body) as TopicsDataset, subject })}>
            This subject’s votes per year, and who votes against the majority
          </a>
        )}
      </div>
      <VirtualTable
        caption={caption}
        className="record-list imported-votes"
        head={['Vote', 'Title', 'Official totals']}
        count={shown.length}
        rowHeight={72}
        rowKey={(i) => store.undlId[shown[i]]}
        row={(i) => {
          const d = shown[i];
          const symbol = textOf(store, store.symbol, d);
          const totals = totalsOf(store, d);
          const flags = store.flags[d];
          return [
            <>
              <a href={decisionHref(importedVoteId(store, d))}>{symbol || `Record ${store.undlId[d]}`}</a>
              <span className="muted small">{formatDate(isoDateOfDay(store.day[d]), 'day')}</span>
            </>,
            <>
              <span className="clamp">{textOf(store, store.title, d) || 'No title in the file'}</span>
              <span className="muted small">
                {[
                  flags & UNDL_FLAG.withoutVote ? 'Adopted without a vote' : null,
                  flags & UNDL_FLAG.noPositions ? 'Totals without positions' : null,
                  isFlagged(store, d) ? `Flagged (line ${store.line[d].toLocaleString('en')})` : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </>,
            totals === null ? (
              <span className="muted">No totals</span>
            ) : (
              <MiniTally yes={totals.yes} no={totals.no} abstain={totals.abstain} absent={totals.nonVoting} />
            ),
          ];
        }}
      />
    </>
  );
}
