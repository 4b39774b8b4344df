import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDatasetText } from './load';
import { bodyDay, sponsorCountDisputed, summarize } from './summary';

const result = loadDatasetText(readFileSync(new URL('../../data/un-votes-2025-02-24.json', import.meta.url), 'utf8'));
if (!result.ok) throw new Error('the bundled dataset must load');
const dataset = result.dataset;
const decision = (id: string) => dataset.decisions[dataset.decisionIndex.get(id)!];

describe('summarize', () => {
  it('gives the tally, the outcome, the rule and its check', () => {
    const s = summarize(dataset, decision('sc-am-sovereignty'));
    // No document symbol is recorded: the reader sees the title, never the id.
    expect(s.symbol).toBeNull();
    expect(s.label).toBe(
      "European amendment: reaffirm Ukraine's sovereignty, independence, unity and territorial integrity",
    );
    expect(s.order).toBe(3);
    expect(s.outcomeFacts).toEqual({ result: 'vetoed', vetoedBy: ['RUS'], yes: 9 });
    expect(s.reason).toEqual({ kind: 'vetoed', yes: 9, vetoedBy: ['RUS'] });
    expect(s.rule).toEqual({ body: 'SC', question: 'substantive', votesNeeded: 9 });
    expect(s.segments).toEqual({ Y: 9, N: 0, A: 0, X: 0, notRecorded: 6 });
    expect(s.agrees).toBe(true);
  });

  it('keeps a disputed tally beside the first', () => {
    const s = summarize(dataset, decision('ga-l11'));
    expect(s.symbol).toBe('A/RES/ES-11/8');
    expect(s.label).toBe('A/RES/ES-11/8');
    expect(s.tally).toEqual({ yes: 93, no: 8, abstain: 73, nonVoting: null });
    expect(s.otherTallies).toEqual([{ yes: 89, no: 8, abstain: 70, nonVoting: null }]);
    expect(s.segments.notRecorded).toBe(19);
  });

  it('says an outcome cannot be checked where no tally is recorded', () => {
    const s = summarize(dataset, decision('ga-l11-am-invasion'));
    expect(s.tally).toBeNull();
    expect(s.outcomeFacts).toEqual({ result: 'adopted' });
    expect(s.reason).toEqual({ kind: 'no tally' });
    expect(s.rule).toEqual({ body: 'GA', question: 'substantive' });
    expect(s.computed).toBeNull();
    expect(s.agrees).toBeNull();
  });
});

describe('bodyDay', () => {
  it('counts a body’s decisions by kind and result', () => {
    const sc = dataset.decisions.filter((d) => d.body === 'SC');
    expect(bodyDay(sc)).toEqual([
      { kind: 'procedural-motion', result: 'rejected', count: 1 },
      { kind: 'amendment', result: 'failed', count: 2 },
      { kind: 'amendment', result: 'vetoed', count: 2 },
      { kind: 'draft-resolution', result: 'adopted', count: 1 },
    ]);
    const ga = dataset.decisions.filter((d) => d.body === 'GA');
    expect(bodyDay(ga)).toEqual([
      { kind: 'draft-resolution', result: 'adopted', count: 2 },
      { kind: 'amendment', result: 'rejected', count: 1 },
      { kind: 'amendment', result: 'adopted', count: 3 },
    ]);
  });
});

describe('sponsorCountDisputed', () => {
  it('says where the sources disagree on the number of sponsors', () => {
    expect(sponsorCountDisputed(decision('ga-l10'))).toBe(true);
    expect(sponsorCountDisputed(decision('sc-am-invasion'))).toBe(false);
  });
});
