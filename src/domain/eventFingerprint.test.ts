// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../test/unit/makeEvent.ts';
import type { BorderEvent } from './event.ts';
import { eventFingerprint } from './eventFingerprint.ts';

describe('eventFingerprint', () => {
  const base = makeEvent({ id: 'a', actors: [{ name: 'A', country: 'VN' }], inForce: { from: '2024', until: '2026' } });
  const deepReverse = (value: unknown): unknown => (Array.isArray(value) ? value.map(deepReverse)
    : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, deepReverse(v)])) : value);

  it('is a safe integer that does not depend on the order of keys, at any depth, nor on a JSON round trip', () => {
    const print = eventFingerprint(base);
    expect(Number.isSafeInteger(print) && print >= 0).toBe(true);
    expect(eventFingerprint(deepReverse(base) as BorderEvent)).toBe(print);
    expect(eventFingerprint(JSON.parse(JSON.stringify(base)) as BorderEvent)).toBe(print);
    expect(eventFingerprint({ ...base, dateNote: undefined })).toBe(print);
  });

  it.each<[string, Partial<BorderEvent>]>([
    ['a top-level value', { date: '2024-01-02' }],
    ['a nested value', { title: { ...base.title, vi: 'Tiêu đề khác' } }],
    ['a value in an array of objects', { actors: [{ name: 'A', country: 'LA' }] }],
    ['the order of an array', { countries: ['LA', 'VN'] }],
    ['an added optional field', { dateNote: { fr: 'vers', en: 'about', vi: 'khoảng' } }],
    ['a removed optional field', { inForce: undefined }],
  ])('changes with %s', (_name, change) => {
    expect(eventFingerprint({ ...base, ...change })).not.toBe(eventFingerprint(base));
  });

  it('tells apart many similar events (no collision among 5,000)', () => {
    const prints = new Set(Array.from({ length: 5_000 }, (_, i) => eventFingerprint({ ...base, id: `e-${i}` })));
    expect(prints.size).toBe(5_000);
  });
});
