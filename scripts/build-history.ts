/**
 * npm run build:history [-- --source <dir>] [-- --out <file>]
 *
 * Converts the General Assembly's record 1946–2019 (the three gzipped CSV
 * files in data/history/source/) and the membership table
 * (data/sources/un-membership.csv) into the pack the app fetches when the
 * reader opens the record: public/data/history.pack (layout in
 * src/domain/history/format.ts).
 *
 * The files are read as streams (gunzip, then a CSV reader), every row
 * checked. A malformed or truncated source stops it with the file, the line
 * and the reason, exit code 1, and nothing written: the pack is written to a
 * temporary file beside the output and renamed only when it is complete.
 * The output depends on the sources only (no date, no machine), so a test
 * checks that the committed pack is what this script builds.
 */
import { createHash } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { createGunzip, gzipSync } from 'node:zlib';
import countries from 'world-countries';
import type { BuildInput, BuildResult, RecordQuirk, SourceText } from '../src/domain/history/build';
import { SourceError, buildPack } from '../src/domain/history/build';
import { MembershipError, parseMembership } from '../src/domain/membership';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SOURCE_DIR = join(ROOT, 'data', 'history', 'source');
export const MEMBERSHIP_FILE = join(ROOT, 'data', 'sources', 'un-membership.csv');
export const PACK_FILE = join(ROOT, 'public', 'data', 'history.pack');
export const SOURCE_FILES = ['un_roll_calls.csv.gz', 'un_votes.csv.gz', 'un_roll_call_issues.csv.gz'] as const;

/** Positions the record gives outside a state's membership, kept as the record gives them. */
export const QUIRKS: readonly RecordQuirk[] = [
  ...[1110, 1111].map((rcid) => ({
    rcid,
    key: 'FJI',
    why: 'Fiji was admitted on 13 Oct 1970; the record dates roll calls 1110 and 1111 1970-09-01, the likely error (un-membership.md)',
  })),
  {
    rcid: 4372,
    key: 'CHE',
    why: 'Switzerland was admitted on 10 Sep 2002, the day session 57 opened; the record dates this session-57 roll call (R/57/5) 2002-09-03, before the session, the likely error',
  },
];

export const HISTORY_DATASET: BuildInput['dataset'] = {
  id: 'history',
  title: 'General Assembly roll-call votes, 1946–2019',
  provenance: {
    source:
      'Erik Voeten, Anton Strezhnev and Michael Bailey, United Nations General Assembly Voting Data (Harvard Dataverse), ' +
      'as the tables of the unvotes R package (David Robinson, github.com/dgrtwo/unvotes), download of 21 February 2021',
    citation:
      'Erik Voeten, Anton Strezhnev and Michael Bailey, "United Nations General Assembly Voting Data", Harvard Dataverse, ' +
      'hdl:1902.1/12379. Described in Erik Voeten, "Data and Analyses of Voting in the UN General Assembly", in ' +
      'Routledge Handbook of International Organization, ed. Bob Reinalda (2013).',
    identifiers: ['hdl:1902.1/12379', 'doi:10.7910/DVN/LEJUQZ'],
    url: 'https://dataverse.harvard.edu/dataset.xhtml?persistentId=hdl:1902.1/12379',
    licence: 'CC0-1.0',
    licenceUrl: 'https://creativecommons.org/publicdomain/zero/1.0/',
    howMade:
      'The Dataverse files as cleaned by the unvotes R package into three tables, converted to CSV without changing a ' +
      'value (only the date turned from R’s day count into YYYY-MM-DD) and gzipped (data/history/source/). ' +
      '`npm run build:history` reads them with data/sources/un-membership.csv and writes this pack.',
    notes: [
      'Every plenary roll call from session 1 (1946) to session 74 (votes up to 14 January 2020).',
      'The record keeps only yes, no and abstain: a member without a recorded position was absent or did not vote (the record cannot tell which). Tallies are counted from the recorded positions, not official totals.',
      'Membership at each date comes from un-membership.csv. Before session 52 (1997) the record gives only the month of a vote: a state that joined or left during that month counts as a member.',
      'The USSR’s positions are the Russian Federation’s seat before 24 Dec 1991; Yugoslavia (YU) is split by date into the SFRY, the FRY/Serbia and Montenegro and Serbia; Taiwan (TW) is the Republic of China’s representation of China until 25 Oct 1971; the Yemen Arab Republic’s positions after 22 May 1990 are the united Yemen’s; the Federal Republic of Germany’s are Germany’s.',
      'Country codes are read as text: NA is Namibia.',
      'Three positions fall before the state’s admission by the record’s date, which is the likely error; they are kept as the record gives them: Fiji in roll calls 1110 and 1111 (dated 1970-09-01, admitted 13 Oct 1970) and Switzerland in roll call 4372 (a session-57 vote dated 2002-09-03, before the session opened on 10 Sep 2002, the day of its admission).',
      'Amendment and paragraph votes are coded for every vote until 1984 and for some since 1997, important votes (the US State Department’s list) from session 39 to 73; several roll calls may share one resolution symbol (votes on amendments and paragraphs of one text).',
    ],
  },
};

