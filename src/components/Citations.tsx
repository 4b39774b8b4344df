import type { Citation, Source } from '../domain/schema';
import { RECORD_CITED, SOURCE_DATE_NOT_RECORDED, SOURCE_TITLE_DESCRIBED } from './labels';

interface Props {
  citations: readonly Citation[];
  sources: readonly Source[];
  sourceIndex: ReadonlyMap<string, number>;
}

/** Each citation: the source's words, and where to read them. */
export function Citations({ citations, sources, sourceIndex }: Props) {
  return (
    <ul className="citations">
      {citations.map((c, i) => {
        const source = sources[sourceIndex.get(c.source) ?? -1];
        return (
          <li key={`${c.source}-${i}`}>
            {'quote' in c ? (
              <q>{c.quote}</q>
            ) : (
              <span>
                {RECORD_CITED} <code>{c.record}</code>
              </span>
            )}{' '}
            <SourceName source={source} sourceKey={c.source} />
          </li>
        );
      })}
    </ul>
  );
}

/**
 * A source as a reader can look it up: publisher, title, byline and date, with
 * its public address where it has one. A file the project reads it from is never
 * shown: that path leads nowhere for a reader.
 */
export function SourceName({ source, sourceKey }: { source: Source | undefined; sourceKey: string }) {
  if (!source) return <cite>{sourceKey}</cite>;
  const title = source.titleIsDescriptive ? source.title : `\u201c${source.title}\u201d`;
  return (
    <cite>
      [{sourceKey}] {source.publisher},{' '}
      {source.url ? (
        <a href={source.url} target="_blank" rel="noreferrer">
          {title}
        </a>
      ) : (
        title
      )}
      {source.titleIsDescriptive && <span className="muted"> ({SOURCE_TITLE_DESCRIBED})</span>}
      {source.authors && `, by ${source.authors}`}, {source.date ?? SOURCE_DATE_NOT_RECORDED}
    </cite>
  );
}
