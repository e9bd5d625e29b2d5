// @vitest-environment node
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { glyphsOf, parseTrueType, textWidth } from './ttf';

// The full Noto Sans the build subsets (scripts/fonts/subsetFonts.mjs): its cmap is format 4 and 12, its hmtx complete.
const require = createRequire(import.meta.url);
const dir = path.dirname(require.resolve('@expo-google-fonts/noto-sans/package.json'));
const bytes = new Uint8Array(fs.readFileSync(path.join(dir, '400Regular/NotoSans_400Regular.ttf')));
const font = parseTrueType(bytes);

describe('parseTrueType', () => {
  it('reads the metrics a PDF font descriptor needs', () => {
    expect(font.unitsPerEm).toBe(1000);
    expect(font.ascender).toBeGreaterThan(700);
    expect(font.descender).toBeLessThan(-200);
    expect(font.numGlyphs).toBeGreaterThan(1000);
    expect(font.bbox[2]).toBeGreaterThan(font.bbox[0]);
  });

  it('maps ASCII, precomposed Vietnamese and astral-free BMP letters to distinct real glyphs', () => {
    const chars = 'AaĐđơưạệỹ«»…';
    const glyphs = [...chars].map((c) => font.cmap.get(c.codePointAt(0)!));
    for (const g of glyphs) expect(g).toBeGreaterThan(0);
    expect(new Set(glyphs).size).toBe(chars.length);
  });

  it('gives advances in font units: a space narrower than an M, an i narrower than a w, equal digits', () => {
    const adv = (c: string) => font.advances[font.cmap.get(c.codePointAt(0)!)!]!;
    expect(adv(' ')).toBeLessThan(adv('M'));
    expect(adv('i')).toBeLessThan(adv('w'));
    expect(adv('0')).toBe(adv('8'));
    // Noto Sans's space is 260 units wide (1000 to the em).
    expect(adv(' ')).toBe(260);
  });

  it('measures text in points and normalises decomposed Vietnamese to its precomposed glyphs', () => {
    expect(textWidth(font, 'MM', 10)).toBeCloseTo(2 * textWidth(font, 'M', 10));
    expect(textWidth(font, 'M', 20)).toBeCloseTo(2 * textWidth(font, 'M', 10));
    const decomposed = 'Ha\u0300 No\u0323\u0302i';
    expect(glyphsOf(font, decomposed).map((g) => g.char).join('')).toBe('Hà Nội');
    expect(glyphsOf(font, 'Hà Nội').every((g) => g.glyph > 0)).toBe(true);
  });

  it('refuses what is not a TrueType font', () => {
    expect(() => parseTrueType(new Uint8Array(64))).toThrow(/TrueType/);
  });
});
