import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureGeo } from '../../test/fixtures/events/fixtureGeo.ts';
import { PARSE_REPLY, PARSE_REQUEST } from './eventsWorkerProtocol.ts';
import { parseRequest } from './handleParseMessage.ts';

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
