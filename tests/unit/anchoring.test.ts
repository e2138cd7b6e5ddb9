import { describe, expect, it } from 'vitest';
import search from 'approx-string-match';
import { anchorFromQuote, anchorFromRange, reanchor } from '../../src-main/core/anchoring';
import { codePointToUtf16Offset, utf16ToCodePointOffset } from '../../src-main/core/codepoints';
import { BLOCK_SEPARATOR } from '../../src-main/contract/domain';
import { CasebookError, type ErrorCode } from '../../src-main/contract/errors';
import { normaliseInline } from '../../src-main/core/text-normalise';
import { readFixture, seededRandom } from '../helpers';

const RAW = readFixture('reports', '000_f21f05dd4cd8cb1c.txt').toString('utf8');
/** An approximation of the importer's normalised text: one block per non-empty line. */
const TEXT = RAW.split('\n')
  .map(normaliseInline)
  .filter((line) => line.length > 0)
  .join(BLOCK_SEPARATOR);

const FLAGS = 'Minsk 🇧🇾 and Havana 🇨🇺 signed';

function caught(fn: () => unknown): CasebookError {
  try {
    fn();
  } catch (error) {
    if (error instanceof CasebookError) return error;
    throw error;
  }
  throw new Error('expected a CasebookError');
}

function expectError(fn: () => unknown, code: ErrorCode, message?: RegExp): CasebookError {
  const error = caught(fn);
  expect(error.code).toBe(code);
  if (message) expect(error.message).toMatch(message);
  return error;
}

function allIndexesOf(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the seed report as normalised text', () => {
  it('has lost the non-breaking spaces of the original', () => {
    expect(RAW).toContain('Polonez-M\u00a0missile');
    expect(TEXT).not.toContain('\u00a0');
    expect(TEXT).toContain('Polonez-M missile');
  });
});

describe('anchorFromRange', () => {
  const start = TEXT.indexOf('Polonez-M missile');
  const end = start + 'Polonez-M missile systems from Belarus, with a range of 300 km'.length;

  it('keeps the passage and up to 32 characters on either side', () => {
    const anchor = anchorFromRange(TEXT, start, end);
    expect(anchor).toEqual({
      start,
      end,
      exact: 'Polonez-M missile systems from Belarus, with a range of 300 km',
      prefix: 'na was interested in purchasing ',
      suffix: '. The distance between Cuba and ',
    });
    expect(anchor.prefix).toHaveLength(32);
    expect(TEXT.slice(start - anchor.prefix.length, start)).toBe(anchor.prefix);
  });

  it('cuts the context short at either end of the text, and honours a custom context length', () => {
    const first = anchorFromRange(TEXT, 0, 3);
    expect(first.prefix).toBe('');
    expect(first.exact).toBe('top');
    const last = anchorFromRange(TEXT, TEXT.length - 4, TEXT.length, 20);
    expect(last.exact).toBe('page');
    expect(last.suffix).toBe('');
    expect(last.prefix).toBe('Comments\n\nbottom of ');
    expect(anchorFromRange(TEXT, start, end, 0)).toMatchObject({ prefix: '', suffix: '' });
  });

  it('rejects passages that are not inside the text, in plain words', () => {
    expectError(() => anchorFromRange(TEXT, 120, TEXT.length + 5), 'VALIDATION', /is not inside this source \(its text is 10,\d{3} characters long\)/);
    expectError(() => anchorFromRange(TEXT, -1, 5), 'VALIDATION', /not inside this source/);
    expectError(() => anchorFromRange(TEXT, 120, 90), 'VALIDATION', /^The passage 120–90 ends before it starts\.$/);
    expectError(() => anchorFromRange(TEXT, 120, 120), 'VALIDATION', /empty/);
    expectError(() => anchorFromRange(TEXT, 1.5, 9), 'VALIDATION', /whole numbers/);
    expectError(() => anchorFromRange(TEXT, 0, 5, -1), 'VALIDATION');
  });

  it('rejects a passage of nothing but whitespace (it could never be found again)', () => {
    const gap = TEXT.indexOf(BLOCK_SEPARATOR);
    expectError(() => anchorFromRange(TEXT, gap, gap + 2), 'VALIDATION', /only spaces or line breaks/);
  });

  it('widens a range that would cut an emoji in two, and never cuts one in the context', () => {
    const flag = FLAGS.indexOf('🇧🇾'); // 6: two surrogate pairs, 4 code units
    // start between the halves of the first pair, end between the halves of the second
    const anchor = anchorFromRange(FLAGS, flag + 1, flag + 3, 3);
    expect(anchor).toMatchObject({ start: flag, end: flag + 4, exact: '🇧🇾' });
    // suffix of 3 units would end inside nothing; prefix of 3 is 'sk '
    expect(anchor.prefix).toBe('sk ');
    expect(anchor.suffix).toBe(' an');

    const and = FLAGS.indexOf(' and');
    const withCutContext = anchorFromRange(FLAGS, and, and + 4, 1);
    // one code unit before ' and' is the low half of 🇾: the prefix drops it rather than keep half
    expect(withCutContext.prefix).toBe('');
    const full = anchorFromRange(FLAGS, and, and + 4, 2);
    expect(full.prefix).toBe('🇾');
    for (const a of [anchor, withCutContext, full]) {
      for (const part of [a.exact, a.prefix, a.suffix]) expect(part).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
    }
  });
});

