/**
 * An import's subjects: the UN Digital Library's subject terms of each vote
 * (`TERRITORIES OCCUPIED BY ISRAEL--SETTLEMENT POLICY`), by their first
 * level (`TERRITORIES OCCUPIED BY ISRAEL`), as a filter and as topics.
 */
import type { UndlStore } from './format';
import { subjectsOf } from './format';

const bySubject = new WeakMap<UndlStore, Map<string, number[]>>();

/** Each first-level subject with its votes (in date order), built once per store. */
function subjectIndex(store: UndlStore): Map<string, number[]> {
  let index = bySubject.get(store);
  if (!index) {
    index = new Map();
    for (let d = 0; d < store.decisionCount; d++) {
      const firsts = new Set(subjectsOf(store, d).map((levels) => levels[0]));
      for (const subject of firsts) {
        if (subject === '') continue;
        const votes = index.get(subject);
        if (votes) votes.push(d);
        else index.set(subject, [d]);
      }
    }
    bySubject.set(store, index);
  }
  return index;
}

/** The import's first-level subjects with how many votes have each, by name. */
export function importSubjects(store: UndlStore): { subject: string; votes: number }[] {
  return [...subjectIndex(store)]
    .map(([subject, votes]) => ({ subject, votes: votes.length }))
    .sort((a, b) => a.subject.localeCompare(b.subject, 'en'));
}

/** The votes with a subject (its first level, as the file writes it), in date order; none for an unknown one. */
export function votesWithSubject(store: UndlStore, subject: string): readonly number[] {
  return subjectIndex(store).get(subject) ?? [];
}

/** Whether vote d has the subject (its first level). */
export function hasSubject(store: UndlStore, d: number, subject: string): boolean {
  return subjectsOf(store, d).some((levels) => levels[0] === subject);
}