/** ISO alpha-2 → alpha-3 for the record's current states (world-countries). */
const ALPHA3 = new Map(countries.map((c) => [c.cca2, c.cca3]));

/** What a zlib error means for a reader. */
function gzipProblem(error: NodeJS.ErrnoException): string {
  if (error.code === 'Z_BUF_ERROR') return `the gzip data ends early: the file is truncated (${error.message})`;
  if (error.code === 'Z_DATA_ERROR') return `the file is not valid gzip data (${error.message})`;
  return error.message;
}

/** The text of a gzipped file, decompressed as a stream, in chunks; UTF-8 checked. */
async function* gunzipText(name: string, gz: Buffer): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const stream = Readable.from([gz]).pipe(createGunzip({ chunkSize: 256 * 1024 }));
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) yield decoder.decode(chunk, { stream: true });
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    throw new Error(e.code?.startsWith('Z_') ? gzipProblem(e) : `${name}: ${e.message}`);
  }
  yield decoder.decode();
}

/** Builds the pack from a source directory; throws SourceError, MembershipError or a read error. */
export async function buildHistory(
  options: { sourceDir?: string; membershipFile?: string } = {},
): Promise<BuildResult> {
  const sourceDir = options.sourceDir ?? SOURCE_DIR;
  const membershipFile = options.membershipFile ?? MEMBERSHIP_FILE;
  const memberships = parseMembership(await readFile(membershipFile, 'utf8'));
  const raw = await Promise.all(SOURCE_FILES.map((f) => readFile(join(sourceDir, f))));
  const text = (i: number): SourceText => ({ name: SOURCE_FILES[i], chunks: gunzipText(SOURCE_FILES[i], raw[i]) });
  return buildPack({
    rollCalls: text(0),
    votes: text(1),
    issues: text(2),
    files: SOURCE_FILES.map((name, i) => ({
      name,
      bytes: raw[i].length,
      sha256: createHash('sha256').update(raw[i]).digest('hex'),
    })),
    memberships,
    alpha3: (code) => ALPHA3.get(code),
    dataset: HISTORY_DATASET,
    quirks: QUIRKS,
  });
}

const USAGE = 'usage: npm run build:history [-- --source <dir>] [-- --out <file>]';

export async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let sourceDir = SOURCE_DIR;
  let out = PACK_FILE;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--source' || arg === '--out') {
      const value = args[++i];
      if (!value) return { code: 2, stdout: '', stderr: `build:history: ${arg} needs a value; ${USAGE}\n` };
      if (arg === '--source') sourceDir = value;
      else out = value;
    } else if (arg === '--help' || arg === '-h') {
      return { code: 0, stdout: `${USAGE}\n`, stderr: '' };
    } else {
      return { code: 2, stdout: '', stderr: `build:history: unknown argument ${JSON.stringify(arg)}; ${USAGE}\n` };
    }
  }

  let result: BuildResult;
  try {
    result = await buildHistory({ sourceDir });
  } catch (error) {
    const where =
      error instanceof SourceError
        ? `${join(sourceDir, error.file)}, line ${error.line}: ${error.reason}`
        : error instanceof MembershipError
          ? `${MEMBERSHIP_FILE}: ${error.message}`
          : (error as Error).message;
    return { code: 1, stdout: '', stderr: `build:history: ${where}\nNothing was written.\n` };
  }

  const temp = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, result.bytes);
    await rename(temp, out);
  } catch (error) {
    await rm(temp, { force: true });
    return { code: 1, stdout: '', stderr: `build:history: cannot write ${out}: ${(error as Error).message}\n` };
  }

  const { header } = result;
  const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
  const lines = [
    `Wrote ${out}`,
    `  ${header.counts.decisions} decisions (${header.dataset.coverage.from} to ${header.dataset.coverage.to}, sessions ${header.dataset.coverage.firstSession}–${header.dataset.coverage.lastSession}), ${header.counts.states} states, ${header.counts.recordedPositions} recorded positions, ${header.counts.strings} distinct texts`,
    `  ${kb(result.bytes.length)}, ${kb(gzipSync(result.bytes, { level: 9 }).length)} gzipped`,
    ...result.quirksApplied.map(
      (q) =>
        `  kept as the record gives it: ${q.key} in roll call ${q.rcid} (un_votes.csv.gz line ${q.line}): ${q.why}`,
    ),
  ];
  return { code: 0, stdout: `${lines.join('\n')}\n`, stderr: '' };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { code, stdout, stderr } = await run(process.argv.slice(2));
  if (stderr) process.stderr.write(stderr);
  if (stdout) process.stdout.write(stdout);
  process.exitCode = code;
}
