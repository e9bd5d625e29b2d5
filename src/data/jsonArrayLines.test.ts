import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonArrayLines } from './jsonArrayLines.ts';

describe('jsonArrayLines', () => {
  it.each([
    ['{"events": [\n  {"a": 1},\n  {"b": "x\\"]"}\n]}', [2, 3]],
    ['{\n"version": 1,\n"events": [{"a": [1,\n2]},\n\n3, "s",\nnull]}', [3, 6, 6, 7]],
    ['{"x": {"events": [1]}, "events": [\n\n2]}', [3]],
    ['{"events": [1], "events": [\n2]}', [2]],
    ['{"\\u0065vents": [\n1]}', [2]],
    ['{"events": []}', []],
    ['{"events": "no"}', []],
    ['[{"events": [1]}]', []],
    ['{"events": [\n{"a": 1},\n{"b"', [2, 3]],
    ['', []],
  ])('%j → %j', (text, lines) => expect(jsonArrayLines(text, 'events')).toEqual(lines));

  it('agrees with JSON.parse on the number of elements of any JSON document', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 6 }), fc.boolean(), (events, pretty) => {
        const text = JSON.stringify({ version: 1, events }, null, pretty ? 2 : undefined);
        expect(jsonArrayLines(text, 'events')).toHaveLength(events.length);
      }),
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), (text) => void jsonArrayLines(text, 'events')));
  });
});
