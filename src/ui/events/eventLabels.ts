import type { EventStatus, EventType, Language } from '../../domain/event';
import type { CountryPair } from '../../domain/timeline';
import type { MessageKey } from '../../i18n/locales/en';
import type { Translate } from '../../i18n/translate';

/** How event fields are named in the catalogues; every label goes through the i18n layer. */
export const EVENT_TYPE_KEYS: Readonly<Record<EventType, MessageKey>> = {
  twinning: 'eventType.twinning',
  'joint-patrol': 'eventType.joint-patrol',
  agreement: 'eventType.agreement',
  'high-level-meeting': 'eventType.high-level-meeting',
  exchange: 'eventType.exchange',
  'joint-operation': 'eventType.joint-operation',
};

export const EVENT_STATUS_KEYS: Readonly<Record<EventStatus, MessageKey>> = {
  held: 'status.held',
  planned: 'status.planned',
};

export const COUNTRY_PAIR_KEYS: Readonly<Record<CountryPair, MessageKey>> = {
  'VN-LA': 'pair.VN-LA',
  'VN-CN': 'pair.VN-CN',
};

export const SOURCE_LANGUAGE_KEYS: Readonly<Record<Language, MessageKey>> = {
  fr: 'sourceLanguage.fr',
  en: 'sourceLanguage.en',
  vi: 'sourceLanguage.vi',
};

const COUNTRY_NAME_KEYS: Readonly<Record<string, MessageKey>> = {
  VN: 'countryName.VN',
  LA: 'countryName.LA',
  CN: 'countryName.CN',
  TH: 'countryName.TH',
  KH: 'countryName.KH',
};

/** A country's name in running text: the catalogue's, else the browser's (Intl), else the code. */
export function countryName(code: string, t: Translate, lang: string): string {
  const key = COUNTRY_NAME_KEYS[code];
  if (key) return t(key);
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The small "(in French)" said by a quote in another language than the reader's: the explorer's panel, the
 * embed's card, the briefing's caption and its slides (issues 13 and 15, session 11 review); null in the
 * reader's own language. One key, `panel.quoteIn`, for all of them.
 */
export function quoteLanguageMark(language: Language, lang: string, t: Translate): string | null {
  return language === lang ? null : t('panel.quoteIn', { language: t(SOURCE_LANGUAGE_KEYS[language]) });
}
