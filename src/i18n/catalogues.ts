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
// Each language (its catalogue and its date-fns locale) is a chunk of its own,
// loaded when it is chosen: a reader downloads one language, not all of them.
const loaders = import.meta.glob<LocaleModule>('./locales/*.ts');
const codeOf = (path: string) => path.slice(path.lastIndexOf('/') + 1, -'.ts'.length);
const loaderByCode = new Map(Object.entries(loaders).map(([path, load]) => [codeOf(path), load]));

/** Every language the app speaks, by code, sorted. */
export const LANGUAGES: readonly string[] = [...loaderByCode.keys()].sort();

/** The languages loaded so far. */
export const languagePacks: ReadonlyMap<string, LanguagePack> = new Map();
const pending = new Map<string, Promise<LanguagePack>>();

export const DEFAULT_LANGUAGE = 'fr';

/** Loads a language's catalogue and date locale (once); the default language for an unknown code. */
export function loadLanguage(code: string): Promise<LanguagePack> {
  const known = loaderByCode.has(code) ? code : DEFAULT_LANGUAGE;
  const loaded = languagePacks.get(known);
  if (loaded) return Promise.resolve(loaded);
  let p = pending.get(known);
  if (!p) {
    const load = loaderByCode.get(known);
    if (!load) return Promise.reject(new Error(`no language pack for ${known}`));
    p = load().then((m) => {
      const pack = { ...m.meta, messages: m.messages };
      (languagePacks as Map<string, LanguagePack>).set(known, pack);
      return pack;
    });
    // A failed load (a network blip) may be tried again.
    p.catch(() => pending.delete(known));
    pending.set(known, p);
  }
  return p;
}

/** Loads every language (tests, and tools that check all of them). */
export function loadAllLanguages(): Promise<LanguagePack[]> {
  return Promise.all(LANGUAGES.map(loadLanguage));
}

/** URL `lang`, then the browser's languages, then French (issue 7). */
export function pickLanguage(urlLang: string | null | undefined, browserLanguages: readonly string[]): string {
  const candidates = [urlLang ?? '', ...browserLanguages];
  for (const c of candidates) {
    const base = c.trim().toLowerCase().split(/[-_]/)[0] ?? '';
    if (loaderByCode.has(base)) return base;
  }
  return DEFAULT_LANGUAGE;
}

/**
 * A loaded language (the app loads the reader's before it renders, and a
 * new one before switching to it); the default language if that one is not
 * loaded yet.
 */
export function languagePack(code: string): LanguagePack {
  const pack = languagePacks.get(code) ?? languagePacks.get(DEFAULT_LANGUAGE) ?? languagePacks.values().next().value;
  if (!pack) throw new Error('no language loaded yet: call loadLanguage first');
  return pack;
}

/** A language's name in itself ("Français", "Tiếng Việt"), for the switch: known without loading it. */
export function languageName(code: string): string {
  const loaded = languagePacks.get(code)?.name;
  if (loaded) return loaded;
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
    return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  } catch {
    return code;
  }
}
