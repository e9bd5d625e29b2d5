import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureGeo } from '../../test/fixtures/events/fixtureGeo.ts';
import { eventFingerprint } from '../domain/eventFingerprint.ts';
import { acceptedReply } from './eventsWorkerProtocol.ts';
import { handleParseMessage } from './handleParseMessage.ts';
import { parseEvents } from './parseEvents.ts';
import { type CreateWorker, parseEventsOffMainThread, startEventsWorkerEarly, type WorkerLike } from './parseEventsOffMainThread.ts';

const FIXTURES = path.resolve(__dirname, '../../test/fixtures/events');
const text = fs.readFileSync(path.join(FIXTURES, 'unknown-type.json'), 'utf8');
const options = { format: 'json' as const, file: 'data/events.json', geo: fixtureGeo };
const expected = parseEvents(text, options);

type Listener = (event: { data?: unknown }) => void;

/**
 * A worker in the same thread: messages cross by structuredClone, as they
 * would between threads (so a Map or Set that did not survive would show),
 * and are answered by the worker's own handler, a task later.
 */
function fakeWorker(behaviour: {
  reply?: (request: unknown) => unknown[];
  failOnPost?: boolean;
  errorOnPost?: boolean;
} = {}) {
  const listeners = new Map<string, Listener[]>();
  const emit = (type: string, event: { data?: unknown }) => { for (const l of listeners.get(type) ?? []) l(event); };
  const state = { posted: [] as unknown[], terminated: 0 };
  const worker: WorkerLike = {
    addEventListener: (type, listener) => { listeners.set(type, [...(listeners.get(type) ?? []), listener]); },
    postMessage(message) {
      if (behaviour.failOnPost) throw new DOMException('could not be cloned', 'DataCloneError');
      const request = structuredClone(message);
      state.posted.push(request);
      setTimeout(() => {
        if (behaviour.errorOnPost) { emit('error', {}); return; }
        const replies = behaviour.reply ? behaviour.reply(request) : handleParseMessage(request);
        for (const reply of replies) emit('message', { data: structuredClone(reply) });
      }, 0);
    },
    terminate() { state.terminated += 1; },
  };
  return { worker, state, create: (() => worker) as CreateWorker };
}

