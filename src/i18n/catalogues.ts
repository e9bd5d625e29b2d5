import type { Locale } from 'date-fns';
import type { Catalogue, MessageKey } from './locales/en';
import type { ProblemCatalogue } from './problems/problemWords.en';
import { formatMessage, type Translate } from './translate';

export interface LanguagePack {
  code: string;
  name: string;
  dateLocale: Locale;
  /** The core catalogue, and the parts (./parts) loaded so far: see loadPart. */
  messages: Catalogue & Partial<Record<MessageKey, string>>;
}

interface LocaleModule { messages: Catalogue; meta: { code: string; name: string; dateLocale: Locale } }

// Adding a language is adding one file in ./locales and one per part in ./parts (issue 7, 18):
// they are picked up here; i18n.test.ts fails while one is missing.
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

/**
 * Loads a language's catalogue and date locale (once), with every part in
 * use (see loadPart); the default language for an unknown code.
 */
export function loadLanguage(code: string): Promise<LanguagePack> {
  return loadCore(code).then((pack) => Promise.all([...partsInUse].map((part) => loadPartInto(pack, part))).then(() => pack));
}

function loadCore(code: string): Promise<LanguagePack> {
  const known = loaderByCode.has(code) ? code : DEFAULT_LANGUAGE;
  const loaded = languagePacks.get(known);
  if (loaded) return Promise.resolve(loaded);
  let p = pending.get(known);
  if (!p) {
    const load = loaderByCode.get(known);
    if (!load) return Promise.reject(new Error(`no language pack for ${known}`));
    p = load().then((m) => {
      // A copy: the parts are added to it as they load.
      const pack: LanguagePack = { ...m.meta, messages: { ...m.messages } };
      (languagePacks as Map<string, LanguagePack>).set(known, pack);
      return pack;
    });
    // A failed load (a network blip) may be tried again.
    p.catch(() => pending.delete(known));
    pending.set(known, p);
  }
  return p;
}

// Parts of the catalogues that only some views need (issue 18): present mode's
// words (its controls, exports and slides) and the Share dialog's are a third
// of a language, and a page load shows none of them. Each part is a chunk per
// language, named <part>.<code>.ts, fetched by the code that needs it before
// it renders.
export type CataloguePart = 'present' | 'share';
const PARTS: readonly CataloguePart[] = ['present', 'share'];
const partLoaders = new Map(Object.entries(import.meta.glob<{ words: Partial<Record<MessageKey, string>> }>('./parts/*.*.ts'))
  .map(([path, load]) => [codeOf(path), load]));
const partsInUse = new Set<CataloguePart>();
const pendingParts = new Map<string, Promise<void>>();

function loadPartInto(pack: LanguagePack, part: CataloguePart): Promise<void> {
  const id = `${part}.${pack.code}`;
  let p = pendingParts.get(id);
  if (!p) {
    const load = partLoaders.get(id);
    if (!load) return Promise.reject(new Error(`no ${part} words for ${pack.code}`));
    p = load().then((m) => { Object.assign(pack.messages, m.words); });
    p.catch(() => pendingParts.delete(id));
    pendingParts.set(id, p);
  }
  return p;
}

/**
 * Makes a part's words available in every language loaded so far, and in
 * every language loaded from now on (a switch waits for them as for the
 * rest of its catalogue). Resolves once they are in the loaded packs.
 */
export function loadPart(part: CataloguePart): Promise<void> {
  partsInUse.add(part);
  return Promise.all([...languagePacks.values()].map((pack) => loadPartInto(pack, part))).then(() => undefined);
}

/** Loads every language, with its problem messages and every part (tests, and tools that check all of them). */
export function loadAllLanguages(): Promise<LanguagePack[]> {
  for (const part of PARTS) partsInUse.add(part);
  return Promise.all(LANGUAGES.map((code) => loadProblemMessages(code).then(() => loadLanguage(code))));
}

// The validator's problems in words, per language (./problems): a chunk of their own,
// fetched only when a notice has problems to list (issue 8).
// Named problemWords.<code>.ts, so their chunks are told apart from the languages' own.
const problemLoaders = new Map(Object.entries(import.meta.glob<{ problemMessages: ProblemCatalogue }>('./problems/problemWords.*.ts'))
  .map(([path, load]) => [codeOf(path).slice('problemWords.'.length), load]));

/** The problem messages loaded so far, by language. */
export const problemCatalogues: ReadonlyMap<string, ProblemCatalogue> = new Map();
const pendingProblems = new Map<string, Promise<ProblemCatalogue>>();

/** Loads a language's problem messages (once, the same promise each time; a failed load may be tried again). */
export function loadProblemMessages(code: string): Promise<ProblemCatalogue> {
  const known = problemLoaders.has(code) ? code : DEFAULT_LANGUAGE;
  let p = pendingProblems.get(known);
  if (!p) {
    const load = problemLoaders.get(known);
    if (!load) return Promise.reject(new Error(`no problem messages for ${known}`));
    p = load().then((m) => {
      (problemCatalogues as Map<string, ProblemCatalogue>).set(known, m.problemMessages);
      return m.problemMessages;
    });
    p.catch(() => pendingProblems.delete(known));
    pendingProblems.set(known, p);
  }
  return p;
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

/**
 * The translate function for a loaded language. A key of a part not loaded
 * yet (see loadPart) shows as the key itself: a bug to see, never a crash.
 */
export function translator(lang: string): Translate {
  const pack = languagePack(lang);
  return (key, params) => formatMessage(pack.messages[key] ?? key, pack.code, params);
}
