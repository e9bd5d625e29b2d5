import { LANGUAGES, type Language, type LocalizedText } from '../../domain/event';

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
