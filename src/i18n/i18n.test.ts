// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { languagePacks, pickLanguage } from './catalogues';
import { messages as enCore } from './locales/en';
import { messages as fr } from './locales/fr';
import { words as enPresent } from './parts/present.en';
import { words as enShare } from './parts/share.en';
import { formatMessage } from './translate';

// English whole, the reference: its core catalogue and its parts (loaded on demand, issue 18).
const en = { ...enCore, ...enPresent, ...enShare };

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
        expect(names(pack.messages[key as keyof typeof en] ?? ''), key).toEqual(names(en[key as keyof typeof en]));
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

  it('fetches a part of the catalogue only when asked, then has it in every language loaded before or after (issue 18)', async () => {
    vi.resetModules();
    const fresh = await import('./catalogues');
    const en = await fresh.loadLanguage('en');
    // A page load has the core catalogue only: present mode's and the Share dialog's words are not in it.
    expect(en.messages['app.title']).toBe(enCore['app.title']);
    expect(en.messages['present.next']).toBeUndefined();
    expect(en.messages['share.copyLink']).toBeUndefined();
    expect(fresh.translator('en')('present.next')).toBe('present.next');
    const t = fresh.translator('en');
    await fresh.loadPart('present');
    // A translate function made before the part arrived reads it too (the download's `t`).
    expect(t('present.next')).toBe(enPresent['present.next']);
    expect(en.messages['share.copyLink']).toBeUndefined();
    // A language loaded later (a switch while presenting) comes with the parts in use.
    const fr = await fresh.loadLanguage('fr');
    expect(fr.messages['present.next']).toBe('Suivant');
    expect(fr.messages['share.copyLink']).toBeUndefined();
    await fresh.loadPart('share');
    expect(Object.keys(fr.messages).sort()).toEqual(Object.keys(en.messages).sort());
    expect(fresh.translator('fr')('share.copyLink')).not.toBe('share.copyLink');
  });
});
