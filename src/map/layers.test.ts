// @vitest-environment node
import { createExpression } from '@maplibre/maplibre-gl-style-spec';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Geography } from '../domain/geography';
import { COUNTRY_LABELS, countryLabelFeatures, focusLabelPoints, GATE_LABEL_ZOOM, languageFields, NEAR_ZOOM, placeLabelField } from './basemapData';
import { buildLayers, buildStyle, CONTEXT_FILES, DATED_LAYERS, DETAIL_BOX, DETAIL_BOX_SEAM, FONT_BOLD, FONT_ITALIC, FONT_REGULAR, PLACE_ANCHORS, PLACE_ICONS, SOURCE, validOnFilter } from './layers';
import { palette } from './palette';

const empty = { type: 'FeatureCollection' as const, features: [] };
const geo: Geography = { countries: empty, provinces: empty, borders: empty, places: empty };

describe('buildStyle', () => {
  const style = buildStyle(geo, {
    provinceDate: '2024-08-01',
    fonts: {
      regular: [{ url: 'http://127.0.0.1/r.woff2', unicodeRange: ['U+0-FF'] }],
      bold: [{ url: 'http://127.0.0.1/b.woff2', unicodeRange: ['U+0-FF'] }],
      italic: [{ url: 'http://127.0.0.1/i.woff2', unicodeRange: ['U+0-FF'] }],
    },
  });

  it('uses no glyph server, no sprite and no remote tiles (offline by construction)', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const s of Object.values(style.sources)) expect(s.type).toBe('geojson');
  });

  it('draws each country name whole over a halo that knocks the border lines out under it (session 15)', () => {
    const names = style.layers.filter((l) => l.id.startsWith('country-label'));
    expect(names.map((l) => l.id)).toEqual(['country-label', 'country-label-near', 'country-label-far']);
    for (const l of names) {
      const paint = (l as { paint: Record<string, unknown> }).paint;
      // Wider than the Vietnam–Laos line's half width (2 px at zoom 4): the line stops at the letters.
      expect(paint['text-halo-width'] as number, l.id).toBeGreaterThanOrEqual(2.5);
      expect(paint['text-halo-color'], l.id).toBe(palette.labelHalo);
      expect(paint['text-opacity'] as number, l.id).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('gives every layer a source that exists and a unique id', () => {
    const ids = style.layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const l of style.layers) if ('source' in l) expect(Object.keys(style.sources)).toContain(l.source);
  });

  it('declares the bundled fonts for every text-font used', () => {
    expect(Object.keys(style['font-faces'] ?? {})).toEqual([FONT_REGULAR, FONT_BOLD, FONT_ITALIC]);
    const used = JSON.stringify(style.layers.map((l) => ('layout' in l ? (l.layout as Record<string, unknown>)['text-font'] : null)));
    for (const name of used.match(/Noto Sans \w+/g) ?? []) expect([FONT_REGULAR, FONT_BOLD, FONT_ITALIC]).toContain(name);
  });

  it('draws the two named borders as distinct layers, one dashed', () => {
    const cn = style.layers.find((l) => l.id === 'border-vn-cn');
    const la = style.layers.find((l) => l.id === 'border-vn-la');
    expect(cn?.paint).toHaveProperty('line-dasharray');
    expect(la?.paint).not.toHaveProperty('line-dasharray');
  });

  it('has an icon for every place kind', () => {
    expect(Object.keys(PLACE_ICONS).sort()).toEqual(['border-gate', 'district', 'national-capital', 'provincial-capital', 'town']);
  });
});

describe('dated province layers', () => {
  it('filter by the date they are built for', () => {
    const layers = buildLayers('2025-07-01');
    for (const id of Object.keys(DATED_LAYERS)) {
      const layer = layers.find((l) => l.id === id);
      expect(JSON.stringify(layer && 'filter' in layer ? layer.filter : null), id).toContain(JSON.stringify(validOnFilter('2025-07-01')));
    }
  });
});

