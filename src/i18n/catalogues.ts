import type { Locale } from 'date-fns';
import type { Catalogue } from './locales/en';

export interface LanguagePack {
  code: string;
  name: string;
  dateLocale: Locale;
  messages: Catalogue;
}

interface LocaleModule { messages: Catalogue; meta: { code: string; name: string; dateLocale: Locale } }

// Adding a language is adding one file in ./locales (issue 7): it is picked up here.
const modules = import.meta.glob<LocaleModule>('./locales/*.ts', { eager: true });

export const languagePacks: ReadonlyMap<string, LanguagePack> = new Map(
  Object.values(modules)
    .map((m) => ({ ...m.meta, messages: m.messages }))
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((p) => [p.code, p]),
);

export const DEFAULT_LANGUAGE = 'fr';

/** URL `lang`, then the browser's languages, then French (issue 7). */
export function pickLanguage(urlLang: string | null | undefined, browserLanguages: readonly string[]): string {
  const candidates = [urlLang ?? '', ...browserLanguages];
  for (const c of candidates) {
    const base = c.trim().toLowerCase().split(/[-_]/)[0] ?? '';
    if (languagePacks.has(base)) return base;
  }
  return DEFAULT_LANGUAGE;
}

export function languagePack(code: string): LanguagePack {
  const pack = languagePacks.get(code) ?? languagePacks.get(DEFAULT_LANGUAGE);
  if (!pack) throw new Error('no language packs found');
  return pack;
}
