import type { MessageKey } from './locales/en';

export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * Formats a catalogue message: `{name}` inserts a parameter, and
 * `{count, plural, one {…} other {…}}` chooses by Intl.PluralRules, with `#`
 * standing for the locale-formatted number. Parameters are inserted as text;
 * the result is rendered as text by React, never as HTML.
 */
export function formatMessage(template: string, lang: string, params: MessageParams = {}): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) { out += template.slice(i); break; }
    out += template.slice(i, open);
    const close = matchingBrace(template, open);
    if (close < 0) { out += template.slice(open); break; }
    out += formatPlaceholder(template.slice(open + 1, close), lang, params);
    i = close + 1;
  }
  return out;
}

function matchingBrace(s: string, open: number): number {
  let depth = 0;
  for (let j = open; j < s.length; j++) {
    if (s[j] === '{') depth++;
    else if (s[j] === '}' && --depth === 0) return j;
  }
  return -1;
}

function formatPlaceholder(body: string, lang: string, params: MessageParams): string {
  const plural = /^\s*(\w+)\s*,\s*plural\s*,(.*)$/s.exec(body);
  if (!plural) {
    const value = params[body.trim()];
    if (value === undefined) return `{${body}}`;
    return typeof value === 'number' ? new Intl.NumberFormat(lang).format(value) : value;
  }
  const [, name = '', cases = ''] = plural;
  const raw = params[name];
  const n = typeof raw === 'number' ? raw : Number(raw);
  const options = pluralCases(cases);
  const key = `=${n}` in options ? `=${n}` : new Intl.PluralRules(lang).select(n);
  const chosen = options[key] ?? options.other ?? '';
  return formatMessage(chosen, lang, params).replace(/#/g, new Intl.NumberFormat(lang).format(n));
}

function pluralCases(s: string): Record<string, string> {
  const cases: Record<string, string> = {};
  const re = /\s*(=?\w+)\s*\{/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const open = m.index + m[0].length - 1;
    const close = matchingBrace(s, open);
    if (close < 0) break;
    cases[m[1] ?? 'other'] = s.slice(open + 1, close);
    re.lastIndex = close + 1;
  }
  return cases;
}

export type Translate = (key: MessageKey, params?: MessageParams) => string;
