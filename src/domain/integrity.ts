/**
 * Integrity checks after parsing: references resolve, Council decisions only
 * have Council members, reported positions fit the recorded tallies (a list
 * given as complete names as many states as recorded), and the
 * recorded outcomes follow from the tallies by the body's rule. Each violation
 * is a problem with its path, never a crash.
 */
import type { Dataset } from './model';
import { councilOn, eligibleCodes } from './model';
import type { Citation, DatasetFile } from './schema';
import { computeOutcome } from './outcome';
import { outcomesAgree, resultsOf } from './rules';
import { checkTally } from './tally';

export interface Problem {
  path: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return p.path ? `${p.path}: ${p.message}` : p.message;
}

/** Checks of the file alone: unique keys and references that resolve. */
export function checkReferences(file: DatasetFile): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });

  const duplicates = <T>(items: T[], key: (t: T) => string, path: string, what: string) => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const k = key(item);
      const first = seen.get(k);
      if (first !== undefined)
        add(`${path}[${i}]`, `${what} ${JSON.stringify(k)} is already used at ${path}[${first}]`);
      else seen.set(k, i);
    });
  };
  duplicates(file.sources, (s) => s.key, 'sources', 'source key');
  duplicates(file.membership.states, (s) => s.code, 'membership.states', 'state code');
  duplicates(file.decisions, (d) => d.id, 'decisions', 'decision id');

  const sourceKeys = new Set(file.sources.map((s) => s.key));
  const stateCodes = new Set(file.membership.states.map((s) => s.code));
  const checkCitations = (citations: Citation[], path: string) =>
    citations.forEach((c, i) => {
      if (!sourceKeys.has(c.source))
        add(`${path}.citations[${i}].source`, `${JSON.stringify(c.source)} is not a source key`);
    });
  const checkState = (code: string, path: string, allowed: Set<string> = stateCodes, what = 'a member state') => {
    if (!stateCodes.has(code)) add(path, `${JSON.stringify(code)} is not a member state`);
    else if (!allowed.has(code)) add(path, `${JSON.stringify(code)} is not ${what}`);
  };

  checkCitations(file.membership.citations, 'membership');
  file.membership.states.forEach((state, si) => {
    state.seats.forEach((seat, ti) => checkCitations(seat.citations, `membership.states[${si}].seats[${ti}]`));
    if (state.continuedBy != null && !stateCodes.has(state.continuedBy))
      add(`membership.states[${si}].continuedBy`, `${JSON.stringify(state.continuedBy)} is not a member state`);
  });
  duplicates(file.councils, (c) => String(c.year), 'councils', 'Council of the year');
  file.councils.forEach((sc, ci) => {
    checkCitations(sc.citations, `councils[${ci}]`);
    const councilSeen = new Set<string>();
    for (const [field, codes] of [
      ['permanent', sc.permanent],
      ['elected', sc.elected],
    ] as const) {
      codes.forEach((code, i) => {
        const path = `councils[${ci}].${field}[${i}]`;
        checkState(code, path);
        if (councilSeen.has(code)) add(path, `${JSON.stringify(code)} is named twice in the Council`);
        councilSeen.add(code);
      });
    }
  });

  const ids = new Map(file.decisions.map((d, i) => [d.id, i]));

  file.decisions.forEach((d, di) => {
    const at = `decisions[${di}]`;
    const date = d.date.value;
    const council = councilOn(file, date);
    if (d.body === 'SC' && council === null)
      add(`${at}.body`, `a Council decision of ${date.slice(0, 4)}, but councils has no Council of that year`);
    const voters = eligibleCodes({ states: file.membership.states, councils: file.councils }, d.body, date);
    const permanent = new Set(council?.permanent ?? []);
    const votersWhat =
      d.body === 'SC' ? `a member of the Security Council in ${date.slice(0, 4)}` : `a member on ${date}`;
    for (const field of ['title', 'draftSymbol', 'resolutionSymbol', 'date', 'meeting', 'amends'] as const) {
      const f = d[field];
      if (f) checkCitations(f.citations, `${at}.${field}`);
    }
    d.sponsors.forEach((claim, ci) => {
      checkCitations(claim.citations, `${at}.sponsors[${ci}]`);
      claim.value.states.forEach((code, si) => checkState(code, `${at}.sponsors[${ci}].value.states[${si}]`));
    });
    d.tally.forEach((claim, ci) => {
      checkCitations(claim.citations, `${at}.tally[${ci}]`);
      const t = claim.value;
      const known = [t.yes, t.no, t.abstain, t.nonVoting].filter((n): n is number => n !== null);
      const sum = known.reduce((a, b) => a + b, 0);
      if (sum > voters.size)
        add(`${at}.tally[${ci}]`, `the counts add up to ${sum}, more than the ${voters.size} voters`);
      else if (known.length === 4 && sum !== voters.size) {
        add(`${at}.tally[${ci}]`, `the counts add up to ${sum}, not to the ${voters.size} voters`);
      }
    });
    d.outcome.forEach((claim, ci) => {
      const path = `${at}.outcome[${ci}]`;
      checkCitations(claim.citations, path);
      const { result, vetoedBy } = claim.value;
      if (!resultsOf(d.body).includes(result)) add(`${path}.value.result`, `a ${d.body} decision cannot be ${result}`);
      if (result === 'vetoed' && vetoedBy.length === 0)
        add(`${path}.value.vetoedBy`, 'a veto needs the permanent member(s) who cast it');
      if (result !== 'vetoed' && vetoedBy.length > 0)
        add(`${path}.value.vetoedBy`, `only a vetoed decision names who vetoed it, not one ${result}`);
      vetoedBy.forEach((code, vi) =>
        checkState(code, `${path}.value.vetoedBy[${vi}]`, permanent, 'a permanent member of the Security Council'),
      );
    });
    if (d.resolutionSymbol && !d.outcome.some((c) => c.value.result === 'adopted')) {
      add(`${at}.resolutionSymbol`, 'only an adopted decision has a resolution symbol');
    }

    if (d.kind === 'amendment' && !d.amends) add(`${at}.amends`, 'an amendment must name the draft it amends');
    if (d.kind !== 'amendment' && d.amends) add(`${at}.amends`, `a ${d.kind} does not amend a draft`);
    if (d.amends) {
      const target = ids.get(d.amends.value);
      if (target === undefined) add(`${at}.amends.value`, `${JSON.stringify(d.amends.value)} is not a decision id`);
      else {
        const t = file.decisions[target];
        if (t.body !== d.body)
          add(`${at}.amends.value`, `${JSON.stringify(t.id)} was voted in the other body (${t.body})`);
        if (t.kind !== 'draft-resolution')
          add(`${at}.amends.value`, `${JSON.stringify(t.id)} is not a draft resolution`);
        if (target < di)
          add(`${at}.amends.value`, `${JSON.stringify(t.id)} is voted before its amendment; amendments come first`);
      }
    }

    // One source naming one state twice in a decision, with the same or another position.
    const bySource = new Map<string, Map<string, string>>();
    d.positionLists.forEach((list, li) => {
      checkCitations(list.citations, `${at}.positionLists[${li}]`);
      const inList = new Set<string>();
      list.states.forEach((code, si) => {
        const path = `${at}.positionLists[${li}].states[${si}]`;
        checkState(code, path, voters, votersWhat);
        if (inList.has(code)) add(path, `${JSON.stringify(code)} is named twice in this list`);
        inList.add(code);
        for (const c of list.citations) {
          const given = bySource.get(c.source) ?? new Map<string, string>();
          const earlier = given.get(code);
          if (earlier !== undefined && earlier !== list.position) {
            add(path, `${c.source} gives ${JSON.stringify(code)} both ${earlier} and ${list.position}`);
          }
          given.set(code, list.position);
          bySource.set(c.source, given);
        }
      });
    });
    if (d.implied) checkCitations(d.implied.citations, `${at}.implied`);
  });

  duplicates(file.questions, (q) => q.id, 'questions', 'question id');
  file.questions.forEach((q, qi) => {
    const at = `questions[${qi}]`;
    checkCitations(q.citations, at);
    if (q.ga === null && q.sc === null) add(at, 'a question needs a decision in at least one body');
    for (const body of ['ga', 'sc'] as const) {
      const id = q[body];
      if (id === null) continue;
      const i = ids.get(id);
      if (i === undefined) add(`${at}.${body}`, `${JSON.stringify(id)} is not a decision id`);
      else if (file.decisions[i].body !== body.toUpperCase()) {
        add(
          `${at}.${body}`,
          `${JSON.stringify(id)} was voted in the ${file.decisions[i].body}, not the ${body.toUpperCase()}`,
        );
      }
    }
  });
  return problems;
}

/** Checks of the built model against the rules: tallies and outcomes. */
export function checkRules(dataset: Dataset): Problem[] {
  const problems: Problem[] = [];
  dataset.decisions.forEach((d, di) => {
    const at = `decisions[${di}]`;
    for (const check of checkTally(d)) {
      for (const p of check.problems) {
        problems.push({
          path: p.list === null ? `${at}.positionLists` : `${at}.positionLists[${p.list}]`,
          message: p.message,
        });
      }
    }
    d.record.tally.forEach((claim, ti) => {
      const computed = computeOutcome(dataset, d, claim.value);
      if (computed.result === null) return;
      d.record.outcome.forEach((recorded, oi) => {
        if (!outcomesAgree(d.body, recorded.value, computed)) {
          const who = computed.vetoedBy.length ? ` by ${computed.vetoedBy.join(', ')}` : '';
          problems.push({
            path: `${at}.outcome[${oi}]`,
            message: `recorded as ${recorded.value.result}, but the tally at ${at}.tally[${ti}] makes it ${computed.result}${who}`,
          });
        }
      });
    });
  });
  return problems;
}
