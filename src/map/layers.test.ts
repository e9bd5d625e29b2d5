import { describe, expect, it } from 'vitest';
import type { Geography } from '../domain/geography';
import { buildLayers, buildStyle, DATED_LAYERS, FONT_BOLD, FONT_REGULAR, PLACE_ICONS, validOnFilter } from './layers';

const empty = { type: 'FeatureCollection' as const, features: [] };
const geo: Geography = { countries: empty, provinces: empty, borders: empty, places: empty };

describe('buildStyle', () => {
  const style = buildStyle(geo, {
    provinceDate: '2024-08-01',
    fonts: { regular: [{ url: 'http://127.0.0.1/r.woff2', unicodeRange: ['U+0-FF'] }], bold: [{ url: 'http://127.0.0.1/b.woff2', unicodeRange: ['U+0-FF'] }] },
  });

  it('uses no glyph server, no sprite and no remote tiles (offline by construction)', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const s of Object.values(style.sources)) expect(s.type).toBe('geojson');
  });

  it('gives every layer a source that exists and a unique id', () => {
    const ids = style.layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const l of style.layers) if ('source' in l) expect(Object.keys(style.sources)).toContain(l.source);
  });

  it('declares the bundled fonts for every text-font used', () => {
    expect(Object.keys(style['font-faces'] ?? {})).toEqual([FONT_REGULAR, FONT_BOLD]);
    const used = JSON.stringify(style.layers.map((l) => ('layout' in l ? (l.layout as Record<string, unknown>)['text-font'] : null)));
    for (const name of used.match(/Noto Sans \w+/g) ?? []) expect([FONT_REGULAR, FONT_BOLD]).toContain(name);
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
