// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MAP_FONT_FAMILIES, undeclaredMapFonts } from './fonts';
import { fontCss } from '../../scripts/fonts/subsetFonts.mjs';

describe('undeclaredMapFonts', () => {
  it('names the map families the page has not declared, quoted or not', () => {
    expect(undeclaredMapFonts([{ family: '"Noto Sans Regular"' }, { family: 'Noto Sans Bold' }, { family: 'Noto Sans' }])).toEqual(['Noto Sans Italic']);
    expect(undeclaredMapFonts([])).toEqual([...MAP_FONT_FAMILIES]);
  });

  it('finds every map family declared by the generated fonts.css', () => {
    const families = [...fontCss().matchAll(/font-family:'([^']+)'/g)].map((m) => ({ family: m[1] ?? '' }));
    expect(undeclaredMapFonts(families)).toEqual([]);
  });
});
