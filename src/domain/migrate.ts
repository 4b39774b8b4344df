/**
 * Version 1 → version 2 of the dataset file. Version 1 described one day:
 * the members on that day, the Council of that year, no id and no
 * provenance. The migration adds only what version 1 implies, never a
 * guess: each member's seat is open at both ends (the file does not say
 * since when), cited as the file cited its membership list; the one Council
 * becomes the list of Councils; the id is the one the loader gives, the
 * provenance says the file is version 1 and what its sources are.
 */
import type { DatasetFile, DatasetFileV1 } from './schema';
import { SCHEMA_VERSION } from './schema';

export function migrateV1(file: DatasetFileV1, id: string): DatasetFile {
  const dates = file.decisions.map((d) => d.date.value).sort();
  const span = dates.length === 0 ? '' : dates[0] === dates.at(-1) ? dates[0] : `${dates[0]} to ${dates.at(-1)}`;
  const bodies = [...new Set(file.decisions.map((d) => d.body))].sort().join(' and ');
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    title: file.title,
    provenance: {
      source: `Compiled from ${file.sources.length} source${file.sources.length === 1 ? '' : 's'}: ${file.sources.map((s) => s.publisher).join('; ')}`,
      licence: 'not stated',
      howMade: 'A curated dataset of schema version 1, read as version 2: each fact with its source and quote.',
      covers: `${file.decisions.length} decision${file.decisions.length === 1 ? '' : 's'} of the ${bodies}, ${span}`,
    },
    sources: file.sources,
    membership: {
      citations: file.membership.citations,
      states: file.membership.states.map((s) => ({
        ...s,
        seats: [{ from: null, to: null, citations: file.membership.citations }],
      })),
    },
    councils: [file.securityCouncil],
    decisions: file.decisions,
    questions: file.questions,
  };
}
