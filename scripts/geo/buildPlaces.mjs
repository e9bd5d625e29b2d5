// data/places.geojson: capitals, towns, Lao district seats and border gates.
// Border gates are snapped onto the shipped border line: Natural Earth is
// generalised by 1-3 km, so a true gate coordinate can fall on the wrong side
// of the drawn line. The original coordinate and the snap distance are kept.
import { nearestPointOnLine } from '@turf/nearest-point-on-line';
import { point } from '@turf/helpers';
import { places } from './placeTable.mjs';
import { roundGeometry } from './roundGeometry.mjs';

/** @typedef {{ lon: number, lat: number, name: string }} GazetteerEntry */

/**
 * Reads the wanted rows of GeoNames cities500.txt (tab-separated; columns:
 * 0 geonameid, 1 name, 4 latitude, 5 longitude).
 * @param {string} text
 * @param {Set<number>} ids
 * @returns {Map<number, GazetteerEntry>}
 */
export function readGeonames(text, ids) {
  const found = new Map();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    const id = Number(line.slice(0, tab));
    if (!ids.has(id)) continue;
    const cols = line.split('\t');
    found.set(id, { name: cols[1], lat: Number(cols[4]), lon: Number(cols[5]) });
  }
  return found;
}

/** GeoNames ids the place table refers to. */
export function wantedGeonameIds() {
  const ids = new Set();
  for (const p of places) {
    if ('geonameid' in p.origin) ids.add(p.origin.geonameid);
    if ('midpointOf' in p.origin) p.origin.midpointOf.forEach((id) => ids.add(id));
  }
  return ids;
}

/**
 * @param {{ geonames: Map<number, GazetteerEntry>, cscCities: Array<[string, string, string, string, string]>, borders: import('geojson').Feature[], decimals: number }} input
 */
export function buildPlaces({ geonames, cscCities, borders, decimals }) {
  const gn = (id) => {
    const e = geonames.get(id);
    if (!e) throw new Error(`GeoNames id ${id} not in cities500`);
    return e;
  };
  const snaps = [];
  const features = places.map((p) => {
    /** @type {[number, number]} */
    let lonLat;
    let source;
    const provenance = {};
    const o = p.origin;
    if ('geonameid' in o) {
      const e = gn(o.geonameid);
      lonLat = [e.lon, e.lat];
      source = 'geonames-cities500';
      provenance.geonameid = o.geonameid;
    } else if ('midpointOf' in o) {
      const [a, b] = o.midpointOf.map(gn);
      lonLat = [(a.lon + b.lon) / 2, (a.lat + b.lat) / 2];
      source = 'geonames-cities500';
      provenance.midpointOfGeonameids = o.midpointOf;
    } else if ('csc' in o) {
      const row = cscCities.find((c) => c[0] === o.csc && c[1] === o.cscCountry);
      if (!row) throw new Error(`country-state-city has no ${o.csc} (${o.cscCountry})`);
      lonLat = [Number(row[4]), Number(row[3])];
      source = 'country-state-city';
    } else {
      lonLat = o.lonLat;
      source = 'hand-entered';
    }
    if (p.border) {
      const border = borders.find((b) => b.properties.id === p.border);
      if (!border) throw new Error(`${p.id}: no border ${p.border}`);
      const snapped = nearestPointOnLine(border, point(lonLat), { units: 'kilometers' });
      const km = Math.round(snapped.properties.dist * 100) / 100;
      provenance.snappedTo = p.border;
      provenance.snappedFrom = roundGeometry({ type: 'Point', coordinates: lonLat }, 5).coordinates;
      provenance.snappedFromKm = km;
      snaps.push({ id: p.id, km });
      lonLat = snapped.geometry.coordinates;
    }
    return {
      type: 'Feature',
      properties: {
        id: p.id,
        kind: p.kind,
        name: p.name,
        name_en: p.name_en,
        ...(p.name_alt ? { name_alt: p.name_alt } : {}),
        ...(p.name_zh ? { name_zh: p.name_zh } : {}),
        source,
        country: p.country,
        ...(p.countries ? { countries: p.countries } : {}),
        ...(p.province ? { province: p.province } : {}),
        rank: p.rank,
        // hand-entered and snapped coordinates are placements, not surveys; a
        // district's gazetteer record (Nong, Samouay) is a point for the whole
        // district, not its seat (issue 16)
        ...(source === 'hand-entered' || p.border || p.districtRecord ? { approximate: true } : {}),
        ...provenance,
      },
      geometry: roundGeometry({ type: 'Point', coordinates: lonLat }, decimals),
    };
  });
  return { features, snaps };
}
