// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { nameIn } from './geography';

describe('nameIn', () => {
  const vientiane = { name: 'Viangchan', label_en: 'Vientiane', label_fr: 'Vientiane', label_vi: 'Viêng Chăn' };
  it('gives the name established in the reader\'s language', () => {
    expect(nameIn(vientiane, 'en')).toBe('Vientiane');
    expect(nameIn(vientiane, 'fr')).toBe('Vientiane');
    expect(nameIn(vientiane, 'vi')).toBe('Viêng Chăn');
  });
  it('falls back to the local form, diacritics kept', () => {
    expect(nameIn({ name: 'Đông Hà' }, 'en')).toBe('Đông Hà');
    expect(nameIn({ name: 'Phnom Penh', label_vi: 'Phnôm Pênh' }, 'fr')).toBe('Phnom Penh');
    expect(nameIn(vientiane, 'de')).toBe('Viangchan');
  });
});
