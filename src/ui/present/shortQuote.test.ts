// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { keepPairsTogether, QUOTE_MAX_CHARS, shortQuote } from './shortQuote';

describe('shortQuote', () => {
  it('keeps a quote that fits', () => {
    expect(shortQuote('leur entretien à Hanoï')).toBe('leur entretien à Hanoï');
    expect(shortQuote('a'.repeat(QUOTE_MAX_CHARS))).toBe('a'.repeat(QUOTE_MAX_CHARS));
  });
  it('cuts a long one at a word, with an ellipsis, within the limit', () => {
    const q = 'Le Commandement de la défense de la zone 5 - Khe Sanh (province de Quang Tri, au Vietnam) […] a organisé, le 15 janvier, une cérémonie';
    const s = shortQuote(q, 60);
    expect([...s].length).toBeLessThanOrEqual(60);
    expect(s).toBe('Le Commandement de la défense de la zone 5 - Khe Sanh…');
    expect(q.startsWith(s.slice(0, -1))).toBe(true);
  });
  it('never cuts inside a word, even when the last word that fits is short and the next one long (issue 15)', () => {
    const q = 'Hanoï a Vientiane-Savannakhet-Salavan-Attapeu';
    expect(shortQuote(q, 30)).toBe('Hanoï a…');
    for (const n of [12, 20, 40, 60, 100]) {
      const long = 'Le Commandement de la défense de la zone 5 - Khe Sanh (province de Quang Tri, au Vietnam) a organisé, le 15 janvier, une cérémonie';
      const s = shortQuote(long, n).slice(0, -1);
      // What is kept ends where a word ends in the quote.
      expect(long.startsWith(s), `${n}`).toBe(true);
      expect(/[\s,;:.)]/u.test(long[s.length] ?? ' '), `${n}: ${s}`).toBe(true);
    }
  });
  it('drops trailing punctuation and an opened bracket before the ellipsis', () => {
    expect(shortQuote('un deux, trois [… quatre cinq six sept', 17)).toBe('un deux, trois…');
  });
  it('a single long word is cut inside, never past the limit; code points are not split', () => {
    expect(shortQuote('x'.repeat(30), 10)).toBe(`${'x'.repeat(9)}…`);
    expect([...shortQuote('Quảng Trị '.repeat(30), 25)].length).toBeLessThanOrEqual(25);
  });
});

describe('keepPairsTogether (issue 15 review: "Vietnam-" / "Laos")', () => {
  it('joins two country names with a non-breaking hyphen', () => {
    expect(keepPairsTogether('Campagnes antidrogue à la frontière Vietnam-Laos')).toBe('Campagnes antidrogue à la frontière Vietnam\u2011Laos');
    expect(keepPairsTogether('Sommet Chine-Vietnam-Laos')).toBe('Sommet Chine\u2011Vietnam\u2011Laos');
    expect(keepPairsTogether('Vietnam\u2013Laos border')).toBe('Vietnam\u2060\u2013\u2060Laos border');
  });
  it('leaves other hyphens alone', () => {
    expect(keepPairsTogether('un accord tripartite, non-traditionnel')).toBe('un accord tripartite, non-traditionnel');
    expect(keepPairsTogether('zone 5 - Khe Sanh')).toBe('zone 5 - Khe Sanh');
  });
});
