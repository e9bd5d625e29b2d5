// The locator inset's shapes (data/inset.json): country
// outlines and the two story borders, coarsely simplified (0.1°), for an SVG
// the app draws once the map is up (a few kB, fetched, not bundled).
import { feature } from 'topojson-client';
import { clipToBox } from './clipToBox.mjs';
import { countries as countryTable } from './countryTable.mjs';
import { roundLine, simplifyLine } from './simplifyLine.mjs';

/**
 * [west, south, east, north] of the inset's shapes: South-East Asia and southern China up to Beijing
 * (issue 15: a briefing's inset orients, the main map's frame a small rectangle in it). The explorer
 * draws the middle of it (EXPLORER_INSET_BOX in src/ui/inset/insetGeometry.ts).
 */
/** @type {[number, number, number, number]} */
export const INSET_BOX = [88, 2, 128, 41];
const TOLERANCE = 0.2;
const DECIMALS = 1;

const ringArea = (r) => {
  let a = 0;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) a += (r[j][0] - r[i][0]) * (r[j][1] + r[i][1]);
  return Math.abs(a / 2);
};

/**
 * @param {import('topojson-specification').Topology} topo world-atlas countries
 * @param {import('geojson').Feature[]} borders data/borders.geojson features
 */
export function buildInset(topo, borders) {
  const byNumeric = new Map(countryTable.map((c) => [c.numeric, c]));
  const fc = feature(topo, topo.objects.countries);
  const countries = [];
  for (const f of fc.features) {
    const c = byNumeric.get(String(f.id));
    if (!c || !f.geometry) continue;
    const clipped = clipToBox(f.geometry, INSET_BOX);
    if (!clipped) continue;
    const polys = clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates;
    const rings = polys
      .map((p) => roundLine(simplifyLine(p[0], TOLERANCE), DECIMALS))
      .filter((r) => r.length >= 4 && ringArea(r) >= 0.15);
    if (rings.length) countries.push({ id: c.id, focus: c.focus === true, rings });
  }
  countries.sort((a, b) => a.id.localeCompare(b.id));
  const lines = borders
    .filter((b) => b.properties.id === 'border-vn-cn' || b.properties.id === 'border-vn-la')
    .map((b) => {
      const parts = b.geometry.type === 'LineString' ? [b.geometry.coordinates] : b.geometry.coordinates;
      return { id: b.properties.id, lines: parts.map((p) => roundLine(simplifyLine(p, TOLERANCE / 2), 2)).filter((p) => p.length >= 2) };
    });
  return { box: INSET_BOX, countries, borders: lines };
}
