import type { Citation, Source } from '../domain/schema';

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
            <q>{c.quote}</q> <SourceName source={source} sourceKey={c.source} />
          </li>
        );
      })}
    </ul>
  );
}

export function SourceName({ source, sourceKey }: { source: Source | undefined; sourceKey: string }) {
  if (!source) return <cite>{sourceKey}</cite>;
  const label = `${source.publisher}${source.date ? `, ${source.date}` : ''}`;
  return (
    <cite>
      [{sourceKey}]{' '}
      {source.url ? (
        <a href={source.url} target="_blank" rel="noreferrer">
          {label}
        </a>
      ) : (
        <span>
          {label} ({source.file})
        </span>
      )}
    </cite>
  );
}
