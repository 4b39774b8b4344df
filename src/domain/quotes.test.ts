import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkQuote, normaliseQuoteText, quotedCitations, quoteParts } from './quotes';

const found = (quote: string, text: string) => checkQuote(quote, text).found;

const RECORDS = `**No (18), complete** (WIKI-ES11-7; the same 18 named in UP-7499902, citing the EU delegation's photo of the voting board):
Belarus, Burkina Faso, Burundi, Central African Republic, Equatorial Guinea, Eritrea, Haiti, Hungary, Israel, Mali, Marshall Islands, Nicaragua, Niger, North Korea, Palau, Russia, Sudan, United States

**Abstain (65): INCOMPLETE.** Only these 14 are attested as a list (WIKI-ES11-7, alphabetical, the rest not at hand).
The dataset records those countries' votes as *not reported*: it never fills a gap by guessing.

| amendment | proposed by | result |
|---|---|---|
| Russian amendment | Russian Federation | **rejected: 31 in favour, 71 against** |

WIKI-ES11-7 | https://en.wikipedia.org/wiki/United_Nations_General_Assembly_Resolution_ES-11/7
UNDL-SC: https://github.com/matthewholandez/un-votes/backend/data/live/sc_archive.json
PR-GA12677: the two amendments "garnered 9 and 11 votes in favour, respectively, but were not adopted"`;

const ARTICLE = `Ukraine\u2014joined by the UK and most members of the European Union\u2014introduced a resolution calling for Russia to \u201ccompletely and unconditionally withdraw all of its military forces.\u201d
The U.S. ended up abstaining on its own competing resolution after the brief three-paragraph text was amended.`;

describe('checkQuote: what stands verbatim', () => {
  it.each([
    ['a sentence as written', 'Only these 14 are attested as a list', RECORDS],
    ['across a line break', 'Palau, Russia, Sudan, United States', RECORDS],
    ['without the markdown emphasis', 'No (18), complete (WIKI-ES11-7;', RECORDS],
    ['bold across a sentence', 'Abstain (65): INCOMPLETE. Only these 14', RECORDS],
    ['italics', "those countries' votes as not reported: it never", RECORDS],
    ['a table cell', 'rejected: 31 in favour, 71 against', RECORDS],
    ['words left out, in order', 'No (18), complete … Belarus, Burkina Faso, … Sudan, United States', RECORDS],
    ['words left out, marked [...]', 'No (18), complete [...] Belarus', RECORDS],
    ['words left out, marked ...', 'No (18), complete ... Belarus', RECORDS],
    ['straight quotes for typographic ones', 'calling for Russia to "completely and unconditionally withdraw', ARTICLE],
    ['typographic quotes for straight ones', 'the two amendments \u201cgarnered 9 and 11 votes in favour', RECORDS],
    ['a typographic apostrophe', 'the EU delegation\u2019s photo of the voting board', RECORDS],
    ['a dash kept as written', 'Ukraine\u2014joined by the UK', ARTICLE],
    ['an underscore inside a word', 'backend/data/live/sc_archive.json', RECORDS],
    ['extra spaces in the quote', '  The U.S.   ended up\nabstaining ', ARTICLE],
  ])('finds %s', (_, quote, text) => {
    expect(checkQuote(quote, text)).toMatchObject({ found: true, missing: null });
  });
});

describe('checkQuote: what does not', () => {
  it.each([
    ['a rewording', 'the same 18 named, citing the EU delegation photo of the voting board', RECORDS],
    ['a summary of a table', 'Russian amendment, proposed by the Russian Federation, rejected', RECORDS],
    ['two cells of a table row joined', 'Russian amendment | Russian Federation', RECORDS],
    ['parts in another order', 'Belarus, Burkina Faso … No (18), complete', RECORDS],
    ['two passages stitched without a mark', 'No (18), complete Belarus', RECORDS],
    [
      'an inner quotation closed early',
      'the two amendments "garnered 9 and 11 votes in favour, respectively"',
      RECORDS,
    ],
    ['a cut word', 'ussian amendment', RECORDS],
    ['a word cut at its end', 'Only these 14 are attest', RECORDS],
    ['another letter case', 'only these 14 are attested as a list', RECORDS],
    ['words of an address as if they were the page', 'United Nations General Assembly Resolution ES-11/7', RECORDS],
    ['nothing but an ellipsis', '…', RECORDS],
    ['a dash for a hyphen', 'Ukraine-joined by the UK', ARTICLE],
  ])('rejects %s', (_, quote, text) => {
    expect(found(quote, text)).toBe(false);
  });

  it('names the first part it could not find', () => {
    expect(checkQuote('No (18), complete … Russia, Sudan … Belarus', RECORDS)).toEqual({
      found: false,
      missing: 'Belarus',
      lines: [],
    });
  });

  it('gives the line on which each part starts, so a reader can tell a table cell from a sentence', () => {
    expect(checkQuote('No (18), complete … Sudan, United States … rejected: 31 in favour', RECORDS)).toEqual({
      found: true,
      missing: null,
      lines: [0, 1, 8],
    });
  });
});

