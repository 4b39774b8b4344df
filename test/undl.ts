/** The UN Digital Library's fixtures (`test/fixtures/undl/`) read as the app reads a file, for tests. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { UndlImport } from '../src/domain/undl/format';
import { createUndlReader } from '../src/domain/undl/reader';
import { MEMBERSHIPS } from './history';

/** Reads a fixture in one chunk with the real membership table. */
export function importFixture(name: string): UndlImport {
  return importText(fixtureText(name));
}

export function fixtureText(name: string): string {
  return readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'fixtures/undl', name), 'utf8');
}

/** Reads a file's text in one chunk with the real membership table. */
export function importText(text: string): UndlImport {
  const reader = createUndlReader({ memberships: MEMBERSHIPS });
  reader.push(new TextEncoder().encode(text));
  return reader.end();
}