describe('anchorFromQuote', () => {
  const polonez = 'Polonez-M missile systems from Belarus, with a range of 300 km';

  it('finds a quote typed with a plain space where the original had a non-breaking one', () => {
    const anchor = anchorFromQuote(TEXT, { quote: polonez });
    expect(TEXT.slice(anchor.start, anchor.end)).toBe(anchor.exact);
    expect(anchor.exact).toBe(polonez);
    expect(anchor.start).toBe(TEXT.indexOf(polonez));
  });

  it('keeps the source’s own characters when the text itself still has the non-breaking space', () => {
    const anchor = anchorFromQuote(RAW, { quote: polonez });
    expect(anchor.exact).toBe('Polonez-M\u00a0missile systems from Belarus, with a range of 300 km');
    expect(RAW.slice(anchor.start, anchor.end)).toBe(anchor.exact);
  });

  it('ignores line breaks, double and non-breaking spaces in the typed quote', () => {
    const expected = anchorFromQuote(TEXT, { quote: polonez });
    for (const typed of ['  Polonez-M\u00a0missile  systems\nfrom Belarus,\r\nwith a range\tof 300\u202fkm ', 'Polonez-M missile systems from Belarus, with a\u2028range of 300 km']) {
      expect(anchorFromQuote(TEXT, { quote: typed })).toEqual(expected);
    }
  });

  it('matches a quote spanning two blocks across the block separator', () => {
    const anchor = anchorFromQuote(TEXT, { quote: 'Marco Rubio, U.S. Secretary of State Marco Rubio' });
    expect(anchor.exact).toBe('Marco Rubio, U.S. Secretary of State\n\nMarco Rubio');
  });

  describe('a name that appears three times: “Álvaro López”', () => {
    const positions = allIndexesOf(TEXT, 'Álvaro López');

    it('is in the report three times', () => {
      expect(positions).toHaveLength(3);
    });

    it('is AMBIGUOUS without more to go on, with the count and how to resolve it', () => {
      expectError(
        () => anchorFromQuote(TEXT, { quote: 'Álvaro López' }),
        'AMBIGUOUS',
        /^The quoted passage “Álvaro López” appears 3 times in this source; give some words before or after it, or say which occurrence \(1–3\)\.$/,
      );
    });

    it('picks the occurrence asked for', () => {
      expect(anchorFromQuote(TEXT, { quote: 'Álvaro López', occurrence: 2 }).start).toBe(positions[1]);
      expect(anchorFromQuote(TEXT, { quote: 'Álvaro López', occurrence: 3 }).start).toBe(positions[2]);
      expectError(() => anchorFromQuote(TEXT, { quote: 'Álvaro López', occurrence: 4 }), 'VALIDATION', /from 1 to 3/);
      expectError(() => anchorFromQuote(TEXT, { quote: 'Álvaro López', occurrence: 0 }), 'VALIDATION');
      expectError(() => anchorFromQuote(TEXT, { quote: polonez, occurrence: 2 }), 'VALIDATION', /only once/);
    });

    it('picks the occurrence whose words before or after match', () => {
      expect(anchorFromQuote(TEXT, { quote: 'Álvaro López', prefix: 'an award from Cuban Defense Minister' }).start).toBe(positions[0]);
      expect(anchorFromQuote(TEXT, { quote: 'Álvaro López', suffix: 'paid a return visit' }).start).toBe(positions[1]);
      expect(anchorFromQuote(TEXT, { quote: 'Álvaro López', prefix: 'Cuban Defense Minister', suffix: ' was present' }).start).toBe(positions[2]);
    });

    it('picks by roughly matching words when none match exactly', () => {
      expect(anchorFromQuote(TEXT, { quote: 'Álvaro López', prefix: 'recieved an award frm Cuban Defence Minister' }).start).toBe(positions[0]);
    });

    it('stays AMBIGUOUS when the given words fit several occurrences', () => {
      expectError(
        () => anchorFromQuote(TEXT, { quote: 'Álvaro López', prefix: 'Cuban Defense Minister' }),
        'AMBIGUOUS',
        /appears 3 times in this source, and the words given before or after it do not single one out/,
      );
      expectError(() => anchorFromQuote(TEXT, { quote: 'Álvaro López', suffix: 'zebra crossing' }), 'AMBIGUOUS');
    });

    it('finds a decomposed (NFD) “Á” typed by the analyst in the precomposed (NFC) text', () => {
      const nfd = 'A\u0301lvaro Lo\u0301pez paid'; // as typed on some keyboards / pasted from macOS file names
      expect(nfd).not.toBe(nfd.normalize('NFC'));
      const anchor = anchorFromQuote(TEXT, { quote: nfd });
      expect(anchor.start).toBe(positions[1]);
      expect(anchor.exact).toBe('Álvaro López paid'.normalize('NFC'));
    });
  });

  it('finds en and em dashes, typed as such or as a hyphen, and keeps the source’s dash', () => {
    const title = anchorFromQuote(TEXT, { quote: 'Lukashenko and Cuba – Waging a Covert War' });
    expect(title.exact).toBe('Lukashenko and Cuba – Waging a Covert War');
    expect(anchorFromQuote(TEXT, { quote: 'Lukashenko and Cuba - Waging a Covert War' })).toEqual(title);

    const emDash = anchorFromQuote(TEXT, { quote: 'no coincidence — and here’s why' });
    expect(TEXT.slice(emDash.start, emDash.end)).toBe('no coincidence — and here’s why');
    expect(anchorFromQuote(TEXT, { quote: "no coincidence - and here's why" })).toEqual(emDash);
    expect(anchorFromQuote(TEXT, { quote: 'January 2025 – The Head' }).exact).toBe('January 2025 – The Head');
  });

  it('says plainly when the quote is not there, shortening a long quote', () => {
    expectError(() => anchorFromQuote(TEXT, { quote: 'Álvaro Lopez' }), 'NOT_FOUND', /^The quoted passage “Álvaro Lopez” is not in this source\.$/);
    const long = `${'Lukashenko met the leaders of many distant countries. '.repeat(5)}`;
    const error = expectError(() => anchorFromQuote(TEXT, { quote: long }), 'NOT_FOUND', /^The quoted passage “Lukashenko met the leaders of many distant countries\. Lukas…” is not in this source\.$/);
    expect(error.message.length).toBeLessThan(120);
    expectError(() => anchorFromQuote(TEXT, { quote: ' \n\u00a0' }), 'VALIDATION', /empty/);
  });

  it('works on text with emoji', () => {
    const anchor = anchorFromQuote(FLAGS, { quote: '🇧🇾 and Havana 🇨🇺' });
    expect(anchor).toMatchObject({ start: 6, end: 6 + 4 + ' and Havana '.length + 4, prefix: 'Minsk ', suffix: ' signed' });
  });
});

