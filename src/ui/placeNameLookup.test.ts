// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { placeNameLookup } from './placeNameLookup';

const names = new Map([
  ['place-vientiane', { name: 'Viangchan', label_en: 'Vientiane', label_fr: 'Vientiane', label_vi: 'Viêng Chăn' }],
  ['place-khe-sanh', { name: 'Khe Sanh' }],
]);

describe('placeNameLookup (issue 13)', () => {
  it.each([
    ['en', 'Vientiane'], ['fr', 'Vientiane'], ['vi', 'Viêng Chăn'],
  ])('gives the established name in %s', (lang, expected) => {
    expect(placeNameLookup(names)('place-vientiane', lang)).toBe(expected);
  });

  it('keeps the local form where no language has its own', () => {
    expect(placeNameLookup(names)('place-khe-sanh', 'en')).toBe('Khe Sanh');
  });

  it('spells a province as its capital is spelled in each language (Savannakhet, issue 13 review)', () => {
    const withProvince = new Map([
      ['place-savannakhet', { name: 'Savannakhét', label_en: 'Savannakhet', label_fr: 'Savannakhet', label_vi: 'Savannakhet' }],
      ['la-savannakhet', { name: 'Savannakhét' }],
    ]);
    expect(placeNameLookup(withProvince)('la-savannakhet', 'en')).toBe('Savannakhet');
    expect(placeNameLookup(withProvince)('la-savannakhet', 'fr')).toBe('Savannakhet');
  });

  it('shows the id until the geography has loaded, and for an unknown id', () => {
    expect(placeNameLookup(null)('place-vientiane', 'en')).toBe('place-vientiane');
    expect(placeNameLookup(names)('place-nowhere', 'vi')).toBe('place-nowhere');
  });
});
