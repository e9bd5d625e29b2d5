import type { BorderEvent } from '../../domain/event';
import { languagePack } from '../../i18n/catalogues';
import type { MessageKey } from '../../i18n/locales/en';
import { formatMessage } from '../../i18n/translate';
import type { PlaceNameLookup } from '../GeographyContext';

const BORDER_ID = /^border-([a-z]{2})-([a-z]{2})$/;

/**
 * A border's name in the reader's language, from the catalogue's country
 * names ("Vietnam–China border", "frontière Vietnam–Chine"), or null when a
 * country has no catalogue name: the geography's name then stands (issue 13:
 * the English table read "Biên giới Việt Nam – Trung Quốc").
 */
export function borderName(id: string, lang: string): string | null {
  const match = BORDER_ID.exec(id);
  if (!match) return null;
  const pack = languagePack(lang);
  const country = (code: string | undefined) => pack.messages[`countryName.${(code ?? '').toUpperCase()}` as MessageKey] as string | undefined;
  const a = country(match[1]);
  const b = country(match[2]);
  return a && b ? formatMessage(pack.messages['place.border'], pack.code, { a, b }) : null;
}

/** Every place an event links to, most specific first, named in the reader's language; no repeats. */
export function eventPlaceNames(event: BorderEvent, placeName: PlaceNameLookup, lang: string): string[] {
  const { places, districts, provinces, borders } = event.links;
  const names = [
    ...[...places, ...districts, ...provinces].map((id) => placeName(id, lang)),
    ...borders.map((id) => borderName(id, lang) ?? placeName(id, lang)),
  ];
  return [...new Set(names)];
}
