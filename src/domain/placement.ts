import type { Position } from 'geojson';
import type { BorderEvent } from './event.ts';
import type { GeoCollection, Geography } from './geography.ts';

/** A point an event is drawn at, named by the geography id it stands for. */
export interface Anchor { readonly id: string; readonly lon: number; readonly lat: number }

/**
 * How an event's point was chosen (issue 13: every event is on the map):
 * - `place`: a place or district the text names;
 * - `province`: the centroid of a province it names;
 * - `border`: a border it names, drawn at the border's representative point;
 * - `country-pair`: the text names no geography, only the countries taking
 *   part: drawn at the representative point of their shared border;
 * - `capital`: the countries share no border in the geography: the first
 *   country's capital stands for it.
 */
export type PlacementBasis = 'place' | 'province' | 'border' | 'country-pair' | 'capital';

export interface Placement {
  readonly basis: PlacementBasis;
  /** Where the event is drawn; the first is its symbol, the others its other linked points (twinning lines). */
  readonly anchors: readonly Anchor[];
  /** Borders lit with the event: the ones it links, or its country pair's shared borders. */
  readonly borders: readonly string[];
  /**
   * The point stands for an area (a border, a pair of countries, a country),
   * not a place the text names: drawn in the style the legend calls approximate.
   */
  readonly approximate: boolean;
}

export interface PlacementIndex { placementOf(event: BorderEvent): Placement | null }

/**
 * A border's representative point is the point halfway along its length
 * (issue 13). It is neutral (no crossing or town is implied) and it follows
 * from the data alone: for Vietnam–Laos it falls at 103.97° E 19.23° N
 * (Nghệ An – Xiangkhouang), for Vietnam–China at 105.24° E 23.33° N (Hà Giang).
 * A named crossing such as Lao Bảo–Dansavanh was rejected: it would suggest
 * a place the article does not give, and pile the nationwide events onto the
 * Khe Sanh story a few kilometres away.
 */
export function lengthMidpoint(lines: readonly Position[][]): Position | null {
  const segs: Array<{ a: Position; b: Position; len: number }> = [];
  let total = 0;
  for (const line of lines) {
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1], b = line[i];
      if (!a || !b) continue;
      const [ax = 0, ay = 0] = a, [bx = 0, by = 0] = b;
      // Degrees of longitude shrink with latitude: a local equirectangular length is plenty here.
      const k = Math.cos(((ay + by) / 2) * (Math.PI / 180));
      const len = Math.hypot((bx - ax) * k, by - ay);
      segs.push({ a, b, len });
      total += len;
    }
  }
  if (segs.length === 0) return lines.flat()[0] ?? null;
  let half = total / 2;
  for (const s of segs) {
    if (half <= s.len) {
      const t = s.len === 0 ? 0 : half / s.len;
      const [ax = 0, ay = 0] = s.a, [bx = 0, by = 0] = s.b;
      return [ax + (bx - ax) * t, ay + (by - ay) * t];
    }
    half -= s.len;
  }
  return segs[segs.length - 1]?.b ?? null;
}

/**
 * Builds, once per geography, where each event is drawn. Places and
 * districts at their coordinates; else provinces at the centroid of their
 * largest ring; else borders at their representative point; else, when the
 * text names no geography (11 of the 23 events of data/events.json), the
 * shared border of the event's countries, lit, with a marker at its
 * representative point. Everything but a named place or province is
 * `approximate`. Null only when nothing can stand for the event (the
 * validator rejects such an event).
 */