describe('code point offsets (for the W3C export)', () => {
  const codePoints = Array.from(FLAGS);

  it('round-trips every character boundary', () => {
    expect(FLAGS.length).toBe(codePoints.length + 4); // two flags, each two surrogate pairs
    for (let cp = 0; cp <= codePoints.length; cp++) {
      const utf16 = codePoints.slice(0, cp).join('').length;
      expect(codePointToUtf16Offset(FLAGS, cp)).toBe(utf16);
      expect(utf16ToCodePointOffset(FLAGS, utf16)).toBe(cp);
    }
  });

  it('converts a passage after the flags', () => {
    const anchor = anchorFromQuote(FLAGS, { quote: 'signed' });
    expect(anchor.start).toBe(FLAGS.length - 6);
    expect(utf16ToCodePointOffset(FLAGS, anchor.start)).toBe(codePoints.length - 6);
    expect(utf16ToCodePointOffset(FLAGS, anchor.end)).toBe(codePoints.length);
  });

  it('is the identity on the seed report, which has no character outside the BMP', () => {
    expect(utf16ToCodePointOffset(TEXT, TEXT.length)).toBe(TEXT.length);
    expect(codePointToUtf16Offset(TEXT, 5000)).toBe(5000);
  });

  it('refuses offsets inside a surrogate pair or outside the text', () => {
    expectError(() => utf16ToCodePointOffset(FLAGS, 7), 'VALIDATION', /inside a character/);
    expectError(() => utf16ToCodePointOffset(FLAGS, 9), 'VALIDATION', /inside a character/);
    expectError(() => utf16ToCodePointOffset(FLAGS, FLAGS.length + 1), 'VALIDATION', /not inside this text/);
    expectError(() => utf16ToCodePointOffset(FLAGS, -1), 'VALIDATION');
    expectError(() => codePointToUtf16Offset(FLAGS, codePoints.length + 1), 'VALIDATION', /not inside this text/);
    expectError(() => codePointToUtf16Offset(FLAGS, 0.5), 'VALIDATION');
  });
});