describe('context layers (issue 13)', () => {
  const layers = buildLayers('2024-08-01');
  const index = (id: string) => {
    const i = layers.findIndex((l) => l.id === id);
    if (i < 0) throw new Error(`no layer ${id}`);
    return i;
  };
  const layer = (id: string) => layers[index(id)] as unknown as { paint: Record<string, unknown>; layout?: Record<string, unknown>; minzoom?: number; maxzoom?: number; filter?: unknown };
  /** A zoom-interpolated width's value at its last stop. */
  const widthAt8 = (id: string) => {
    const w = layer(id).paint['line-width'];
    return Array.isArray(w) ? (w[w.length - 1] as number) : (w as number);
  };

  it('has an empty source per context file, filled after the first paint', () => {
    const sources = buildStyle(geo, { provinceDate: '2024-08-01' }).sources;
    for (const name of CONTEXT_FILES) expect(sources[SOURCE[name]]).toEqual({ type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  });

  it('draws relief under the focus provinces, rivers and roads under every border and label', () => {
    expect(index('relief')).toBeGreaterThan(index('land'));
    expect(index('relief')).toBeLessThan(index('focus-fill'));
    for (const id of ['rivers', 'roads']) {
      expect(index(id)).toBeLessThan(index('country-line'));
      expect(index(id)).toBeLessThan(index('border-casing'));
      expect(index(id)).toBeLessThan(index('places-symbol'));
    }
  });

  it('keeps context muted: thin lines, light relief, no outline', () => {
    expect(widthAt8('rivers')).toBeLessThanOrEqual(widthAt8('border-vn-la') / 2);
    expect(widthAt8('roads')).toBeLessThanOrEqual(widthAt8('border-vn-la') / 2);
    const opacity = layer('relief').paint['fill-opacity'] as unknown[];
    const values = opacity.slice(2).filter((v, i) => typeof v === 'number' && (i % 2 === 1 || i === opacity.length - 3)) as number[];
    expect(Math.max(...values)).toBeLessThanOrEqual(0.2);
    expect(layer('relief').paint).not.toHaveProperty('fill-outline-color');
    expect(layer('roads').paint).toHaveProperty('line-dasharray');
  });

  it('sets water names in italic blue', () => {
    for (const id of ['water-label', 'river-label']) {
      expect(layer(id).layout?.['text-font']).toEqual([FONT_ITALIC]);
      expect(layer(id).paint['text-color']).toBe(palette.waterLabel);
    }
  });

  it('names places, water and roads in the reader\'s language, else the local form', () => {
    const fr = buildLayers('2024-08-01', 'fr');
    const places = fr.find((l) => l.id === 'places-symbol') as unknown as { layout: Record<string, unknown> };
    expect(places.layout['text-field']).toEqual(placeLabelField('fr'));
    const vi = languageFields('vi');
    expect(vi['water-label']).toEqual(['coalesce', ['get', 'label_vi'], ['get', 'name_en']]);
    expect(Object.keys(vi).sort()).toEqual(['focus-label', 'places-symbol', 'river-label', 'road-label', 'water-label']);
    for (const [id, field] of Object.entries(languageFields('en'))) expect(layer(id).layout?.['text-field']).toEqual(field);
  });

  it('labels a focus province as its capital is spelled in the reader\'s language (issue 13 review)', () => {
    const fc = (features: unknown[]) => ({ type: 'FeatureCollection', features }) as never;
    const square = [[[105, 16], [106, 16], [106, 17], [105, 17], [105, 16]]];
    const geo = {
      countries: fc([]), borders: fc([]),
      provinces: fc([{ type: 'Feature', properties: { id: 'la-savannakhet', name: 'Savannakhét', focus: true }, geometry: { type: 'Polygon', coordinates: square } }]),
      places: fc([{ type: 'Feature', properties: { id: 'place-savannakhet', name: 'Savannakhét', label_en: 'Savannakhet' }, geometry: { type: 'Point', coordinates: [104.8, 16.6] } }]),
    };
    expect(focusLabelPoints(geo).features[0]?.properties.label_en).toBe('Savannakhet');
    expect(layer('focus-label').layout?.['text-field']).toEqual(['coalesce', ['get', 'label_en'], ['get', 'name']]);
  });

  it('names a border gate only from GATE_LABEL_ZOOM on, other places at every zoom (issue 13 review: the Khe Sanh knot)', () => {
    const field = createExpression(placeLabelField('en'), { type: 'string' } as never);
    if (field.result !== 'success') throw new Error('bad expression');
    const text = (zoom: number, properties: Record<string, string>) =>
      String(field.value.evaluate({ zoom } as never, { type: 'Point', properties } as never));
    const gate = { kind: 'border-gate', name: 'Lao Bảo – Dansavanh' };
    const town = { kind: 'town', name: 'Khe Sanh', label_en: 'Khe Sanh' };
    expect(text(GATE_LABEL_ZOOM - 0.1, gate)).toBe('');
    expect(text(GATE_LABEL_ZOOM, gate)).toBe('Lao Bảo – Dansavanh');
    expect(text(5, town)).toBe('Khe Sanh');
  });

  it('switches from the regional country names to the near ones at NEAR_ZOOM, each country named in both sets', () => {
    expect(layer('country-label').maxzoom).toBe(NEAR_ZOOM);
    expect(layer('country-label-near').minzoom).toBe(NEAR_ZOOM);
    const fc = countryLabelFeatures({ VN: 'VIỆT NAM', CN: 'TRUNG QUỐC' });
    expect(fc.features).toHaveLength(COUNTRY_LABELS.length);
    const near = fc.features.filter((f) => f.properties?.near === true).map((f) => f.properties?.id);
    expect([...new Set(near)].sort()).toEqual(['CN', 'KH', 'LA', 'TH', 'VN']);
    expect(fc.features.filter((f) => f.properties?.id === 'VN').every((f) => f.properties?.name === 'VIỆT NAM')).toBe(true);
    expect(fc.features.find((f) => f.properties?.id === 'CN')?.properties?.name).toBe('TRUNG QUỐC');
  });

  it('names the countries at the opening frame\'s zoom (5.2 at 1280 px, 4.5 on a phone), never hidden by town names (reader3)', () => {
    expect(NEAR_ZOOM).toBeLessThanOrEqual(4.5);
    // MapLibre places the last layer first: each country label layer comes after the places' labels.
    const ids = buildLayers('2025-07-01').map((l) => l.id);
    for (const id of ['country-label', 'country-label-near', 'country-label-far']) {
      expect(ids.indexOf(id), id).toBeGreaterThan(ids.indexOf('places-symbol'));
      expect(ids.indexOf(id), id).toBeLessThan(ids.indexOf('focus-label'));
    }
  });

  it('lets no label be drawn over another: provinces, then countries, then places, then lines (issue 15 review)', () => {
    const layers = buildLayers('2025-07-01');
    const symbols = layers.filter((l) => l.type === 'symbol');
    expect(symbols.length).toBeGreaterThan(5);
    for (const l of symbols) expect((l.layout as Record<string, unknown> | undefined)?.['text-allow-overlap'], l.id).not.toBe(true);
    const ids = layers.map((l) => l.id);
    const rank = ['border-label', 'water-label', 'river-label', 'road-label', 'places-symbol', 'country-label-near', 'focus-label'].map((id) => ids.indexOf(id));
    expect(rank).toEqual([...rank].sort((a, b) => a - b));
  });
});

describe('place-lit (issue 13 review)', () => {
  it('is a filled soft halo, not a ring like the legend\'s "planned"', () => {
    const layer = buildLayers('2025-07-01').find((l) => l.id === 'place-lit') as { paint: Record<string, unknown> };
    expect(layer.paint['circle-color']).not.toBe('rgba(0,0,0,0)');
    expect(JSON.stringify(layer.paint['circle-stroke-width'])).not.toMatch(/[1-9]/);
    expect(layer.paint['circle-blur']).toBeGreaterThan(0);
  });
});

// Issue 18: the map fetches data/land.geojson only once its view reaches past DETAIL_BOX,
// so the file must draw nothing inside the box but its seam (scripts/build-geo.mjs CLIP_BOX).
describe('DETAIL_BOX and data/land.geojson', () => {
  const land = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'data/land.geojson'), 'utf8')) as GeoJSON.FeatureCollection;
  const points = (g: GeoJSON.Geometry): number[][] => g.type === 'Polygon' ? g.coordinates.flat()
    : g.type === 'MultiPolygon' ? g.coordinates.flat(2)
      : g.type === 'LineString' ? g.coordinates
        : g.type === 'MultiLineString' ? g.coordinates.flat() : [];
  const all = land.features.flatMap((f) => (f.geometry ? points(f.geometry) : []));
  const [w, s, e, n] = DETAIL_BOX;
  const within = ([x = 0, y = 0]: number[], m: number) => x > w + m && x < e - m && y > s + m && y < n - m;

  it('has no point inside the box beyond its seam', () => {
    expect(all.length).toBeGreaterThan(1000);
    expect(all.filter((p) => within(p, DETAIL_BOX_SEAM + 1e-9))).toEqual([]);
  });

  it('is the box the file was cut with: each of its sides has points on the seam', () => {
    const on = (v: number, at: number) => Math.abs(v - at) < 1e-6;
    const m = DETAIL_BOX_SEAM;
    const sides = [
      all.some(([x = 0, y = 0]) => on(x, w + m) && y > s && y < n),
      all.some(([x = 0, y = 0]) => on(y, s + m) && x > w && x < e),
      all.some(([x = 0, y = 0]) => on(x, e - m) && y > s && y < n),
      all.some(([x = 0, y = 0]) => on(y, n - m) && x > w && x < e),
    ];
    expect(sides).toEqual([true, true, true, true]);
  });
});

