// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCollection, FIRST_VIEW_FILE, LATER_PROVINCES_FILE, loadGeography } from './loadGeography';

const feature = (props: Record<string, unknown>) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] }, properties: props });
const good = { id: 'a', kind: 'town', name: 'Á', name_en: 'A', source: 's' };

describe('checkCollection', () => {
  it('keeps good features and says why each bad one was rejected', () => {
    const input = { type: 'FeatureCollection', features: [feature(good), feature({ id: 1 }), null, { type: 'Feature' }] };
    const copy = structuredClone(input);
    const out = checkCollection(input);
    expect(out.value.features.map((f) => f.properties.id)).toEqual(['a']);
    expect(out.rejected).toHaveLength(3);
    expect(out.rejected[0]).toMatch(/feature 1/);
    expect(input).toEqual(copy);
  });
  it.each([null, 42, 'x', [], { type: 'Feature' }, { type: 'FeatureCollection', features: 'no' }])('rejects %j whole', (v) => {
    const out = checkCollection(v);
    expect(out.value.features).toEqual([]);
    expect(out.rejected).toEqual(['not a GeoJSON FeatureCollection']);
  });
  it('keeps a feature without geometry only when asked to (properties known, outline later)', () => {
    const bare = { type: 'Feature', geometry: null, properties: good };
    expect(checkCollection({ type: 'FeatureCollection', features: [bare] }).value.features).toEqual([]);
    expect(checkCollection({ type: 'FeatureCollection', features: [bare] }, { propertiesOnly: true }).value.features).toEqual([bare]);
  });
});

/** The committed files, served as a static host would. */
const shipped: Record<string, string> = {
  [FIRST_VIEW_FILE]: readFileSync(FIRST_VIEW_FILE, 'utf8'),
  [LATER_PROVINCES_FILE]: readFileSync(LATER_PROVINCES_FILE, 'utf8'),
};
const geojson = (layer: string) => (JSON.parse(readFileSync(`data/${layer}.geojson`, 'utf8')) as { features: Array<{ properties: { id: string; focus?: boolean } }> }).features;

function server(overrides: Record<string, () => Response> = {}) {
  const seen: string[] = [];
  const fetchFn = (async (url: string) => {
    seen.push(url);
    const path = new URL(url).pathname.replace(/^\/app\//, '');
    const override = overrides[path];
    if (override) return override();
    const text = shipped[path];
    return text === undefined ? new Response('', { status: 404 }) : new Response(text);
  }) as typeof fetch;
  return { fetchFn, seen };
}

describe('loadGeography (issue 18: the first view, then the rest)', () => {
  it('reads the first view from one file: every country, border and place, the focus provinces drawn, every province known', async () => {
    const { fetchFn, seen } = server();
    const { value, problems, loaded, known } = await loadGeography('http://x.test/app/', fetchFn);
    expect(problems).toEqual([]);
    expect(loaded).toEqual(['countries', 'provinces', 'borders', 'places']);
    expect(seen).toEqual([`http://x.test/app/${FIRST_VIEW_FILE}`]);
    for (const layer of ['countries', 'borders', 'places'] as const) {
      expect(value[layer].features.map((f) => f.properties.id), layer).toEqual(geojson(layer).map((f) => f.properties.id));
    }
    const focus = geojson('provinces').filter((f) => f.properties.focus === true).map((f) => f.properties.id);
    expect(value.provinces.features.map((f) => f.properties.id)).toEqual(focus);
    expect(known.provinces.map((p) => p.id)).toEqual(geojson('provinces').map((f) => f.properties.id));
    expect(known.provinces.find((p) => p.id === 'vn-lao-cai-2025')).toMatchObject({ name: 'Lào Cai', validFrom: '2025-07-01' });
  });

  it('fetches the other provinces once, on the first call, and gives the whole layer', async () => {
    const { fetchFn, seen } = server();
    const { value } = await loadGeography('http://x.test/app/', fetchFn);
    const [a, b] = await Promise.all([value.allProvinces?.(), value.allProvinces?.()]);
    expect(a).toBe(b);
    expect(seen.filter((u) => u.endsWith(LATER_PROVINCES_FILE))).toHaveLength(1);
    expect(a?.features.map((f) => f.properties.id).sort()).toEqual(geojson('provinces').map((f) => f.properties.id).sort());
    expect(a?.features.every((f) => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon')).toBe(true);
  });

  it('says why when the first view cannot be had, and leaves every layer empty', async () => {
    const { fetchFn } = server({ [FIRST_VIEW_FILE]: () => new Response('nope', { status: 404 }) });
    const { value, problems, loaded } = await loadGeography('http://x.test/app/', fetchFn);
    expect(loaded).toEqual([]);
    expect(value.countries.features).toEqual([]);
    expect(problems).toEqual([{ file: FIRST_VIEW_FILE, reason: 'HTTP 404' }]);
  });

  it('loses only the layer that is broken', async () => {
    const topo = JSON.parse(shipped[FIRST_VIEW_FILE] ?? '') as { objects: Record<string, unknown> };
    delete topo.objects.borders;
    const { fetchFn } = server({ [FIRST_VIEW_FILE]: () => new Response(JSON.stringify(topo)) });
    const { value, problems, loaded } = await loadGeography('http://x.test/app/', fetchFn);
    expect(loaded).toEqual(['countries', 'provinces', 'places']);
    expect(value.borders.features).toEqual([]);
    expect(value.countries.features.length).toBeGreaterThan(0);
    expect(problems).toEqual([{ file: FIRST_VIEW_FILE, reason: 'borders: no object "borders"' }]);
  });

  it('rejects the later provinces when that file fails', async () => {
    const { fetchFn } = server({ [LATER_PROVINCES_FILE]: () => new Response('{not json') });
    const { value } = await loadGeography('http://x.test/app/', fetchFn);
    await expect(value.allProvinces?.()).rejects.toThrow();
  });

  it('resolves files relative to the page, so the app works from any path', async () => {
    const seen: string[] = [];
    const fetchFn = (async (url: string) => { seen.push(url); return new Response('{}'); }) as typeof fetch;
    await loadGeography('https://cdn.example/news/2026/map/index.html', fetchFn);
    expect(seen).toEqual(['https://cdn.example/news/2026/map/data/geography.topo.json']);
  });
});
