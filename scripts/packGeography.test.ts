// @vitest-environment node
// Issue 18, "Geography that loads in layers": the packed files the app
// fetches (data/*.topo.json) are exactly the committed GeoJSON, losslessly,
// the first view within its 100 kB, and the app's decoder reads them as
// topojson-client (the reference implementation) does.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import { feature as referenceFeature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { afterAll, describe, expect, it } from 'vitest';
import { FIRST_VIEW_FILE, LATER_FILE, LAYERS, packGeography, serializeTopology } from './geo/packGeography.mjs';
import { checkGeography, FIRST_VIEW_GEO_FILE, GEO_BUDGETS_KB } from './check-budgets.mjs';
import { decodeTopology } from '../src/data/decodeTopology';

interface Feature { type: 'Feature'; properties: { id: string; focus?: boolean }; geometry: unknown }
type Collection = { type: 'FeatureCollection'; features: Feature[] };
const geojson = Object.fromEntries(LAYERS.map((l) => [l, JSON.parse(readFileSync(`data/${l}.geojson`, 'utf8')) as Collection])) as Record<string, Collection>;
const committed = {
  first: readFileSync(`data/${FIRST_VIEW_FILE}`, 'utf8'),
  later: readFileSync(`data/${LATER_FILE}`, 'utf8'),
};
const first = JSON.parse(committed.first) as unknown;
const later = JSON.parse(committed.later) as unknown;
const provinces = geojson.provinces?.features ?? [];
const isFocus = (f: Feature) => f.properties.focus === true;

/**
 * A feature with each polygon ring started at its smallest vertex: TopoJSON
 * starts a ring where its arcs meet, so the same ring may come back rotated
 * (same vertices, same order, same area and centroid).
 */
type Ring = Array<[number, number]>;
function rotated(ring: Ring): Ring {
  const open = ring.slice(0, -1);
  let k = 0;
  open.forEach(([x, y], i) => { const [kx, ky] = open[k] ?? [0, 0]; if (x < kx || (x === kx && y < ky)) k = i; });
  const r = [...open.slice(k), ...open.slice(0, k)];
  return [...r, r[0] ?? [0, 0]];
}
function canonical<T extends { geometry: unknown }>(f: T): T {
  const g = f.geometry as { type: string; coordinates: unknown } | null;
  if (g?.type === 'Polygon') return { ...f, geometry: { ...g, coordinates: (g.coordinates as Ring[]).map(rotated) } };
  if (g?.type === 'MultiPolygon') return { ...f, geometry: { ...g, coordinates: (g.coordinates as Ring[][]).map((p) => p.map(rotated)) } };
  return f;
}
const canonicalAll = <T extends { geometry: unknown }>(fs: T[]): T[] => fs.map(canonical);