describe('normaliseQuoteText and quoteParts', () => {
  it('takes out emphasis, typographic quotes and extra whitespace', () => {
    expect(normaliseQuoteText('  **Yes** _(93)_,\n\u201ccomplete\u201d  it\u2019s ')).toBe(
      'Yes (93), "complete" it\'s',
    );
  });

  it('splits a quote at each mark of words left out', () => {
    expect(quoteParts('a … b [...] c ... d [\u2026] e')).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

/** Texts of distinct five-letter words: no word is a part of another, so every span is found once. */
const words = fc.uniqueArray(fc.stringMatching(/^[a-z]{5}$/), { minLength: 6, maxLength: 40 });
const whitespace = fc.constantFrom(' ', '  ', '\n', '\t', ' \n  ', '\u00a0');
const emphasis = fc.constantFrom('', '*', '**', '_', '__');

/** A text of the words with varied whitespace and emphasis, and two spans of word indexes. */
const textAndSpans = words.chain((ws) =>
  fc
    .record({
      ws: fc.constant(ws),
      gaps: fc.array(whitespace, { minLength: ws.length, maxLength: ws.length }),
      marks: fc.array(emphasis, { minLength: ws.length, maxLength: ws.length }),
      cuts: fc
        .uniqueArray(fc.integer({ min: 0, max: ws.length }), { minLength: 4, maxLength: 4 })
        .map((c) => [...c].sort((a, b) => a - b)),
    })
    .map(({ ws, gaps, marks, cuts }) => ({
      ws,
      text: ws.map((w, i) => `${marks[i]}${w}${marks[i]}${gaps[i]}`).join(''),
      // Two non-empty, non-adjacent spans in order: [a, b) and [c, d) with b < c.
      first: [cuts[0], cuts[1]] as const,
      second: [cuts[2], cuts[3]] as const,
    })),
);
const span = (ws: string[], [from, to]: readonly [number, number]) => ws.slice(from, to).join(' ');

describe('checkQuote: properties', () => {
  it('finds any run of words, whatever the whitespace and emphasis around them', () => {
    fc.assert(
      fc.property(textAndSpans, ({ ws, text, first }) => {
        expect(found(span(ws, first), text)).toBe(true);
      }),
    );
  });

  it('finds two runs in order with the words between left out', () => {
    fc.assert(
      fc.property(textAndSpans, ({ ws, text, first, second }) => {
        expect(found(`${span(ws, first)} … ${span(ws, second)}`, text)).toBe(true);
      }),
    );
  });

  it('does not find two runs in the other order', () => {
    fc.assert(
      fc.property(textAndSpans, ({ ws, text, first, second }) => {
        expect(found(`${span(ws, second)} … ${span(ws, first)}`, text)).toBe(false);
      }),
    );
  });

  it('does not find two runs stitched together without a mark where words were left out', () => {
    fc.assert(
      fc.property(
        textAndSpans.filter(({ first, second }) => first[1] < second[0]),
        ({ ws, text, first, second }) => {
          expect(found(`${span(ws, first)} ${span(ws, second)}`, text)).toBe(false);
        },
      ),
    );
  });

  it('does not find a run with one word changed', () => {
    fc.assert(
      fc.property(textAndSpans, fc.nat(), ({ ws, text, first }, pick) => {
        const run = ws.slice(first[0], first[1]);
        run[pick % run.length] = 'ZZZZZ';
        expect(found(run.join(' '), text)).toBe(false);
      }),
    );
  });

  it('does not find a run with two neighbouring words swapped', () => {
    fc.assert(
      fc.property(
        textAndSpans.filter(({ first }) => first[1] - first[0] >= 2),
        fc.nat(),
        ({ ws, text, first }, pick) => {
          const run = ws.slice(first[0], first[1]);
          const i = pick % (run.length - 1);
          [run[i], run[i + 1]] = [run[i + 1], run[i]];
          expect(found(run.join(' '), text)).toBe(false);
        },
      ),
    );
  });

  it('accepts typographic quotation marks for straight ones and back', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(['"', '\u201c', '\u201d'], ["'", '\u2018', '\u2019']),
        fc.nat(),
        fc.nat(),
        (marks, a, b) => {
          const source = `He said ${marks[a % 3]}peace${marks[b % 3]} twice.`;
          expect(found(`said ${marks[b % 3]}peace${marks[a % 3]} twice`, source)).toBe(true);
        },
      ),
    );
  });
});

describe('quotedCitations', () => {
  it('lists every citation with its path in the file', () => {
    const file = {
      sources: [{ key: 'A', title: 'not a citation' }],
      decisions: [
        {
          title: { value: 'x', citations: [{ source: 'A', quote: 'one' }] },
          tally: [{ value: {}, citations: [{ source: 'B', quote: 'two' }] }],
        },
      ],
      questions: [{ citations: [{ source: 'C', quote: 'three' }] }],
    };
    expect(quotedCitations(file)).toEqual([
      { path: 'decisions[0].title.citations[0]', source: 'A', quote: 'one' },
      { path: 'decisions[0].tally[0].citations[0]', source: 'B', quote: 'two' },
      { path: 'questions[0].citations[0]', source: 'C', quote: 'three' },
    ]);
  });
});
