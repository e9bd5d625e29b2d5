import type { BorderEvent } from '../domain/event';
import type { Placement } from '../domain/placement';
import { isVisible, lastStartingBy, EMPHASIS_DAYS, type DisplaySettings, type TimedEvent } from '../domain/timeline';

/** Beyond this many emphasised events, lighting each one's provinces means nothing: light none. */
export const MAX_LIT = 50;

/**
 * The events whose links are lit at the cursor: the emphasised group (the
 * newest visible events) and the selected event. `filtered` is sorted by start.
 */
export function litEvents(
  filtered: readonly TimedEvent[], cursor: number, display: DisplaySettings, newest: number | null, selected: BorderEvent | null,
): BorderEvent[] {
  const out: BorderEvent[] = [];
  if (newest !== null) {
    for (let i = lastStartingBy(filtered, cursor); i >= 0; i--) {
      const e = filtered[i];
      if (!e || e.start < newest - EMPHASIS_DAYS) break;
      if (isVisible(e, cursor, display)) out.push(e.event);
      if (out.length > MAX_LIT) { out.length = 0; break; }
    }
  }
  if (selected && !out.includes(selected)) out.push(selected);
  return out;
}

export interface LitFeatures { provinces: string[]; borders: string[]; places: string[]; events: string[] }

/**
 * The geography lit for these events. `bordersOf` gives an event's borders
 * as placed (placement.ts): an event that names only its countries lights
 * their shared border (issue 13); without it, the borders it links.
 */
export function litFeatures(events: readonly BorderEvent[], bordersOf?: (e: BorderEvent) => readonly string[]): LitFeatures {
  const provinces = new Set<string>(), borders = new Set<string>(), places = new Set<string>();
  for (const e of events) {
    e.links.provinces.forEach((id) => provinces.add(id));
    (bordersOf?.(e) ?? e.links.borders).forEach((id) => borders.add(id));
    e.links.places.forEach((id) => places.add(id));
    e.links.districts.forEach((id) => places.add(id));
  }
  const sorted = (s: Set<string>) => [...s].sort();
  return { provinces: sorted(provinces), borders: sorted(borders), places: sorted(places), events: events.map((e) => e.id).sort() };
}

/**
 * The borders an event lights, as placed. An event that names only its countries lights every
 * border they share once selected (its panel names them), but, while it is merely the newest,
 * only the border its symbol stands on (issue 13, session 8 review: the Vietnam–Laos–Cambodia
 * defence ministers' meeting lit the Cambodian borders at the opening, an orange glow at the
 * map's foot that no symbol or line explained).
 */
export function litBorders(placement: Pick<Placement, 'basis' | 'borders'>, selected: boolean): readonly string[] {
  return placement.basis === 'country-pair' && !selected ? placement.borders.slice(0, 1) : placement.borders;
}
