/**
 * Every quote of every curated dataset in data/ stands verbatim in the text it
 * cites (the rule of src/domain/quotes.ts):
 *
 * - a source with a `file` is that file: the news articles, copyrighted and kept
 *   out of the repository, are read from `../shared/sources/` beside the project
 *   where that folder is at hand, and their quotes are skipped, saying so, where
 *   it is not;
 * - a source without the page at hand names in `quotesFrom` the file whose words
 *   its quotes are: the records digest or the regional-groups table, both kept
 *   in `data/sources/`, so a fresh clone checks them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkQuote, quotedCitations } from '../../src/domain/quotes';
import type { DatasetFile, Source } from '../../src/domain/schema';

const ROOT = new URL('../../', import.meta.url);
const DATA = new URL('data/', ROOT);
/** The project's own source texts. */
const OWN = new URL('data/sources/', ROOT);
/** The source documents beside the project, where the articles are. */
const BESIDE_PATH = '../shared/sources/';
const BESIDE = new URL(BESIDE_PATH, ROOT);
const ARTICLES_PATH = `${BESIDE_PATH}articles/`;
const articlesAtHand = existsSync(new URL('articles/', BESIDE));

/** The curated datasets: every JSON file in data/. */
const DATASETS = readdirSync(DATA)
  .filter((name) => name.endsWith('.json'))
  .sort();

/** The text a source's quotes are checked against, and where it is read from. */
function carrierOf(source: Source): { name: string; folder: URL } | null {
  if (source.file !== undefined) return { name: source.file, folder: BESIDE };
  if (source.quotesFrom !== undefined) return { name: source.quotesFrom, folder: OWN };
  return null;
}
/** A source that is a file of its own: a news article, kept out of the repository. */
const isArticle = (source: Source) => source.file !== undefined;

function textOf(name: string, folder: URL): string | null {
  const url = new URL(name, folder);
  return existsSync(url) ? readFileSync(url, 'utf8') : null;
}

interface Miss {
  path: string;
  source: string;
  quote: string;
  problem: string;
}

function check(file: DatasetFile, only: (source: Source) => boolean) {
  const sources = new Map(file.sources.map((s) => [s.key, s]));
  const misses: Miss[] = [];
  let checked = 0;
  for (const c of quotedCitations(file)) {
    const source = sources.get(c.source);
    if (source && !only(source)) continue;
    const carrier = source && carrierOf(source);
    if (!carrier) {
      misses.push({ ...c, problem: source ? 'the source names no file to check against' : 'no such source' });
      continue;
    }
    const text = textOf(carrier.name, carrier.folder);
    if (text === null) {
      misses.push({ ...c, problem: `${new URL(carrier.name, carrier.folder).pathname} is not at hand` });
      continue;
    }
    const result = checkQuote(c.quote, text);
    checked++;
    if (!result.found) misses.push({ ...c, problem: `not in ${carrier.name}: "${result.missing}" is missing` });
  }
  return { misses, checked };
}

describe.each(DATASETS)('data/%s', (name) => {
  const file = JSON.parse(readFileSync(new URL(name, DATA), 'utf8')) as DatasetFile;
  const articleKeys = file.sources.filter(isArticle).map((s) => s.key);
  if (!articlesAtHand)
    console.warn(
      `data/${name}: the quotes of the news articles (${articleKeys.join(', ')}) are not checked: ${ARTICLES_PATH} is not beside the project.`,
    );

  it('quotes the records and the regional groups verbatim (data/sources/)', () => {
    const { misses, checked } = check(file, (s) => !isArticle(s));
    expect(misses).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });

  it.skipIf(!articlesAtHand)(
    articlesAtHand
      ? `quotes the news articles verbatim (${ARTICLES_PATH}: ${articleKeys.join(', ')})`
      : `SKIPPED: the quotes of the news articles (${articleKeys.join(', ')}) are not checked: ${ARTICLES_PATH} is not beside the project`,
    () => {
      const { misses, checked } = check(file, isArticle);
      expect(misses).toEqual([]);
      expect(checked).toBeGreaterThan(0);
    },
  );

  it('says in the note of a decision where a quote is a table cell or a heading of the records', () => {
    const sources = new Map(file.sources.map((s) => [s.key, s]));
    const unsaid: { path: string; quote: string; needs: string }[] = [];
    for (const c of quotedCitations(file)) {
      const at = /^decisions\[(\d+)\]/.exec(c.path);
      const carrier = sources.get(c.source)?.quotesFrom;
      if (!at || !carrier?.endsWith('.md')) continue;
      const text = textOf(carrier, OWN);
      if (text === null) continue;
      const lines = text.split(/\r?\n/);
      const note = file.decisions[Number(at[1])].note ?? '';
      for (const line of checkQuote(c.quote, text).lines) {
        if (lines[line].startsWith('|') && !note.includes('table'))
          unsaid.push({ path: c.path, quote: c.quote, needs: 'table' });
        if (lines[line].startsWith('#') && !note.includes('heading'))
          unsaid.push({ path: c.path, quote: c.quote, needs: 'heading' });
      }
    }
    expect(unsaid).toEqual([]);
  });
});

describe('data/sources/', () => {
  it.each(['un-records-2025-02-24.md', 'un-regional-groups.md', 'un-regional-groups.csv'])(
    'has %s, the same as the original beside the project where that is at hand',
    (name) => {
      const own = readFileSync(new URL(name, OWN), 'utf8');
      expect(own.length).toBeGreaterThan(1000);
      const original = new URL(name, BESIDE);
      if (existsSync(original)) expect(own).toBe(readFileSync(original, 'utf8'));
    },
  );

  it.each(DATASETS)('keeps the news articles of %s out of the repository', (name) => {
    const file = JSON.parse(readFileSync(new URL(name, DATA), 'utf8')) as DatasetFile;
    const articles = file.sources.filter(isArticle).map((s) => s.file!);
    expect(articles.length).toBeGreaterThan(0);
    expect(articles.filter((a) => existsSync(new URL(a, OWN)) || existsSync(new URL(a, DATA)))).toEqual([]);
  });
});
