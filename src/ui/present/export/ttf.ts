/**
 * What the handout's PDF writer needs from a TrueType font (issue 15): the
 * glyph of each character (cmap, formats 4 and 12), each glyph's advance
 * (hmtx), and the few metrics a PDF font descriptor asks for (head, hhea).
 * No shaping: the handout's text is NFC-normalised, and every Vietnamese
 * letter is precomposed in the subset (scripts/fonts/subsetFonts.mjs).
 */
export interface TrueTypeFont {
  bytes: Uint8Array;
  unitsPerEm: number;
  ascender: number;
  descender: number;
  /** xMin, yMin, xMax, yMax in font units. */
  bbox: [number, number, number, number];
  numGlyphs: number;
  /** Advance width of each glyph, in font units. */
  advances: Uint16Array;
  /** Code point to glyph id. */
  cmap: Map<number, number>;
}

/** Reads a TrueType (sfnt, glyf-outlines) file; throws on anything else. */
export function parseTrueType(bytes: Uint8Array): TrueTypeFont {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(0);
  if (version !== 0x00010000 && version !== 0x74727565) throw new Error('not a TrueType font');
  const numTables = view.getUint16(4);
  const tables = new Map<string, { offset: number; length: number }>();
  for (let i = 0; i < numTables; i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
    tables.set(tag, { offset: view.getUint32(at + 8), length: view.getUint32(at + 12) });
  }
  const table = (tag: string) => {
    const t = tables.get(tag);
    if (!t || t.offset + t.length > bytes.byteLength) throw new Error(`TrueType font without a ${tag} table`);
    return t.offset;
  };
  const head = table('head');
  const unitsPerEm = view.getUint16(head + 18);
  const bbox: [number, number, number, number] = [view.getInt16(head + 36), view.getInt16(head + 38), view.getInt16(head + 40), view.getInt16(head + 42)];
  const hhea = table('hhea');
  const ascender = view.getInt16(hhea + 4);
  const descender = view.getInt16(hhea + 6);
  const numberOfHMetrics = view.getUint16(hhea + 34);
  const numGlyphs = view.getUint16(table('maxp') + 4);
  const hmtx = table('hmtx');
  const advances = new Uint16Array(numGlyphs);
  let lastAdvance = 0;
  for (let g = 0; g < numGlyphs; g++) {
    // Glyphs past numberOfHMetrics repeat the last advance (monospaced tails).
    if (g < numberOfHMetrics) lastAdvance = view.getUint16(hmtx + g * 4);
    advances[g] = lastAdvance;
  }
  return { bytes, unitsPerEm, ascender, descender, bbox, numGlyphs, advances, cmap: readCmap(view, table('cmap')) };
}

function readCmap(view: DataView, cmap: number): Map<number, number> {
  const count = view.getUint16(cmap + 2);
  // Prefer a full-Unicode subtable (format 12), then a BMP one (format 4), from a Unicode or Windows record.
  let best: { offset: number; format: number } | null = null;
  for (let i = 0; i < count; i++) {
    const platform = view.getUint16(cmap + 4 + i * 8);
    const encoding = view.getUint16(cmap + 6 + i * 8);
    const offset = cmap + view.getUint32(cmap + 8 + i * 8);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const format = view.getUint16(offset);
    if ((format === 12 && best?.format !== 12) || (format === 4 && !best)) best = { offset, format };
  }
  if (!best) throw new Error('TrueType font without a Unicode cmap');
  const map = new Map<number, number>();
  const at = best.offset;
  if (best.format === 12) {
    const groups = view.getUint32(at + 12);
    for (let i = 0; i < groups; i++) {
      const g = at + 16 + i * 12;
      const start = view.getUint32(g);
      const end = view.getUint32(g + 4);
      const glyph = view.getUint32(g + 8);
      for (let c = start; c <= end; c++) map.set(c, glyph + (c - start));
    }
    return map;
  }
  const segCount = view.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segCount * 2 + 2;
  const deltas = starts + segCount * 2;
  const rangeOffsets = deltas + segCount * 2;
  for (let s = 0; s < segCount; s++) {
    const end = view.getUint16(ends + s * 2);
    const start = view.getUint16(starts + s * 2);
    const delta = view.getInt16(deltas + s * 2);
    const rangeOffset = view.getUint16(rangeOffsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const raw = view.getUint16(rangeOffsets + s * 2 + rangeOffset + (c - start) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) map.set(c, glyph);
    }
  }
  return map;
}

/** The glyphs of a text (NFC), glyph 0 (.notdef) for a character the font lacks. */
export function glyphsOf(font: TrueTypeFont, text: string): { glyph: number; char: string }[] {
  return [...text.normalize('NFC')].map((char) => ({ glyph: font.cmap.get(char.codePointAt(0) ?? 0) ?? 0, char }));
}

/** A text's width in points at `size`, from the glyphs' advances (no kerning). */
export function textWidth(font: TrueTypeFont, text: string, size: number): number {
  let units = 0;
  for (const { glyph } of glyphsOf(font, text)) units += font.advances[glyph] ?? 0;
  return (units * size) / font.unitsPerEm;
}