describe('parseEventsOffMainThread', () => {
  it('parses in the worker: the same events and problems as on the main thread, and ends the worker', async () => {
    const { create, state } = fakeWorker();
    const result = await parseEventsOffMainThread(text, options, create);
    expect(result.via).toBe('worker');
    expect(result.value).toEqual(expected.value);
    expect(result.problems).toEqual(expected.problems);
    expect(result.value.map((e) => e.id)).toEqual(['2022-06-fixture-talks']);
    expect(state.terminated).toBe(1);
    // The geography index crosses as Maps and Sets (structured clone), so links are really checked there.
    expect(state.posted).toHaveLength(1);
  });

  it('puts together events sent in several parts, in order', async () => {
    const many = JSON.parse(text) as { version: number; events: Array<Record<string, unknown>> };
    const valid = many.events.find((e) => e.id === '2022-06-fixture-talks')!;
    const copies = Array.from({ length: 4500 }, (_, i) => ({ ...valid, id: `2022-06-copy-${String(i).padStart(4, '0')}` }));
    const big = JSON.stringify({ version: 1, events: copies });
    const { create } = fakeWorker();
    const result = await parseEventsOffMainThread(big, options, create);
    expect(result.via).toBe('worker');
    expect(result.problems).toEqual([]);
    expect(result.value.map((e) => e.id)).toEqual(copies.map((e) => e.id));
    expect(result.value).toEqual(parseEvents(big, options).value);
  });

  it('ignores messages that are not its reply, then takes the reply', async () => {
    const { create } = fakeWorker({
      reply: (request) => [null, 'hello', { type: 'parsed-events', id: -1, part: 'done', count: 0, problems: [] }, { type: 'other' }, ...handleParseMessage(request)],
    });
    const result = await parseEventsOffMainThread(text, options, create);
    expect(result).toMatchObject({ via: 'worker', value: expected.value });
  });

  it.each<[string, () => CreateWorker]>([
    ['no Worker can be created', () => () => { throw new ReferenceError('Worker is not defined'); }],
    ['the message cannot be sent', () => fakeWorker({ failOnPost: true }).create],
    ['the worker fails (script not loaded, CSP, error inside)', () => fakeWorker({ errorOnPost: true }).create],
    ['the reply has the wrong shape', () => fakeWorker({
      reply: (request) => [{ type: 'parsed-events', id: (request as { id: number }).id, part: 'events', json: '{not json' }],
    }).create],
    ['a part of the events is missing', () => fakeWorker({
      reply: (request) => handleParseMessage(request).filter((r) => r.part !== 'events'),
    }).create],
  ])('falls back to the main thread when %s, with the same result', async (_name, make) => {
    const result = await parseEventsOffMainThread(text, options, make());
    expect(result.via).toBe('main-thread');
    expect(result.value).toEqual(expected.value);
    expect(result.problems).toEqual(expected.problems);
  });

  it('settles once: an error after the reply changes nothing', async () => {
    const { worker } = fakeWorker();
    const listeners: Record<string, Listener> = {};
    const spy: WorkerLike = {
      ...worker,
      addEventListener: (type, l) => { listeners[type] = l; worker.addEventListener(type, l); },
    };
    const result = await parseEventsOffMainThread(text, options, () => spy);
    expect(() => listeners.error?.({})).not.toThrow();
    expect(result.via).toBe('worker');
  });

  it('falls back when the worker never says a word (its script never started), and ignores it if it speaks later', async () => {
    const { create, state } = fakeWorker({ reply: () => [] });
    const result = await parseEventsOffMainThread(JSON.stringify({ version: 1, events: [] }), options, create, 20);
    expect(result.via).toBe('main-thread');
    expect(state.terminated).toBe(1);
  });

  it('keeps waiting for a slow parse once the worker has said it started', async () => {
    const text = JSON.stringify({ version: 1, events: [] });
    const { create } = fakeWorker({
      reply: (request) => {
        const id = (request as { id: number }).id;
        // Accepted at once; no answer yet (a big file still being parsed).
        return [acceptedReply(id)];
      },
    });
    let settled = false;
    const pending = parseEventsOffMainThread(text, options, create, 20).then((r) => { settled = true; return r; });
    await new Promise((r) => setTimeout(r, 80));
    expect(settled).toBe(false);
    void pending;
  });

  it('falls back where there is no Worker at all (this test environment, like file://), importing the worker\'s own module', async () => {
    const result = await parseEventsOffMainThread(text, options);
    expect(result.via).toBe('main-thread');
    expect(result.value).toEqual(expected.value);
    expect(result.problems).toEqual(expected.problems);
    // The module was imported, not run as a worker: it did not take over the page's messages.
    expect(window.onmessage).toBeNull();
  });

  describe('a worker started early (issue 18)', () => {
    it('is started before the file is there and takes the next parse, once', async () => {
      const fake = fakeWorker();
      let created = 0;
      startEventsWorkerEarly(() => { created += 1; return fake.worker; });
      startEventsWorkerEarly(() => { created += 1; return fake.worker; });
      expect(created).toBe(1);
      expect(fake.state.posted).toHaveLength(0);
      const first = await parseEventsOffMainThread(text, options);
      expect(first.via).toBe('worker');
      expect(first.value).toEqual(expected.value);
      expect(fake.state.posted).toHaveLength(1);
      // Used up: the next parse starts its own (none in this environment: the main thread parses).
      const second = await parseEventsOffMainThread(text, options);
      expect(second.via).toBe('main-thread');
      expect(fake.state.posted).toHaveLength(1);
    });

    it('is not used when its script failed before the file came: the main thread parses at once, without a second try', async () => {
      let fail: (() => void) | undefined;
      const dead: WorkerLike = {
        addEventListener: (type, listener) => { if (type === 'error') fail = () => listener({}); },
        postMessage: () => undefined,
        terminate: () => undefined,
      };
      let terminated = 0;
      dead.terminate = () => { terminated += 1; };
      startEventsWorkerEarly(() => dead);
      fail?.();
      // A Worker that would start fine now must not be tried: the same script just failed.
      const RealWorker = globalThis.Worker;
      let tried = 0;
      globalThis.Worker = class { constructor() { tried += 1; } } as unknown as typeof Worker;
      const started = Date.now();
      const result = await parseEventsOffMainThread(text, options).finally(() => { globalThis.Worker = RealWorker; });
      expect(tried).toBe(0);
      expect(terminated).toBe(1);
      expect(result.via).toBe('main-thread');
      expect(result.value).toEqual(expected.value);
      expect(Date.now() - started).toBeLessThan(5_000);
    });
  });

  it('says what failed when the worker\'s module cannot be loaded on the main thread either', async () => {
    const result = await parseEventsOffMainThread(text, options, fakeWorker({ errorOnPost: true }).create, 10_000,
      () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    expect(result).toMatchObject({ via: 'main-thread', value: [] });
    expect(result.problems).toEqual([expect.objectContaining({ code: 'internal-error', file: 'data/events.json', line: 1 })]);
  });

  describe('fingerprints (a live file)', () => {
    const expectedPrints = expected.value.map(eventFingerprint);

    it('come from the worker, one per event, in order, only when asked', async () => {
      const asked = await parseEventsOffMainThread(text, { ...options, fingerprints: true }, fakeWorker().create);
      expect(asked).toMatchObject({ via: 'worker', prints: expectedPrints });
      const notAsked = await parseEventsOffMainThread(text, options, fakeWorker().create);
      expect(notAsked).not.toHaveProperty('prints');
    });

    it('are the same when the main thread parses instead', async () => {
      const result = await parseEventsOffMainThread(text, { ...options, fingerprints: true }, fakeWorker({ errorOnPost: true }).create);
      expect(result).toMatchObject({ via: 'main-thread', value: expected.value, prints: expectedPrints });
    });

    it('stay in step with the events across parts', async () => {
      const many = JSON.parse(text) as { events: Array<Record<string, unknown>> };
      const valid = many.events.find((e) => e.id === '2022-06-fixture-talks')!;
      const copies = Array.from({ length: 4500 }, (_, i) => ({ ...valid, id: `2022-06-copy-${String(i).padStart(4, '0')}` }));
      const result = await parseEventsOffMainThread(JSON.stringify({ version: 1, events: copies }), { ...options, fingerprints: true }, fakeWorker().create);
      expect(result.via).toBe('worker');
      expect(result.prints).toEqual(result.value.map(eventFingerprint));
    });

    it('missing from a reply that should carry them: the main thread parses instead', async () => {
      const { create } = fakeWorker({
        reply: (request) => handleParseMessage({ ...(request as object), fingerprints: false }),
      });
      const result = await parseEventsOffMainThread(text, { ...options, fingerprints: true }, create);
      expect(result).toMatchObject({ via: 'main-thread', prints: expectedPrints });
    });
  });
});
