// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { messages as enCore } from './locales/en';
import { messages as frCore } from './locales/fr';
import { messages as viCore } from './locales/vi';
import { words as enPresent } from './parts/present.en';
import { words as frPresent } from './parts/present.fr';
import { words as viPresent } from './parts/present.vi';
import { words as enShare } from './parts/share.en';
import { words as frShare } from './parts/share.fr';
import { words as viShare } from './parts/share.vi';
import { problemMessages as frProblems } from './problems/problemWords.fr';
import { problemMessages as viProblems } from './problems/problemWords.vi';

/**
 * Issue 16, "names as each language writes them", in the interface: French
 * wants a narrow no-break space (U+202F) before `:` `;` `?` `!` and inside
 * « », never an ordinary or a full no-break space (nor none); Vietnamese
 * quotes with “ ”, never « » or straight quotes. date-fns format patterns
 * (`date.format.*`, `date.short.*`) are not text and are left out.
 */
// Each language whole: its core catalogue and its parts (loaded on demand, issue 18).
const en = { ...enCore, ...enPresent, ...enShare };
const fr = { ...frCore, ...frPresent, ...frShare };
const vi = { ...viCore, ...viPresent, ...viShare };

const isText = (key: string) => !/^date\.(format|short)\./.test(key);

function frenchFaults(catalogue: Readonly<Record<string, string>>): string[] {
  const faults: string[] = [];
  for (const [key, text] of Object.entries(catalogue)) {
    if (!isText(key)) continue;
    // A space of the wrong kind before the high punctuation, or inside the guillemets.
    if (/[ \u00a0][:;?!]|«[ \u00a0]|[ \u00a0]»/.test(text)) faults.push(`${key}: ${text}`);
    // No space at all: "mot;" or "«mot»" (a colon may close a word in a URL or a time, so it is not checked here).
    else if (/[^\s\u202f][;?!](?=\s|$)|«[^\u202f]|[^\u202f]»/u.test(text)) faults.push(`${key}: ${text}`);
  }
  return faults;
}

function vietnameseFaults(catalogue: Readonly<Record<string, string>>): string[] {
  return Object.entries(catalogue).filter(([key, text]) => isText(key) && /["«»]/.test(text)).map(([key, text]) => `${key}: ${text}`);
}

/** Keys whose text has a typewriter apostrophe: "L'export" for "L’export" (date-fns patterns quote with it, and are left out). */
function straightApostrophes(catalogue: Readonly<Record<string, string>>): string[] {
  return Object.entries(catalogue).filter(([key, text]) => isText(key) && text.includes("'")).map(([key, text]) => `${key}: ${text}`);
}

describe('typography of the catalogues (issue 16)', () => {
  it('French: a narrow no-break space before : ; ? ! and inside « »', () => {
    expect(frenchFaults(fr)).toEqual([]);
    expect(frenchFaults(frProblems)).toEqual([]);
  });

  it('French and English: two countries join with an en dash, as in the record (Vietnam–Laos, {a}–{b})', () => {
    const pairs = (catalogue: Readonly<Record<string, string>>) => Object.entries(catalogue)
      .filter(([key, text]) => isText(key) && /(\b(Vietnam|Laos|Chine?a?|Cambod\w+)|\})-(Vietnam|Laos|Chin|Cambod|\{)/.test(text)).map(([key]) => key);
    expect(pairs(fr)).toEqual([]);
    expect(pairs(en)).toEqual([]);
  });

  it('English and French: the typographic apostrophe (’), never the typewriter one', () => {
    expect(straightApostrophes(en)).toEqual([]);
    expect(straightApostrophes(fr)).toEqual([]);
    expect(straightApostrophes(frProblems)).toEqual([]);
  });

  it('Vietnamese: “ ” quotation marks only', () => {
    expect(vietnameseFaults(vi)).toEqual([]);
    expect(vietnameseFaults(viProblems)).toEqual([]);
  });

  it('tells a wrong space from the right one', () => {
    expect(frenchFaults({ a: 'Carte : x', b: 'Carte\u00a0: x', c: '« x »', d: 'créée; réessayez', e: 'Carte\u202f: x', f: '«\u202fx\u202f»', g: 'Touches\u202f: N ou . suivant' }))
      .toEqual(['a: Carte : x', 'b: Carte\u00a0: x', 'c: « x »', 'd: créée; réessayez']);
    expect(straightApostrophes({ a: "L'export", b: 'L\u2019export', 'date.format.day': "d 'de' M" })).toEqual(["a: L'export"]);
    expect(vietnameseFaults({ a: '« x »', b: '"x"', c: '“x”', 'date.format.day': "d 'tháng' M" })).toEqual(['a: « x »', 'b: "x"']);
  });
});
