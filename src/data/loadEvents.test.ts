// @vitest-environment node
import { parseEvents } from './parseEvents';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureGeo } from '../../test/fixtures/events/fixtureGeo.ts';
import { fetchEvents, type FetchLike, type FetchResponseLike, formatOf, loadEvents } from './loadEvents.ts';
import { problemMessage } from './problems.ts';

const FIXTURES = path.resolve(__dirname, '../../test/fixtures/events');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

const respond = (body: string, init: { status?: number; type?: string | null } = {}): FetchResponseLike => ({
  ok: (init.status ?? 200) < 400,
  status: init.status ?? 200,
  statusText: init.status === 404 ? 'Not Found' : '',
  headers: { get: (name) => (name.toLowerCase() === 'content-type' ? (init.type ?? null) : null) },
  text: async () => body,
});

describe('loadEvents', () => {
  it('loads JSON, named by its URL in problems', async () => {
    const fetch: FetchLike = async () => respond(fixture('unknown-type.json'), { type: 'application/json; charset=utf-8' });
    const result = await loadEvents('data/events.json', { fetch, geo: fixtureGeo, parse: parseEvents });
    expect(result.value.map((e) => e.id)).toEqual(['2022-06-fixture-talks']);
    expect(result.problems.map((p) => `${p.file}:${p.line} ${p.code}`)).toEqual(['data/events.json:49 unknown-type']);
  });

  it('loads CSV picked by content type or by extension', async () => {
    const csv = fixture('valid-bom-crlf.csv');
    const byType = await loadEvents('data/export', { fetch: async () => respond(csv, { type: 'text/csv' }), geo: fixtureGeo, parse: parseEvents });
    const byName = await loadEvents('x/events.csv?v=2', { fetch: async () => respond(csv, { type: 'text/plain' }), geo: fixtureGeo, parse: parseEvents });
    expect(byType.value).toHaveLength(2);
    expect(byName.value).toHaveLength(2);
  });

  it.each([
    ['network failure', (async () => Promise.reject(new TypeError('Failed to fetch'))) as FetchLike, 'fetch-failed'],
    ['HTTP 404', (async () => respond('not here', { status: 404, type: 'text/html' })) as FetchLike, 'http-error'],
    ['unknown format', (async () => respond('{}', { type: 'text/html' })) as FetchLike, 'unknown-format'],
    ['body read failure', (async () => ({ ...respond(''), text: () => Promise.reject(new Error('aborted')) })) as FetchLike, 'fetch-failed'],
    ['fetch that throws synchronously', (() => {
      throw new Error('boom');
    }) as FetchLike, 'fetch-failed'],
  ])('turns %s into a problem, never a rejection', async (_name, fetch, code) => {
    const result = await loadEvents('data/thing', { fetch, geo: fixtureGeo, parse: parseEvents });
    expect(result.value).toEqual([]);
    expect(result.problems.map((p) => p.code)).toEqual([code]);
    expect(result.problems[0]?.file).toBe('data/thing');
  });

  it('says which HTTP status it got', async () => {
    const result = await loadEvents('a.json', { fetch: async () => respond('', { status: 404 }), geo: fixtureGeo, parse: parseEvents });
    expect(problemMessage(result.problems[0]!)).toBe('the server answered HTTP 404 Not Found');
  });
});

describe('formatOf', () => {
  it.each([
    ['a.json', null, 'json'],
    ['a.CSV', null, 'csv'],
    ['a.json#x', 'text/plain', 'json'],
    ['a', 'application/geo+json', 'json'],
    ['a.json', 'text/csv; charset=utf-8', 'csv'],
    ['a', 'text/html', undefined],
  ])('%s with %s → %s', (url, type, format) => expect(formatOf(url, type)).toBe(format));
});

describe('fetchEvents', () => {
  const withHeaders = (body: string, status: number, headers: Record<string, string>): FetchResponseLike => ({
    ok: status >= 200 && status < 300,
    status,
    headers: { get: (name) => headers[name.toLowerCase()] ?? null },
    text: async () => body,
  });
  const json = fixture('unknown-type.json');

  it('sends the given headers and returns the validators of the response', async () => {
    const sent: Array<Record<string, string> | undefined> = [];
    const fetch: FetchLike = async (_url, init) => {
      sent.push(init?.headers);
      return withHeaders(json, 200, { 'content-type': 'application/json', etag: '"v2"', 'last-modified': 'Tue, 24 Nov 2026 00:00:00 GMT' });
    };
    const result = await fetchEvents('data/events.json', { fetch, geo: fixtureGeo, parse: parseEvents, headers: { 'If-None-Match': '"v1"' } });
    expect(sent).toEqual([{ 'If-None-Match': '"v1"' }]);
    expect(result).toMatchObject({ outcome: 'loaded', status: 200, etag: '"v2"', lastModified: 'Tue, 24 Nov 2026 00:00:00 GMT' });
    expect(result.value.map((e) => e.id)).toEqual(['2022-06-fixture-talks']);
  });

  it('passes no init at all when there are no headers, as before', async () => {
    const inits: unknown[] = [];
    await fetchEvents('a.json', { fetch: async (...args) => { inits.push(args.length); return withHeaders(json, 200, {}); }, geo: fixtureGeo, parse: parseEvents });
    expect(inits).toEqual([1]);
  });

  it('hands the text to the parser it is given, and turns a parser that throws into a problem', async () => {
    const fetch: FetchLike = async () => withHeaders(json, 200, { 'content-type': 'application/json', etag: '"v3"' });
    const seen: string[] = [];
    const viaParser = await fetchEvents('a.json', {
      fetch, geo: fixtureGeo,
      parse: async (text, o) => { seen.push(`${o.format} ${o.file} ${text.length}`); return { value: [], problems: [] }; },
    });
    expect(seen).toEqual([`json a.json ${json.length}`]);
    expect(viaParser).toEqual({ value: [], problems: [], outcome: 'loaded', status: 200, etag: '"v3"', lastModified: null });
    const broken = await fetchEvents('a.json', { fetch, geo: fixtureGeo, parse: () => { throw new Error('worker gone'); } });
    expect(broken.outcome).toBe('loaded');
    expect(broken.problems.map((p) => `${p.code} ${problemMessage(p)}`)).toEqual(['internal-error unexpected error while validating: worker gone']);
  });

  it('treats 304 as not modified: no events, no problems', async () => {
    const result = await fetchEvents('a.json', { fetch: async () => withHeaders('', 304, { etag: '"v1"' }), geo: fixtureGeo, parse: parseEvents });
    expect(result).toEqual({ value: [], problems: [], outcome: 'not-modified', status: 304, etag: '"v1"', lastModified: null });
  });

  it.each([
    ['HTTP 503', (async () => withHeaders('busy', 503, {})) as FetchLike, 503, 'http-error'],
    ['network failure', (async () => Promise.reject(new TypeError('Failed to fetch'))) as FetchLike, null, 'fetch-failed'],
    ['unknown format', (async () => withHeaders('{}', 200, { 'content-type': 'text/html' })) as FetchLike, 200, 'unknown-format'],
  ])('says %s failed, with its problem', async (_name, fetch, status, code) => {
    const result = await fetchEvents('a', { fetch, geo: fixtureGeo, parse: parseEvents });
    expect(result.outcome).toBe('failed');
    expect(result.status).toBe(status);
    expect(result.problems.map((p) => p.code)).toEqual([code]);
  });
});
