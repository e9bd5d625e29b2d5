import { describe, expect, it } from 'vitest';
import { checkCollection, loadGeography } from './loadGeography';

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
});

describe('loadGeography', () => {
  it('loads each file and reports a failed one without losing the others', async () => {
    const fetchFn = (async (url: string) => {
      if (url.endsWith('borders.geojson')) return new Response('nope', { status: 404 });
      if (url.endsWith('places.geojson')) return new Response('{not json');
      return new Response(JSON.stringify({ type: 'FeatureCollection', features: [feature(good)] }));
    }) as typeof fetch;
    const { value, problems, loaded } = await loadGeography('http://x.test/app/', fetchFn);
    expect(loaded).toEqual(['countries', 'provinces']);
    expect(value.countries.features).toHaveLength(1);
    expect(value.provinces.features).toHaveLength(1);
    expect(value.borders.features).toEqual([]);
    expect(problems.map((p) => p.file).sort()).toEqual(['data/borders.geojson', 'data/places.geojson']);
    expect(problems.find((p) => p.file === 'data/borders.geojson')?.reason).toBe('HTTP 404');
  });
  it('resolves files relative to the page, so the app works from any path', async () => {
    const seen: string[] = [];
    const fetchFn = (async (url: string) => { seen.push(url); return new Response('{}'); }) as typeof fetch;
    await loadGeography('https://cdn.example/news/2026/map/index.html', fetchFn);
    expect(seen).toContain('https://cdn.example/news/2026/map/data/countries.geojson');
  });
});
