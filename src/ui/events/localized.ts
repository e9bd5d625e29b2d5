import { LANGUAGES, type Language, type LocalizedText, type PartialLocalizedText } from '../../domain/event';

/**
 * A text in the reader's language, and the language it is actually in: French
 * (the sources' language) when the reader's language has no translation, so
 * the caller can mark it with `lang` for screen readers and hyphenation.
 */
export function localized(text: LocalizedText, lang: string): { text: string; lang: Language } {
  const wanted = (LANGUAGES as readonly string[]).includes(lang) ? (lang as Language) : 'fr';
  const value = text[wanted];
  return value ? { text: value, lang: wanted } : { text: text.fr, lang: 'fr' };
}

/**
 * A name (or title) in the reader's language where the data gives an
 * established form, else the source's wording, flagged so the UI marks it
 * (issues 13, 16): "Nguyên Tân Cuong" is Nguyễn Tân Cương to a Vietnamese
 * reader, but a body with no English name stays in French, said to be so.
 * In the source's own language the source's wording is no fallback.
 */
export function inReaderLanguage(
  forms: PartialLocalizedText | undefined,
  sourceWording: string,
  sourceLanguage: Language,
  lang: string,
): { text: string; lang: Language; sourceWording: boolean } {
  const wanted = (LANGUAGES as readonly string[]).includes(lang) ? (lang as Language) : 'fr';
  const value = forms?.[wanted];
  if (value) return { text: value, lang: wanted, sourceWording: false };
  return { text: sourceWording, lang: sourceLanguage, sourceWording: wanted !== sourceLanguage };
}