export function buildPlacementIndex(geo: Geography): PlacementIndex {
  const places = new Map<string, Anchor>();
  const provinces = new Map<string, Anchor>();
  const borders = new Map<string, Anchor>();
  const add = (into: Map<string, Anchor>, fc: GeoCollection, pick: (coords: Position[][]) => Position | null) => {
    for (const f of fc.features) {
      const at = pick(ringsOf(f.geometry));
      const [lon, lat] = at ?? [];
      if (lon !== undefined && lat !== undefined && Number.isFinite(lon) && Number.isFinite(lat)) into.set(f.properties.id, { id: f.properties.id, lon, lat });
    }
  };
  add(places, geo.places, (rings) => rings[0]?.[0] ?? null);
  add(provinces, geo.provinces, largestRingCentroid);
  add(borders, geo.borders, lengthMidpoint);
  // Which border two countries share, keyed by the sorted pair ("CN|VN").
  const pairBorder = new Map<string, string>();
  for (const f of geo.borders.features) {
    const cs = f.properties.countries;
    if (cs?.length === 2 && borders.has(f.properties.id)) pairBorder.set(pairKey(cs[0] ?? '', cs[1] ?? ''), f.properties.id);
  }
  const capitals = new Map<string, Anchor>();
  for (const f of geo.places.features) {
    const c = f.properties.country;
    const at = places.get(f.properties.id);
    if (f.properties.kind === 'national-capital' && c && at && !capitals.has(c)) capitals.set(c, at);
  }

  return {
    placementOf(event) {
      const pick = (from: Map<string, Anchor>, ids: readonly string[]) => ids.map((id) => from.get(id)).filter((a): a is Anchor => a !== undefined);
      const linkedBorders = event.links.borders.filter((id) => borders.has(id));
      const direct = [...pick(places, event.links.places), ...pick(places, event.links.districts)];
      if (direct.length > 0) return { basis: 'place', anchors: direct, borders: linkedBorders, approximate: false };
      const provs = pick(provinces, event.links.provinces);
      if (provs.length > 0) return { basis: 'province', anchors: provs, borders: linkedBorders, approximate: false };
      const onBorders = pick(borders, event.links.borders);
      if (onBorders.length > 0) return { basis: 'border', anchors: onBorders, borders: linkedBorders, approximate: true };
      // The text names only the countries: every pair of them that shares a border
      // lights it (Vietnam, Laos, Cambodia: three borders); the first pair's point stands for the event.
      const shared: string[] = [];
      const cs = event.countries;
      for (let i = 0; i < cs.length; i++) {
        for (let j = i + 1; j < cs.length; j++) {
          const id = pairBorder.get(pairKey(cs[i] ?? '', cs[j] ?? ''));
          if (id && !shared.includes(id)) shared.push(id);
        }
      }
      const first = shared[0] !== undefined ? borders.get(shared[0]) : undefined;
      if (first) return { basis: 'country-pair', anchors: [first], borders: shared, approximate: true };
      for (const c of cs) {
        const capital = capitals.get(c);
        if (capital) return { basis: 'capital', anchors: [capital], borders: [], approximate: true };
      }
      return null;
    },
  };
}

const cache = new WeakMap<Geography, PlacementIndex>();

/**
 * Where an event is drawn, or null when nothing can stand for it. A pure
 * function of the event and the geography (the index is built once per
 * geography and kept): the validator can call it to reject an event that
 * links no geography at all.
 */
export function placementOf(event: BorderEvent, geo: Geography): Placement | null {
  let index = cache.get(geo);
  if (!index) { index = buildPlacementIndex(geo); cache.set(geo, index); }
  return index.placementOf(event);
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** Every coordinate list of a geometry, as rings/lines (a Point is one ring of one position). */
function ringsOf(g: GeoCollection['features'][number]['geometry']): Position[][] {
  switch (g.type) {
    case 'Point': return [[g.coordinates]];
    case 'MultiPoint': case 'LineString': return [g.coordinates];
    case 'MultiLineString': case 'Polygon': return g.coordinates;
    case 'MultiPolygon': return g.coordinates.flat();
    default: return [];
  }
}

function ringArea(ring: Position[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    a += xj * yi - xi * yj;
  }
  return a / 2;
}

export function largestRingCentroid(rings: Position[][]): Position | null {
  let best: Position[] | null = null, bestArea = 0;
  for (const r of rings) { const a = Math.abs(ringArea(r)); if (a > bestArea) { bestArea = a; best = r; } }
  if (!best) return null;
  let cx = 0, cy = 0, a2 = 0;
  for (let i = 0, j = best.length - 1; i < best.length; j = i++) {
    const [xi = 0, yi = 0] = best[i] ?? [];
    const [xj = 0, yj = 0] = best[j] ?? [];
    const cross = xj * yi - xi * yj;
    cx += (xj + xi) * cross; cy += (yj + yi) * cross; a2 += cross;
  }
  return a2 === 0 ? null : [cx / (3 * a2), cy / (3 * a2)];
}
