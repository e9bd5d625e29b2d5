
/** A quote longer than this many characters is cut on a projector's caption: two lines at 18 px on a 1024 px screen. */
export const QUOTE_MAX_CHARS = 150;

/** An unnamed publisher's article is named by its headline, cut to this many characters (issue 15: not "— August 2024" alone). */
export const HEADLINE_MAX_CHARS = 40;

/**
 * A source's verbatim quote, shortened for a caption or a slide (issue 15):
 * kept whole when it fits, else cut at the last word that fits and ended
 * with "…" (characters are counted as code points, so Vietnamese
 * diacritics and emoji are never split).
 */
export function shortQuote(text: string, max = QUOTE_MAX_CHARS): string {
  const chars = [...text.trim()];
  if (chars.length <= max) return chars.join('');
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.search(/\s\S*$/);
  // At a word's end, never inside a word (issue 15), unless the first word alone is too long.
  const head = space > 0 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:.([…]+$/u, '')}…`;
}

/**
 * A caption's headline for display (issue 15, analyst review: the French
 * headline broke "Vietnam-" / "Laos"): a hyphen between two capitalised
 * names (Vietnam-Laos, Chine-Vietnam) becomes a non-breaking hyphen
 * (U+2011), and an unspaced dash between them is joined (U+2060), so a pair
 * of countries never breaks across lines. Display only: the data and the
 * quotes keep their own characters.
 */
export function keepPairsTogether(text: string): string {
  return text
    .replace(/(\p{Lu}\p{Ll}+)-(?=\p{Lu})/gu, '$1\u2011')
    .replace(/(\p{Lu}\p{Ll}+)([\u2013\u2014])(?=\p{Lu})/gu, '$1\u2060$2\u2060');
}
