#!/usr/bin/env node
// Packs the committed data/*.geojson into what the app fetches (issue 18,
// "Geography that loads in layers"), as TopoJSON on the data's own 0.001°
// grid (lossless: every coordinate is already rounded to 3 decimals), arcs
// delta-encoded and shared between neighbours:
//
//   data/geography.topo.json  the first view: countries, borders, places, the
//                             focus provinces; every other province's
//                             properties with no geometry (`type: null`), so
//                             links, names and dates are known at once
//   data/provinces.topo.json  the other provinces' outlines, fetched once the
//                             map has drawn (or when an event needs one)
//
// Measured against plain GeoJSON and against GeoJSON pre-simplified for the
// first view's zooms (data/SOURCES.md): this is the smallest that keeps full
// detail. Run by `npm run data:geo` after it writes the GeoJSON, or alone:
//
//   node scripts/geo/packGeography.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { topology } from 'topojson-server';

export const FIRST_VIEW_FILE = 'geography.topo.json';
export const LATER_FILE = 'provinces.topo.json';
/** The layers of the first view, in the order the app reads them. */
export const LAYERS = ['countries', 'provinces', 'borders', 'places'];
/** Grid steps per degree: the GeoJSON is rounded to 3 decimals. */
const STEPS = 1000;

/**
 * TopoJSON of some FeatureCollections, quantised on the 0.001° grid: integer
 * positions, arcs delta-encoded, `transform` to read them back. Deterministic.
 * @param {Record<string, import('geojson').FeatureCollection>} collections
 */
export function quantisedTopology(collections) {
  const scale = (c) => (typeof c[0] === 'number' ? [Math.round(c[0] * STEPS), Math.round(c[1] * STEPS)] : c.map(scale));
  const scaled = Object.fromEntries(Object.entries(collections).map(([name, fc]) => [name, {
    type: 'FeatureCollection',
    features: fc.features.map((f) => ({ type: 'Feature', properties: f.properties, geometry: f.geometry && { type: f.geometry.type, coordinates: scale(f.geometry.coordinates) } })),
  }]));
  const topo = topology(scaled);
  let x0 = Infinity, y0 = Infinity;
  const corner = ([x, y]) => { x0 = Math.min(x0, x); y0 = Math.min(y0, y); };
  for (const arc of topo.arcs) arc.forEach(corner);
  const points = [];
  for (const o of Object.values(topo.objects)) {
    for (const g of o.geometries) {
      if (g.type === 'Point') points.push(g.coordinates);
      if (g.type === 'MultiPoint') points.push(...g.coordinates);
    }
  }
  points.forEach(corner);
  if (!Number.isFinite(x0)) { x0 = 0; y0 = 0; }
  for (const p of points) { p[0] -= x0; p[1] -= y0; }
  topo.arcs = topo.arcs.map((arc) => {
    let px = x0, py = y0;
    return arc.map(([x, y]) => { const d = [x - px, y - py]; px = x; py = y; return d; });
  });
  delete topo.bbox;
  return { type: 'Topology', transform: { scale: [1 / STEPS, 1 / STEPS], translate: [x0 / STEPS, y0 / STEPS] }, objects: topo.objects, arcs: topo.arcs };
}

/**
 * @param {{ countries: import('geojson').FeatureCollection, provinces: import('geojson').FeatureCollection, borders: import('geojson').FeatureCollection, places: import('geojson').FeatureCollection }} geo
 * @returns {{ first: object, later: object }}
 */
export function packGeography(geo) {
  const focus = (f) => f.properties.focus === true;
  const firstProvinces = geo.provinces.features.map((f) => (focus(f) ? f : { type: 'Feature', properties: f.properties, geometry: null }));
  const first = quantisedTopology({
    countries: geo.countries,
    provinces: { type: 'FeatureCollection', features: firstProvinces },
    borders: geo.borders,
    places: geo.places,
  });
  const later = quantisedTopology({ provinces: { type: 'FeatureCollection', features: geo.provinces.features.filter((f) => !focus(f)) } });
  return { first, later };
}

/** The files' text, as committed. */
export const serializeTopology = (topo) => `${JSON.stringify(topo)}\n`;

/** Reads data/<layer>.geojson from `dir` and writes the two packed files beside them. */
export function packDataDir(dir) {
  const read = (name) => JSON.parse(readFileSync(join(dir, `${name}.geojson`), 'utf8'));
  const { first, later } = packGeography(Object.fromEntries(LAYERS.map((l) => [l, read(l)])));
  const out = { [FIRST_VIEW_FILE]: serializeTopology(first), [LATER_FILE]: serializeTopology(later) };
  for (const [name, text] of Object.entries(out)) writeFileSync(join(dir, name), text);
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data');
  for (const [name, text] of Object.entries(packDataDir(dir))) console.log(`data/${name}  ${(Buffer.byteLength(text) / 1024).toFixed(1)} KiB`);
}
