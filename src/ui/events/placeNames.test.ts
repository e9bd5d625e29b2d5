// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../../test/unit/makeEvent';
import { borderName, eventPlaceNames } from './placeNames';

// The geography names borders in Vietnamese ("Biên giới Việt Nam – Trung Quốc");
// the reader's language comes from the catalogue's country names (issue 13).
describe('border names in the reader’s language', () => {
  it.each([
    ['en', 'Vietnam–China border'],
    ['fr', 'frontière Vietnam–Chine'],
    ['vi', 'Biên giới Việt Nam – Trung Quốc'],
  ])('%s: %s', (lang, name) => {
    expect(borderName('border-vn-cn', lang)).toBe(name);
  });

  it('leaves other ids, and borders of countries the catalogue does not name, to the geography', () => {
    expect(borderName('place-ha-noi', 'en')).toBeNull();
    expect(borderName('border-la-mm', 'en')).toBeNull();
    const event = makeEvent({ id: 'e', date: '2026-01-15', links: { places: ['place-x'], provinces: [], districts: [], borders: ['border-vn-la', 'border-la-mm'] } });
    const geography = (id: string) => `geo:${id}`;
    expect(eventPlaceNames(event, geography, 'en')).toEqual(['geo:place-x', 'Vietnam–Laos border', 'geo:border-la-mm']);
  });
});