describe('place names beside a border', () => {
  // Session 15 review: "Khe Sanh" was written leftwards, in Laos; Samouay's name runs east into Vietnam.
  // The expression is read as a match (Node's style-spec types the branches' literal lengths apart; the
  // map's own build parses it, checked in the browser: a data-driven "source" expression).
  const sides = (id: string): string[] => {
    const [op, input, ...rest] = PLACE_ANCHORS as unknown as [string, unknown, ...unknown[]];
    expect([op, input]).toEqual(['match', ['get', 'id']]);
    let out = rest[rest.length - 1];
    for (let i = 0; i + 1 < rest.length; i += 2) if (rest[i] === id) out = rest[i + 1];
    const [lit, pairs] = out as [string, unknown[]];
    expect(lit).toBe('literal');
    for (let i = 0; i < pairs.length; i += 2) {
      const [dx, dy] = pairs[i + 1] as [number, number];
      const side = pairs[i];
      // Each offset points away from the point, on the side its anchor names.
      expect(side === 'top' ? dy > 0 && dx === 0 : side === 'bottom' ? dy < 0 && dx === 0 : side === 'left' ? dx > 0 && dy === 0 : dx < 0 && dy === 0).toBe(true);
    }
    return pairs.filter((x): x is string => typeof x === 'string');
  };
  it('leave out the side across the border, and take the others below first', () => {
    expect(sides('place-khe-sanh')).toEqual(['top', 'left', 'bottom']);
    expect(sides('district-la-samouay')).toEqual(['top', 'right', 'bottom']);
    expect(sides('place-hanoi')).toEqual(['top', 'right', 'left', 'bottom']);
  });
  it('is the places layer\'s own anchoring, with no radial offset beside it', () => {
    const layout = buildLayers('2024-08-01', 'en').find((l) => l.id === 'places-symbol')!.layout as Record<string, unknown>;
    expect(layout['text-variable-anchor-offset']).toBe(PLACE_ANCHORS);
    expect(layout['text-radial-offset']).toBeUndefined();
    expect(layout['text-variable-anchor']).toBeUndefined();
  });
});