describe('reanchor', () => {
  const sentence = 'The distance between Cuba and the U.S. at the narrowest point of the Florida Strait is just 180 km.';
  const sentenceStart = TEXT.indexOf(sentence);
  const stored = anchorFromRange(TEXT, sentenceStart, sentenceStart + sentence.length);

  it('finds the passage where it was in the unchanged text', () => {
    expect(reanchor(TEXT, stored)).toEqual({ start: stored.start, end: stored.end, exact: sentence, score: 1, exactMatch: true });
  });

  it('finds it after whitespace changed everywhere', () => {
    const reflowed = TEXT.replaceAll(BLOCK_SEPARATOR, '\n').replaceAll(', ', ',  ').replaceAll(' the ', ' the\n');
    const found = reanchor(reflowed, stored);
    expect(found).not.toBeNull();
    expect(collapse(found!.exact)).toBe(sentence);
    expect(reflowed.slice(found!.start, found!.end)).toBe(found!.exact);
    expect(found!.exactMatch).toBe(true);

    // a passage spanning two blocks, whose separator became a single line break
    const caption = anchorFromQuote(TEXT, { quote: 'Secretary of State Marco Rubio, U.S.' });
    const spanning = reanchor(reflowed, caption);
    expect(spanning!.exact).toBe('Secretary of State\nMarco Rubio,  U.S.');
  });

  it('finds it after 200 characters were inserted before it', () => {
    const inserted = 'An editor’s note was added here. '.repeat(7).slice(0, 200);
    for (const at of [sentenceStart - 300, sentenceStart]) {
      const changed = TEXT.slice(0, at) + inserted + TEXT.slice(at);
      const found = reanchor(changed, stored);
      expect(found).toMatchObject({ start: stored.start + 200, end: stored.end + 200, exact: sentence, exactMatch: true });
    }
  });

  it('finds a short, repeated quote after text was inserted right before it, by its context', () => {
    const second = anchorFromQuote(TEXT, { quote: 'Álvaro López', occurrence: 2 });
    const changed = TEXT.slice(0, second.start) + 'x'.repeat(200) + TEXT.slice(second.start);
    const found = reanchor(changed, second);
    expect(found).toMatchObject({ start: second.start + 200, end: second.end + 200, exact: 'Álvaro López' });
  });

  it('finds a long quote after a one-word edit inside it, saying the match is not exact', () => {
    const edited = TEXT.replace('at the narrowest point', 'at the closest point');
    const found = reanchor(edited, stored);
    expect(found).not.toBeNull();
    expect(found!.start).toBe(stored.start);
    expect(found!.exact).toBe(sentence.replace('narrowest', 'closest'));
    expect(found!.exactMatch).toBe(false);
    expect(found!.score).toBeLessThan(1);
    expect(found!.score).toBeGreaterThan(0.8);
  });

  it('is not fooled by the same letters turning up at the old offsets', () => {
    const at = TEXT.indexOf('Florida') + 2; // the “o” of Florida
    const stored = anchorFromRange(TEXT, at, at + 1);
    let shift = 1;
    while (TEXT[at - shift] !== TEXT[at]) shift++;
    const changed = '#'.repeat(shift) + TEXT;
    expect(changed[at]).toBe('o'); // the old offsets now hold another “o”
    expect(reanchor(changed, stored)).toMatchObject({ start: at + shift, exact: 'o', exactMatch: true });
  });

  it('honours a stricter quote similarity', () => {
    const edited = TEXT.replace('at the narrowest point', 'at the closest point');
    expect(reanchor(edited, stored, { minQuoteSimilarity: 0.99 })).toBeNull();
  });

  it('orphans the passage (null) when it was deleted', () => {
    expect(reanchor(TEXT.replace(sentence, ''), stored)).toBeNull();
    const quoted = anchorFromQuote(TEXT, { quote: 'Minsk has always been and remains a reliable ally of Havana, ready to lend a helping hand' });
    expect(reanchor(TEXT.replace(/On January 1, 2025, [^\n]+/, 'On January 1, 2025, nothing was said.'), quoted)).toBeNull();
  });

  it('orphans a deleted short passage even though a similar string exists elsewhere', () => {
    const short = anchorFromQuote(TEXT, { quote: 'a range of 300 km' });
    const changed = TEXT.replace(', with a range of 300 km', '').replace('Chinese-made Dajiang', 'Chinese-made (a range of 380 km) Dajiang');
    // the trap is real: approximate matching alone lands on the other string, one character off
    const trap = search(changed, 'a range of 300 km', 8);
    expect(trap[0].errors).toBe(1);
    expect(changed.slice(trap[0].start, trap[0].end)).toBe('a range of 380 km');
    expect(reanchor(changed, short)).toBeNull();
    // with no context at all, an approximate short match is never trusted either
    expect(reanchor(changed, { exact: 'a range of 300 km' })).toBeNull();
  });

  it('orphans rather than guesses between identical candidates', () => {
    const twice = 'Preface. The same words here. Between. The same words here. End.';
    expect(reanchor(twice, { exact: 'The same words here' })).toBeNull();
    const later = twice.lastIndexOf('The same');
    expect(reanchor(twice, { exact: 'The same words here', start: later + 3 })?.start).toBe(later);
    expect(reanchor(twice, { exact: 'The same words here', prefix: 'Between. ' })?.start).toBe(later);
  });

  it('orphans an empty selector', () => {
    expect(reanchor(TEXT, { exact: ' \n ' })).toBeNull();
  });

  describe('200 random passages of the seed report', () => {
    const random = seededRandom(20250101);
    const cases: { start: number; end: number }[] = [];
    while (cases.length < 200) {
      const start = Math.floor(random() * (TEXT.length - 1));
      const end = Math.min(TEXT.length, start + 1 + Math.floor(random() * 200));
      if (TEXT.slice(start, end).trim() === '') {
        expectError(() => anchorFromRange(TEXT, start, end), 'VALIDATION');
        continue;
      }
      cases.push({ start, end });
    }

    it('re-anchor at the same place in the same text', () => {
      for (const { start, end } of cases) {
        const anchor = anchorFromRange(TEXT, start, end);
        expect(reanchor(TEXT, anchor), `${start}–${end}`).toMatchObject({ start, end, exact: anchor.exact });
        // also without the stored position, from the quote and its context alone
        const fromQuote = reanchor(TEXT, { exact: anchor.exact, prefix: anchor.prefix, suffix: anchor.suffix });
        expect(collapse(TEXT.slice(fromQuote!.start, fromQuote!.end)), `${start}–${end}`).toBe(collapse(anchor.exact));
        expect(fromQuote!.start - start, `${start}–${end}`).toBe(anchor.exact.length - anchor.exact.trimStart().length);
      }
    });

    it('re-anchor at the shifted place after spaces were inserted around them', () => {
      for (const { start, end } of cases) {
        const anchor = anchorFromRange(TEXT, start, end);
        const insertAt = Array.from({ length: 40 }, () => Math.floor(random() * (TEXT.length + 1)))
          .filter((p) => p <= start || p >= end)
          .sort((a, b) => a - b);
        let changed = '';
        let from = 0;
        let shift = 0; // spaces inserted before the passage
        for (const p of insertAt) {
          const spaces = random() < 0.5 ? ' ' : '  ';
          changed += TEXT.slice(from, p) + spaces;
          if (p <= start) shift += spaces.length;
          from = p;
        }
        changed += TEXT.slice(from);
        const found = reanchor(changed, anchor);
        expect(found, `${start}–${end}`).not.toBeNull();
        expect(collapse(found!.exact), `${start}–${end}`).toBe(collapse(anchor.exact));
        // leading whitespace is dropped unless the passage was found untouched
        const leading = found!.exact === anchor.exact ? 0 : anchor.exact.length - anchor.exact.trimStart().length;
        expect(found!.start, `${start}–${end}`).toBe(start + shift + leading);
      }
    });
  });
});