describe('the packed geography', () => {
  it('is what packGeography makes of the committed GeoJSON (run `node scripts/geo/packGeography.mjs` after editing it)', () => {
    const packed = packGeography(geojson as never);
    expect(serializeTopology(packed.first)).toBe(committed.first);
    expect(serializeTopology(packed.later)).toBe(committed.later);
  });

  it('holds the first view whole: every country, border and place, and the focus provinces, coordinates exact', () => {
    for (const layer of ['countries', 'borders', 'places']) {
      expect(canonicalAll(decodeTopology(first, layer)), layer).toEqual(canonicalAll(geojson[layer]?.features ?? []));
    }
    const firstProvinces = decodeTopology(first, 'provinces');
    expect(canonicalAll(firstProvinces.filter((f) => f.geometry !== null))).toEqual(canonicalAll(provinces.filter(isFocus)));
    // The others: properties only, so the validator and search know them at once.
    expect(firstProvinces.filter((f) => f.geometry === null).map((f) => f.properties)).toEqual(provinces.filter((f) => !isFocus(f)).map((f) => f.properties));
  });

  it('holds every other province’s outline in the later file, coordinates exact', () => {
    expect(canonicalAll(decodeTopology(later, 'provinces'))).toEqual(canonicalAll(provinces.filter((f) => !isFocus(f))));
  });

  it('is read by the app as topojson-client reads it', () => {
    const near = (a: unknown, b: unknown): boolean => {
      if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < 1e-9;
      if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => near(x, b[i]));
      if (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null) {
        const [ka, kb] = [Object.keys(a).sort(), Object.keys(b).sort()];
        return near(ka, kb) && ka.every((k) => near((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
      }
      return a === b;
    };
    for (const [topo, names] of [[first, LAYERS], [later, ['provinces']]] as const) {
      for (const name of names) {
        const t = topo as Topology;
        const reference = (referenceFeature(t, t.objects[name] as never) as unknown as { features: Array<{ geometry: unknown }> }).features;
        const ours = decodeTopology(topo, name);
        expect(ours.length).toBe(reference.length);
        ours.forEach((f, i) => expect(near(f.geometry, reference[i]?.geometry ?? null), `${name} ${i}`).toBe(true));
      }
    }
  });

  it('keeps the first view within 100 kB gzip (issue 18), well under the same features as GeoJSON', () => {
    const kb = (text: string) => gzipSync(text, { level: 9 }).length / 1024;
    expect(GEO_BUDGETS_KB[FIRST_VIEW_GEO_FILE] ?? 0).toBeLessThanOrEqual(100);
    expect(kb(committed.first)).toBeLessThan(GEO_BUDGETS_KB[FIRST_VIEW_GEO_FILE] ?? 0);
    const sameAsGeojson = ['countries', 'borders', 'places'].map((l) => JSON.stringify(geojson[l])).join('') + JSON.stringify(provinces.filter(isFocus));
    expect(kb(committed.first)).toBeLessThan(kb(sameAsGeojson) / 2);
  });

  it('refuses malformed topologies with a reason', () => {
    expect(() => decodeTopology(null, 'x')).toThrow('not a TopoJSON Topology');
    expect(() => decodeTopology({ type: 'Topology', arcs: [], objects: {} }, 'x')).toThrow('no object "x"');
    const broken = { type: 'Topology', arcs: [[[0, 0], ['a', 1]]], objects: { x: { type: 'GeometryCollection', geometries: [{ type: 'LineString', arcs: [0], properties: {} }] } } };
    expect(() => decodeTopology(broken, 'x')).toThrow('arc 0: not a position');
    const missing = { type: 'Topology', arcs: [], objects: { x: { type: 'GeometryCollection', geometries: [{ type: 'LineString', arcs: [3] }] } } };
    expect(() => decodeTopology(missing, 'x')).toThrow('no arc 3');
    expect(() => decodeTopology({ ...missing, transform: { scale: [0, 1], translate: [0, 0] } }, 'x')).toThrow('a malformed transform');
  });
});

describe('the first-view budget in check-budgets', () => {
  const dirs: string[] = [];
  afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });
  const build = (firstViewBytes: number) => {
    const dir = mkdtempSync(join(tmpdir(), 'geo-budget-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'data'));
    for (const name of Object.keys(GEO_BUDGETS_KB)) writeFileSync(join(dir, 'data', name), '{}');
    // Random bytes are incompressible: gzip keeps them about their size.
    writeFileSync(join(dir, 'data', FIRST_VIEW_GEO_FILE), randomBytes(firstViewBytes));
    return dir;
  };
  const line = (dir: string) => checkGeography(dir).find((c: { name: string }) => c.name.includes(FIRST_VIEW_GEO_FILE));
  it('breaks past 100 kB and holds under it', () => {
    expect(line(build(104 * 1024))).toMatchObject({ ok: false, name: `data/${FIRST_VIEW_GEO_FILE}, first view, gzip` });
    expect(line(build(90 * 1024))).toMatchObject({ ok: true });
  });
});
