import { describe, expect, it } from 'vitest';
import { uniqueLabels } from './downloadView';

describe('uniqueLabels (the image\'s source line)', () => {
  it('names each article label once, in order (two same-day articles read one date)', () => {
    expect(uniqueLabels(['VNA, juin 2022', '5 février 2026', '15 janvier 2026', '5 février 2026'])).toEqual(['VNA, juin 2022', '5 février 2026', '15 janvier 2026']);
  });
});
