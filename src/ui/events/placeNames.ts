import type { BorderEvent } from '../../domain/event';
import type { PlaceNameLookup } from '../GeographyContext';

/** Every place an event links to, most specific first, named in the reader's language; no repeats. */
export function eventPlaceNames(event: BorderEvent, placeName: PlaceNameLookup, lang: string): string[] {
  const { places, districts, provinces, borders } = event.links;
  const names = [...places, ...districts, ...provinces, ...borders].map((id) => placeName(id, lang));
  return [...new Set(names)];
}
