// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { languagePacks, pickLanguage } from './catalogues';
import { messages as en } from './locales/en';
import { messages as fr } from './locales/fr';
import { formatMessage } from './translate';

describe('catalogues', () => {
  const reference = Object.keys(en).sort();
  it('has French, English and Vietnamese', () => {
    expect([...languagePacks.keys()].sort()).toEqual(['en', 'fr', 'vi']);
  });
  for (const pack of languagePacks.values()) {
    it(`${pack.code} has exactly the reference keys, none empty`, () => {
      expect(Object.keys(pack.messages).sort()).toEqual(reference);
      for (const [key, text] of Object.entries(pack.messages)) expect(text.trim(), key).not.toBe('');
    });
    it(`${pack.code} uses the same placeholders as English`, () => {
      for (const key of reference) {
        const names = (s: string) => [...new Set(placeholders(s))].sort();
        expect(names(pack.messages[key as keyof typeof en]), key).toEqual(names(en[key as keyof typeof en]));
      }
    });
  }
});

/** Top-level placeholder names: `{name}` and `{name, plural, …}`, not the words inside plural cases. */
function placeholders(template: string): string[] {
  const out: string[] = [];
  let depth = 0;
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if (c === '{') {
      if (depth === 0) out.push(/^\{\s*(\w+)/.exec(template.slice(i))?.[1] ?? '');
      depth++;
    } else if (c === '}') depth--;
  }
  return out;
}

describe('formatMessage', () => {
  it.each([
    ['{n} items', { n: 1234 }, 'en', '1,234 items'],
    ['{n} items', { n: 1234 }, 'fr', '1\u202f234 items'],
    ['{count, plural, one {# problem} other {# problems}}', { count: 1 }, 'en', '1 problem'],
    ['{count, plural, one {# problem} other {# problems}}', { count: 3 }, 'en', '3 problems'],
    ['{count, plural, one {# problème} other {# problèmes}} dans {file}', { count: 0, file: 'a.json' }, 'fr', '0 problème dans a.json'],
    ['{count, plural, =0 {none} other {#}}', { count: 0 }, 'en', 'none'],
    // Session 15 review: "1 événements sur 26 correspondent".
    [fr['filters.count'], { count: 1, total: 26 }, 'fr', '1 événement sur 26 correspond'],
    [fr['filters.count'], { count: 3, total: 26 }, 'fr', '3 événements sur 26 correspondent'],
    ['missing {x}', {}, 'en', 'missing {x}'],
    ['unclosed {x', { x: 1 }, 'en', 'unclosed {x'],
    ['<b>{x}</b>', { x: '<script>' }, 'en', '<b><script></b>'],
  ])('%s with %j in %s', (template, params, lang, expected) => {
    expect(formatMessage(template, lang, params)).toBe(expected);
  });
});

describe('pickLanguage', () => {
  it.each([
    ['vi', ['en-US'], 'vi'],
    ['VI-vn', [], 'vi'],
    ['xx', ['en-GB', 'fr'], 'en'],
    [null, ['de-DE', 'vi-VN'], 'vi'],
    [null, ['de-DE'], 'fr'],
    ['<script>', [], 'fr'],
    [null, [], 'fr'],
  ] as const)('url %s, browser %j → %s', (url, browser, expected) => {
    expect(pickLanguage(url, browser)).toBe(expected);
  });
});

describe('loading languages', () => {
  it('knows every language without loading it, by its own name', async () => {
    const { LANGUAGES, languageName } = await import('./catalogues');
    expect(LANGUAGES).toEqual(['en', 'fr', 'vi']);
    expect(['en', 'fr', 'vi'].map(languageName)).toEqual(['English', 'Français', 'Tiếng Việt']);
  });

  it('loads the default language for an unknown code, and each language once', async () => {
    const { loadLanguage, DEFAULT_LANGUAGE } = await import('./catalogues');
    expect((await loadLanguage('xx')).code).toBe(DEFAULT_LANGUAGE);
    expect(await loadLanguage('vi')).toBe(await loadLanguage('vi'));
  });
});
