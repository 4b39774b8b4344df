/**
 * The curated day with imported votes merged in: the real rows of
 * S/RES/2774 (2025), the same rows with a contradiction, and a General
 * Assembly file written here for A/RES/ES-11/7 with a few rows (one that
 * agrees, one that fills what the day does not report, one that
 * contradicts it).
 */
import { describe, expect, it } from 'vitest';
import { bundledDataset, decisionOf } from '../../../test/dataset';
import { importFixture } from '../../../test/undl';
import { MEMBERSHIPS } from '../../../test/history';
import { CODE } from '../model';
import { createUndlReader } from '../undl/reader';
import { mergeImportsIntoDay } from './day';

const day = bundledDataset();
const sc = (name: string) => ({ id: 'undl-sc', store: importFixture(name).store, file: { name } });
const position = (dataset: typeof day, decision: string, state: string) =>
  decisionOf(dataset, decision).positions[dataset.stateIndex.get(state)!];
const claimSources = (dataset: typeof day, decision: string, state: string) =>
  (decisionOf(dataset, decision).claims.get(dataset.stateIndex.get(state)!) ?? []).map((c) => [
    c.position,
    c.citations.map((x) => x.source).join('+'),
  ]);

describe('the curated day with imported votes', () => {
  it('is the day itself where nothing is imported', () => {
    expect(mergeImportsIntoDay(day, []).dataset).toBe(day);
  });

  it('adds the file’s claims to the Council’s resolution: all fifteen agree, each with both sources', () => {
    const { dataset, merged, ambiguous } = mergeImportsIntoDay(day, [sc('sc-2774.csv')]);
    expect(merged).toEqual([{ decision: 'sc-s2025-112', dataset: 'undl-sc', vote: 'undl-sc-900002774', on: 'day' }]);
    expect(ambiguous).toEqual([]);
    expect(dataset.sources.map((s) => s.key)).toContain('UNDL-SC-FILE');
    const before = decisionOf(day, 'sc-s2025-112');
    const after = decisionOf(dataset, 'sc-s2025-112');
    expect([...after.positions]).toEqual([...before.positions]);
    expect(claimSources(dataset, 'sc-s2025-112', 'USA')).toContainEqual(['Y', 'UNDL-SC-FILE']);
    expect(claimSources(dataset, 'sc-s2025-112', 'FRA')).toContainEqual(['A', 'UNDL-SC-FILE']);
    // The file's totals are one more recorded tally; the amendments and the motion are as they were.
    expect(after.record.tally.length).toBe(before.record.tally.length + 1);
    expect(after.record.resolutionSymbol!.citations.map((c) => c.source)).toContain('UNDL-SC-FILE');
    // The same draft is cited to the file too; a meeting written otherwise is kept as the day has it, and noted.
    expect(after.record.draftSymbol!.citations.map((c) => c.source)).toContain('UNDL-SC-FILE');
    expect(before.record.meeting!.value).toBe('9866th meeting of the Security Council');
    expect(after.record.meeting).toEqual(before.record.meeting);
    expect(after.record.note).toContain('The imported file (UNDL-SC-FILE) gives its meeting as "S/PV.9866"');
    for (const d of day.decisions.filter((x) => x.id !== 'sc-s2025-112')) {
      expect(decisionOf(dataset, d.id).record, d.id).toEqual(d.record);
    }
  });

  it('marks a contradiction disputed, with each source’s claim', () => {
    const { dataset } = mergeImportsIntoDay(day, [sc('sc-disagreeing.csv')]);
    expect(position(dataset, 'sc-s2025-112', 'GBR')).toBe(CODE.disputed);
    expect(claimSources(dataset, 'sc-s2025-112', 'GBR')).toContainEqual(['Y', 'UNDL-SC-FILE']);
    expect(claimSources(dataset, 'sc-s2025-112', 'GBR')).toContainEqual(['A', expect.stringContaining('UNDL-SC')]);
    expect(position(dataset, 'sc-s2025-112', 'USA')).toBe(CODE.Y);
  });

  it('fills what the day does not report with the file’s positions, non-voting too', () => {
    const es117 = decisionOf(day, 'ga-l10');
    const code = (s: string) => es117.positions[day.stateIndex.get(s)!];
    const notReported = day.states.filter((s) => code(s.code) === CODE.notReported).map((s) => s.code);
    const yes = day.states.filter((s) => code(s.code) === CODE.Y).map((s) => s.code);
    expect(notReported.length).toBeGreaterThan(1);
    const rows: [string, string][] = [
      ['USA', 'N'], // agrees
      [notReported[0], 'X'], // fills
      [notReported[1], 'A'], // fills
      [yes[0], 'A'], // contradicts
    ];
    const header =
      'undl_id,ms_code,ms_name,ms_vote,date,session,resolution,draft,committee_report,meeting,title,agenda_title,subjects,vote_note,total_yes,total_no,total_abstentions,total_non_voting,total_ms,undl_link';
    const text = [
      header,
      ...rows.map(
        ([code, vote]) =>
          `4076946,${code},${code},${vote},2025-02-24,ES-11,A/RES/ES-11/7,A/ES-11/L.10,,A/ES-11/PV.20,"Advancing a comprehensive, just and lasting peace in Ukraine",,,,93.0,18.0,65.0,17.0,193.0,https://digitallibrary.un.org/record/4076946`,
      ),
    ].join('\n');
    const reader = createUndlReader({ memberships: MEMBERSHIPS });
    reader.push(new TextEncoder().encode(`${text}\n`));
    const { store } = reader.end();
    const { dataset, merged } = mergeImportsIntoDay(day, [{ id: 'undl-ga', store, file: { name: 'ga.csv' } }]);
    expect(merged.map((m) => m.decision)).toEqual(['ga-l10']);
    expect(position(dataset, 'ga-l10', 'USA')).toBe(CODE.N);
    expect(claimSources(dataset, 'ga-l10', 'USA')).toContainEqual(['N', 'UNDL-GA-FILE']);
    expect(position(dataset, 'ga-l10', notReported[0])).toBe(CODE.X);
    expect(claimSources(dataset, 'ga-l10', notReported[0])).toEqual([['X', 'UNDL-GA-FILE']]);
    expect(position(dataset, 'ga-l10', notReported[1])).toBe(CODE.A);
    expect(position(dataset, 'ga-l10', yes[0])).toBe(CODE.disputed);
    // The file's lists stand beside the day's, cited to the file.
    const fileLists = decisionOf(dataset, 'ga-l10').record.positionLists.filter((l) =>
      l.citations.some((c) => c.source === 'UNDL-GA-FILE'),
    );
    expect(fileLists.length).toBeGreaterThan(0);
  });
});
