import { type CalendarDate, parseCalendarDate, rangesOverlap } from '../domain/calendarDate.ts';
import { type EventLinks, LINK_FIELDS, type LinkField } from '../domain/event.ts';
import type { Report } from './fieldReader.ts';
import { type GeoIndex, PLACE_KINDS, kindOf, layerOfKind } from './geoIndex.ts';

/** Which feature kinds each link list may hold; a district goes in `districts`, never in `places`. */
export const LINK_KINDS: Readonly<Record<LinkField, { readonly kinds: readonly string[]; readonly label: string }>> = {
  places: { kinds: PLACE_KINDS, label: 'place' },
  provinces: { kinds: ['province'], label: 'province' },
  districts: { kinds: ['district'], label: 'district' },
  borders: { kinds: ['border'], label: 'border' },
};

/**
 * Checks link ids against the geography: known, of the right kind, and in
 * existence on the event's date (a province merged on 2025-07-01 cannot be
 * linked by a 2026 event). A date of year or month precision only has to
 * overlap the feature's validity, since the source does not say which day.
 * Lists whose layer was not loaded are not checked (its absence is its own problem).
 */
export interface EventDate {
  readonly text: string;
  readonly value: CalendarDate;
}

export function validateLinks(links: EventLinks, date: EventDate | undefined, geo: GeoIndex, report: Report): boolean {
  let ok = true;
  for (const field of LINK_FIELDS) {
    const { kinds, label } = LINK_KINDS[field];
    if (!geo.layers.has(layerOfKind(kinds[0] ?? ''))) continue;
    links[field].forEach((id, index) => {
      const path = `links.${field}[${index}]`;
      const kind = kindOf(geo, id);
      if (kind === undefined) {
        report('unknown-id', path, { id, expected: label });
        ok = false;
      } else if (!kinds.includes(kind)) {
        report('wrong-kind', path, { id, kind, expected: label });
        ok = false;
      } else if (date && !validOn(geo, id, date, path, report)) {
        ok = false;
      }
    });
  }
  return ok;
}

function validOn(geo: GeoIndex, id: string, date: EventDate, path: string, report: Report): boolean {
  const validity = geo.validity.get(id);
  if (!validity) return true;
  const from = validity.validFrom === undefined ? undefined : parseCalendarDate(validity.validFrom);
  const to = validity.validTo === undefined ? undefined : parseCalendarDate(validity.validTo);
  const range = {
    start: from?.ok ? from.value.start : Number.NEGATIVE_INFINITY,
    end: to?.ok ? to.value.end : Number.POSITIVE_INFINITY,
  };
  if (rangesOverlap(range, date.value)) return true;
  const text =
    validity.validFrom && validity.validTo
      ? `from ${validity.validFrom} to ${validity.validTo}`
      : validity.validFrom
        ? `from ${validity.validFrom}`
        : `until ${validity.validTo ?? ''}`;
  report('not-valid-on-date', path, { id, validity: text, date: date.text });
  return false;
}


/** Countries must be known `country` features when the countries layer was read. */
export function validateCountries(countries: readonly string[], geo: GeoIndex, report: Report): boolean {
  if (!geo.layers.has('countries')) return true;
  let ok = true;
  countries.forEach((code, index) => {
    const kind = kindOf(geo, code);
    if (kind === 'country') return;
    ok = false;
    if (kind === undefined) report('unknown-id', `countries[${index}]`, { id: code, expected: 'country' });
    else report('wrong-kind', `countries[${index}]`, { id: code, kind, expected: 'country' });
  });
  return ok;
}
