import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureGeo } from '../../test/fixtures/events/fixtureGeo.ts';
import fs from 'node:fs';
import path from 'node:path';
import type { GeoIndex } from './geoIndex.ts';
import { EVENTS_PER_PART, PARSE_REPLY, PARSE_REQUEST, type ParseReply } from './eventsWorkerProtocol.ts';
import { handleParseMessage, parseRequest, streamParseMessage } from './handleParseMessage.ts';

/**
 * The worker's module is also the main thread's parser (imported by
 * parseEventsOffMainThread.ts when the worker cannot run): it listens for
 * messages only in a worker scope, and exports the parser either way.
 */
type Scope = { onmessage: ((event: { data: unknown }) => void) | null; postMessage?: unknown; importScripts?: unknown };
const scope = globalThis as unknown as Scope;
const request = { type: PARSE_REQUEST, id: 5, text: '{"version":1,"events":[]}', format: 'json' as const, geo: fixtureGeo };

afterEach(() => {
  scope.onmessage = null;
  delete scope.importScripts;
  vi.restoreAllMocks();
  vi.resetModules();
});

describe('parseEvents.worker', () => {
  it('on a page: exports the parser and leaves window.onmessage alone', async () => {
    vi.resetModules();
    const module = await import('./parseEvents.worker.ts');
    expect(module.parseRequest({ ...request, fingerprints: true })).toEqual(parseRequest({ ...request, fingerprints: true }));
    expect(scope.onmessage).toBeNull();
    expect(window.onmessage).toBeNull();
  });

  it('in a worker scope: answers a request (accepted, then done) and ignores anything else', async () => {
    vi.resetModules();
    const posted: unknown[] = [];
    scope.importScripts = () => {};
    vi.spyOn(globalThis, 'postMessage').mockImplementation((message: unknown) => { posted.push(message); });
    await import('./parseEvents.worker.ts');
    expect(typeof scope.onmessage).toBe('function');
    scope.onmessage?.({ data: 'hello' });
    expect(posted).toEqual([]);
    scope.onmessage?.({ data: request });
    expect(posted).toEqual([
      { type: PARSE_REPLY, id: 5, part: 'accepted' },
      { type: PARSE_REPLY, id: 5, part: 'done', count: 0, problems: [] },
    ]);
  });
});

describe('streamParseMessage (issue 18)', () => {
  const valid = (JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../test/fixtures/events/valid.json'), 'utf8')) as { events: Array<{ id: string }> }).events[0]!;
  const events = Array.from({ length: EVENTS_PER_PART + 1 }, (_, i) => ({ ...valid, id: `${valid.id}-${i}` }));
  const text = JSON.stringify({ version: 1, events });

  it('sends a part as soon as it is validated, while the events after it are still being checked', () => {
    // The geography index notes each lookup of a province id: validation at work.
    const log: string[] = [];
    class NotingSet extends Set<string> {
      override has(id: string) { log.push('lookup'); return super.has(id); }
    }
    const idsByKind = new Map([...fixtureGeo.idsByKind].map(([kind, ids]) => [kind, new NotingSet(ids)] as const));
    const geo: GeoIndex = { ...fixtureGeo, idsByKind };
    streamParseMessage({ ...request, text, geo }, (reply) => log.push(`post ${reply.part}`));
    const firstPart = log.indexOf('post events');
    expect(firstPart).toBeGreaterThan(0);
    // Event 2001 was checked after part 1 had gone.
    expect(log.slice(firstPart).filter((x) => x === 'lookup').length).toBeGreaterThan(0);
    expect(log.filter((x) => x.startsWith('post'))).toEqual(['post events', 'post events', 'post done']);
  });

  it('sends what handleParseMessage returns, fingerprints included: parts in order, then the count', () => {
    const posted: ParseReply[] = [];
    streamParseMessage({ ...request, text, fingerprints: true }, (reply) => posted.push(reply));
    expect(posted).toEqual(handleParseMessage({ ...request, text, fingerprints: true }));
    const parts = posted.filter((r): r is Extract<ParseReply, { part: 'events' }> => r.part === 'events');
    expect(parts.map((p) => (JSON.parse(p.json) as unknown[]).length)).toEqual([EVENTS_PER_PART, 1]);
    expect(parts.flatMap((p) => p.prints)).toEqual(parseRequest({ ...request, text, fingerprints: true }).prints);
    expect(posted.at(-1)).toMatchObject({ part: 'done', count: EVENTS_PER_PART + 1 });
  });
});
