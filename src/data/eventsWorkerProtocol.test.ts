// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureGeo } from '../../test/fixtures/events/fixtureGeo.ts';
import type { BorderEvent } from '../domain/event.ts';
import { eventFingerprint } from '../domain/eventFingerprint.ts';
import { PARSE_REPLY, PARSE_REQUEST, readParseReply, readParseRequest } from './eventsWorkerProtocol.ts';
import { handleParseMessage } from './handleParseMessage.ts';

/**
 * Fuzzing of the events worker's message handlers (issue 8, hardening):
 * whatever arrives, nothing throws, and what is not a well-formed message
 * is ignored. Values are what structured clone can carry: Maps, Sets,
 * nested objects, typed arrays, null prototypes and the like.
 */
const anything = fc.anything({ withMap: true, withSet: true, withNullPrototype: true, withTypedArray: true, withDate: true, withBigInt: true, withSparseArray: true, maxDepth: 4 });

/** Messages that look almost like a request: each field either right or random. */
const nearRequest = fc.record({
  type: fc.oneof(fc.constant(PARSE_REQUEST), anything),
  id: fc.oneof(fc.nat(), anything),
  text: fc.oneof(fc.string({ maxLength: 400 }), fc.constant('{"version":1,"events":[{}]}'), fc.constant('id,type\nx,y'), anything),
  format: fc.oneof(fc.constantFrom('json', 'csv'), anything),
  geo: fc.oneof(fc.constant(fixtureGeo), anything, fc.record({ layers: fc.constant(new Set(['countries'])), idsByKind: anything, validity: anything })),
  fingerprints: fc.oneof(fc.boolean(), anything),
}, { requiredKeys: [] });

describe('events worker messages, fuzzed', () => {
  it('the worker never throws and answers only well-formed requests', () => {
    fc.assert(fc.property(fc.oneof(anything, nearRequest), (message) => {
      const request = readParseRequest(message);
      const replies = handleParseMessage(message);
      expect(replies.length === 0).toBe(request === null);
      if (request) {
        for (const reply of replies) expect(reply).toMatchObject({ type: PARSE_REPLY, id: request.id });
        const done = replies.at(-1);
        expect(done?.part).toBe('done');
        const events = replies.flatMap((r) => (r.part === 'events' ? (JSON.parse(r.json) as unknown[]) : []));
        expect(done?.part === 'done' && done.count).toBe(events.length);
        // Fingerprints exactly when asked, one per event, the same as computed from the JSON the page reads.
        const prints = replies.flatMap((r) => (r.part === 'events' ? r.prints ?? [] : []));
        expect(prints).toEqual(request.fingerprints ? events.map((e) => eventFingerprint(e as BorderEvent)) : []);
        // parseEvents reports what it could not read, it does not fail silently on garbage.
        expect(events.length + (done?.part === 'done' ? done.problems.length : 0)).toBeGreaterThan(0);
      }
    }), { numRuns: 500 });
  });

  it('the client never throws on a message, and takes only a reply to its own request', () => {
    const nearReply = fc.record({
      type: fc.oneof(fc.constant(PARSE_REPLY), anything),
      id: fc.oneof(fc.constant(7), fc.nat(), anything),
      part: fc.oneof(fc.constantFrom('events', 'done'), anything),
      json: fc.oneof(fc.json(), fc.constant('[{"id":"a"}]'), fc.string(), anything),
      count: fc.oneof(fc.nat(), anything),
      problems: fc.oneof(fc.constant([]), fc.array(anything), anything),
      prints: fc.oneof(fc.constant([1]), fc.array(fc.nat()), anything),
    }, { requiredKeys: [] });
    fc.assert(fc.property(fc.oneof(anything, nearReply), (message) => {
      const reply = readParseReply(message, 7);
      const isOurs = typeof message === 'object' && message !== null && (message as { type?: unknown }).type === PARSE_REPLY && (message as { id?: unknown }).id === 7;
      if (!isOurs) expect(reply).toBeNull();
      else expect(reply).not.toBeNull();
      if (reply && reply !== 'malformed') {
        if (reply.part === 'events') {
          expect(Array.isArray(reply.events)).toBe(true);
          if (reply.prints) expect(reply.prints).toHaveLength(reply.events.length);
        }
        else if (reply.part === 'done') expect(Array.isArray(reply.problems)).toBe(true);
      }
    }), { numRuns: 500 });
  });

  it('accepts a request after structured clone, and rejects a geography index that lost its Maps', () => {
    const request = { type: PARSE_REQUEST, id: 3, text: '{"version":1,"events":[]}', format: 'json', geo: fixtureGeo };
    expect(readParseRequest(structuredClone(request))).toMatchObject({ id: 3, format: 'json' });
    expect(readParseRequest(JSON.parse(JSON.stringify(request)))).toBeNull();
    expect(handleParseMessage(structuredClone(request))).toEqual([{ type: PARSE_REPLY, id: 3, part: 'done', count: 0, problems: [] }]);
  });

  it('says a reply to its request with the wrong payload is malformed', () => {
    expect(readParseReply({ type: PARSE_REPLY, id: 1, part: 'done', count: 0, problems: [{ code: 'x' }] }, 1)).toBe('malformed');
    expect(readParseReply({ type: PARSE_REPLY, id: 1, part: 'events', json: '[1]' }, 1)).toBe('malformed');
    expect(readParseReply({ type: PARSE_REPLY, id: 1, part: 'events', json: '{"a":' }, 1)).toBe('malformed');
    expect(readParseReply({ type: PARSE_REPLY, id: 1, part: 'later' }, 1)).toBe('malformed');
    expect(readParseReply({ type: PARSE_REPLY, id: 2, part: 'done', count: 0, problems: [] }, 1)).toBeNull();
    expect(readParseReply({ type: PARSE_REPLY, id: 1, part: 'events', json: '[{"id":"a"}]' }, 1)).toEqual({ part: 'events', events: [{ id: 'a' }] });
    expect(readParseReply({ type: PARSE_REPLY, id: 1, part: 'events', json: '[{"id":"a"}]', prints: [7] }, 1)).toEqual({ part: 'events', events: [{ id: 'a' }], prints: [7] });
    for (const prints of [[], [7, 8], ['7'], [1.5], [-1], [2 ** 53], {}]) {
      expect(readParseReply({ type: PARSE_REPLY, id: 1, part: 'events', json: '[{"id":"a"}]', prints }, 1)).toBe('malformed');
    }
  });

  it('reads whether the request asks for fingerprints', () => {
    const request = { type: PARSE_REQUEST, id: 3, text: '', format: 'json', geo: fixtureGeo };
    expect(readParseRequest(request)).not.toHaveProperty('fingerprints');
    expect(readParseRequest({ ...request, fingerprints: true })).toMatchObject({ fingerprints: true });
    expect(readParseRequest({ ...request, fingerprints: 'yes' })).toBeNull();
  });
});
