// data/borders.geojson: each shared land border as one line, from the same
// TopoJSON arcs as the country outlines (topojson-client `mesh`), so a border
// line lies exactly on both countries' edges.
import { mesh } from 'topojson-client';
import { roundGeometry } from './roundGeometry.mjs';
import { countries } from './countryTable.mjs';

const SOURCE = 'natural-earth-10m-admin0';

/** Borders shipped, with names in Vietnamese where Vietnam is a party, else in English. */
export const borderSpecs = [
  { id: 'border-vn-cn', countries: ['VN', 'CN'], name: 'Biên giới Việt Nam – Trung Quốc', name_en: 'Vietnam–China border' },
  { id: 'border-vn-la', countries: ['VN', 'LA'], name: 'Biên giới Việt Nam – Lào', name_en: 'Vietnam–Laos border' },
  { id: 'border-vn-kh', countries: ['VN', 'KH'], name: 'Biên giới Việt Nam – Campuchia', name_en: 'Vietnam–Cambodia border' },
  { id: 'border-la-cn', countries: ['LA', 'CN'], name: 'Laos–China border', name_en: 'Laos–China border' },
  { id: 'border-la-th', countries: ['LA', 'TH'], name: 'Laos–Thailand border', name_en: 'Laos–Thailand border' },
  { id: 'border-la-kh', countries: ['LA', 'KH'], name: 'Laos–Cambodia border', name_en: 'Laos–Cambodia border' },
  { id: 'border-la-mm', countries: ['LA', 'MM'], name: 'Laos–Myanmar border', name_en: 'Laos–Myanmar border' },
];

/**
 * @param {import('topojson-specification').Topology} topo
 * @param {number} decimals
 * @returns {import('geojson').Feature[]}
 */
export function buildBorders(topo, decimals) {
  const numericOf = new Map(countries.map((c) => [c.id, c.numeric]));
  return borderSpecs.map((spec) => {
    const [p, q] = spec.countries.map((iso) => numericOf.get(iso));
    const line = mesh(topo, topo.objects.countries, (a, b) => (a.id === p && b.id === q) || (a.id === q && b.id === p));
    const geometry = roundGeometry(line, decimals);
    if (!geometry) throw new Error(`${spec.id}: the two countries share no arc`);
    return {
      type: 'Feature',
      properties: { id: spec.id, kind: 'border', name: spec.name, name_en: spec.name_en, source: SOURCE, countries: spec.countries },
      geometry,
    };
  });
}
