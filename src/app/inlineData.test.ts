// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { contentTypeOf, inlineFileFor, installInlineData } from './inlineData';

const base = 'file:///home/analyst/briefing/index.html?lang=en#map=6/17/106';
const files = { 'events.json': '[{"id":"a"}]', 'countries.geojson': '{"type":"FeatureCollection","features":[]}' };

describe('inlineFileFor', () => {
  it.each([
    ['data/events.json', 'events.json'],
    ['file:///home/analyst/briefing/data/events.json', 'events.json'],
    ['file:///home/analyst/briefing/data/events.json?v=2#x', 'events.json'],
    ['./data/countries.geojson', 'countries.geojson'],
  ])('serves %s as %s', (url, name) => {
    expect(inlineFileFor(url, base, files)?.name).toBe(name);
  });
  it.each([
    ['data/other.json'], // not inlined: left to the network, which reports it
    ['events.json'], // not under data/
    ['file:///home/analyst/data/events.json'], // another folder
    ['https://news.example/data/events.json'], // another origin
    ['data/toString'], // not an own property of the table
    ['http://[bad'],
  ])('leaves %s to the network', (url) => {
    expect(inlineFileFor(url, base, files)).toBeNull();
  });
  it('works over http too, for a single file put on a web server', () => {
    expect(inlineFileFor('https://x.example/brief/data/events.json', 'https://x.example/brief/', files)?.text).toBe(files['events.json']);
  });
});

describe('installInlineData', () => {
  it('answers inlined files from memory with their content type, and passes everything else on', async () => {
    const network = vi.fn(async () => new Response('from the network', { status: 404 }));
    const target = { fetch: network as unknown as typeof fetch };
    const undo = installInlineData(target, base, files);

    const events = await target.fetch('data/events.json');
    expect(events.status).toBe(200);
    expect(events.headers.get('content-type')).toBe('application/json');
    expect(await events.text()).toBe(files['events.json']);
    const geo = await target.fetch(new URL('data/countries.geojson', base));
    expect(geo.headers.get('content-type')).toBe('application/geo+json');
    expect(network).not.toHaveBeenCalled();

    const other = await target.fetch('data/missing.json', { headers: { 'If-None-Match': '"x"' } });
    expect(other.status).toBe(404);
    expect(network).toHaveBeenCalledWith('data/missing.json', { headers: { 'If-None-Match': '"x"' } });

    undo();
    expect(target.fetch).toBe(network);
  });

  it('gives each request a fresh body, so the same file can be read twice', async () => {
    const target = { fetch: vi.fn() as unknown as typeof fetch };
    installInlineData(target, base, files);
    expect(await (await target.fetch('data/events.json')).text()).toBe(files['events.json']);
    expect(await (await target.fetch('data/events.json')).text()).toBe(files['events.json']);
  });
});

describe('contentTypeOf', () => {
  it.each([
    ['events.csv', 'text/csv; charset=utf-8'],
    ['borders.geojson', 'application/geo+json'],
    ['events.json', 'application/json'],
  ])('%s is %s', (name, type) => expect(contentTypeOf(name)).toBe(type));
});
