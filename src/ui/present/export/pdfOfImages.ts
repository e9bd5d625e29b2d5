import type { TrueTypeFont } from './ttf';
import { glyphsOf } from './ttf';

/** One page of the handout: a JPEG that fills it, and text written over it. */
export interface PdfImagePage {
  jpeg: Uint8Array;
  /** The image's size in pixels. */
  width: number;
  height: number;
  text?: readonly PdfText[];
}

/** A line of real PDF text (selectable, searchable, read aloud), in one of the document's fonts. */
export interface PdfText {
  /** Index into PdfOptions.fonts. */
  font: number;
  /** Size in points. */
  size: number;
  /** Left end of the baseline, in points from the page's top left corner. */
  x: number;
  y: number;
  /** #rrggbb */
  color: string;
  /** Slanted by a text matrix (the fonts have no italic face). */
  oblique?: boolean;
  /** BCP 47 language of this run when it differs from the document's (a French quote in an English handout, issue 15 review). */
  lang?: string;
  text: string;
}

export interface PdfOptions {
  /** Page size in points (1/72 inch); A4 portrait is 595.28 × 841.89. */
  pageWidth: number;
  pageHeight: number;
  title: string;
  /** BCP 47 language of the document, for screen readers. */
  lang: string;
  /** TrueType fonts for the pages' text, embedded whole (they are subsets already). */
  fonts?: readonly TrueTypeFont[];
}

export const A4 = { width: 595.28, height: 841.89 } as const;

/**
 * A minimal PDF 1.4 of full-page JPEG images (the handout, issue 15).
 * Written by hand rather than with pdf-lib: pdf-lib alone is 179 kB gzip,
 * 548 kB with the fontkit it needs for Vietnamese (measured with esbuild),
 * and the app ships its fonts as woff2, which a PDF cannot embed without a
 * Brotli decoder. The pages are drawn with the browser's canvas, whose text
 * has the page's Noto Sans and every diacritic; JPEG goes into a PDF as is
 * (DCTDecode), so the writer is only bookkeeping: objects, offsets, xref.
 *
 * The words are real text over the image (issue 15: a handout must be
 * searchable and its quotes copied): each TrueType font goes in as a Type0
 * font (CIDFontType2, Identity-H, glyph ids as character codes, the glyphs'
 * widths), with a ToUnicode CMap so that copying gives back the characters,
 * Vietnamese diacritics included.
 */
export function pdfOfImages(pages: readonly PdfImagePage[], options: PdfOptions): Uint8Array {
  const parts: Uint8Array[] = [];
  const offsets: number[] = [];
  let length = 0;
  const encoder = new TextEncoder();
  const push = (chunk: Uint8Array | string) => {
    const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
    parts.push(bytes);
    length += bytes.length;
  };
  const object = (id: number, body: string, stream?: Uint8Array) => {
    offsets[id] = length;
    push(`${id} 0 obj\n${body}\n`);
    if (stream) {
      push('stream\n');
      push(stream);
      push('\nendstream\n');
    }
    push('endobj\n');
  };

  // 1 catalog, 2 page tree, 3 info; then three objects a page: page, contents, image; then five a font.
  const pageId = (i: number) => 4 + i * 3;
  const fonts = options.fonts ?? [];
  const fontId = (f: number) => pageId(pages.length) + f * 5;
  const used = fonts.map(() => new Map<number, string>());
  const fontResources = fonts.length ? ` /Font << ${fonts.map((_, f) => `/F${f} ${fontId(f)} 0 R`).join(' ')} >>` : '';
  const w = num(options.pageWidth);
  const h = num(options.pageHeight);
  // The comment of high bytes tells transfer tools the file is binary.
  push('%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n');
  object(1, `<< /Type /Catalog /Pages 2 0 R /Lang ${textString(options.lang)} >>`);
  object(2, `<< /Type /Pages /Count ${pages.length} /Kids [${pages.map((_, i) => `${pageId(i)} 0 R`).join(' ')}] >>`);
  object(3, `<< /Title ${textString(options.title)} /Producer (border-cooperation-map) >>`);
  pages.forEach((page, i) => {
    const id = pageId(i);
    const content = encoder.encode(`q ${w} 0 0 ${h} 0 0 cm /Im0 Do Q${textOps(page.text ?? [], fonts, used, options.pageHeight)}`);
    object(id, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /XObject << /Im0 ${id + 2} 0 R >>${fontResources} >> /Contents ${id + 1} 0 R >>`);
    object(id + 1, `<< /Length ${content.length} >>`, content);
    object(id + 2, `<< /Type /XObject /Subtype /Image /Width ${page.width} /Height ${page.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${page.jpeg.length} >>`, page.jpeg);
  });
  fonts.forEach((font, f) => {
    const id = fontId(f);
    const k = 1000 / font.unitsPerEm;
    const name = `/BCMAP${String.fromCharCode(65 + f)}+NotoSans`;
    const glyphs = [...used[f]!.keys()].sort((a, b) => a - b);
    const widths = glyphs.map((g) => `${g} [${Math.round((font.advances[g] ?? 0) * k)}]`).join(' ');
    const [x0, y0, x1, y1] = font.bbox.map((v) => Math.round(v * k));
    object(id, `<< /Type /Font /Subtype /Type0 /BaseFont ${name} /Encoding /Identity-H /DescendantFonts [${id + 1} 0 R] /ToUnicode ${id + 4} 0 R >>`);
    object(id + 1, `<< /Type /Font /Subtype /CIDFontType2 /BaseFont ${name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${id + 2} 0 R /CIDToGIDMap /Identity /DW 0 /W [${widths}] >>`);
    object(id + 2, `<< /Type /FontDescriptor /FontName ${name} /Flags 32 /FontBBox [${x0} ${y0} ${x1} ${y1}] /ItalicAngle 0 /Ascent ${Math.round(font.ascender * k)} /Descent ${Math.round(font.descender * k)} /CapHeight ${Math.round(font.ascender * k * 0.7)} /StemV 80 /FontFile2 ${id + 3} 0 R >>`);
    object(id + 3, `<< /Length ${font.bytes.length} /Length1 ${font.bytes.length} >>`, font.bytes);
    const cmap = encoder.encode(toUnicodeCMap(used[f]!));
    object(id + 4, `<< /Length ${cmap.length} >>`, cmap);
  });
  const size = fontId(fonts.length);
  const xref = length;
  let table = `xref\n0 ${size}\n0000000000 65535 f \n`;
  for (let id = 1; id < size; id++) table += `${String(offsets[id] ?? 0).padStart(10, '0')} 00000 n \n`;
  push(`${table}trailer\n<< /Size ${size} /Root 1 0 R /Info 3 0 R >>\nstartxref\n${xref}\n%%EOF\n`);

  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}

/** The content stream operators that write a page's text; records which glyphs stand for which characters. */
function textOps(runs: readonly PdfText[], fonts: readonly TrueTypeFont[], used: Map<number, string>[], pageHeight: number): string {
  let ops = '';
  for (const run of runs) {
    const font = fonts[run.font];
    if (!font || !run.text) continue;
    let hex = '';
    for (const { glyph, char } of glyphsOf(font, run.text)) {
      hex += glyph.toString(16).padStart(4, '0').toUpperCase();
      if (glyph !== 0 && !used[run.font]!.has(glyph)) used[run.font]!.set(glyph, char);
    }
    const [r, g, b] = [1, 3, 5].map((i) => num(parseInt(run.color.slice(i, i + 2), 16) / 255));
    const show = `BT /F${run.font} ${num(run.size)} Tf ${r} ${g} ${b} rg 1 0 ${run.oblique ? '0.2' : '0'} 1 ${num(run.x)} ${num(pageHeight - run.y)} Tm <${hex}> Tj ET`;
    // A run in another language is a marked-content span with its /Lang (PDF 1.4, 14.9.2), read out in that language.
    ops += run.lang && LANG_TAG.test(run.lang) ? `\n/Span << /Lang ${textString(run.lang)} >> BDC ${show} EMC` : `\n${show}`;
  }
  return ops;
}

/** A ToUnicode CMap: each glyph used, back to the character it was written for (UTF-16BE, surrogate pairs included). */
export function toUnicodeCMap(glyphs: ReadonlyMap<number, string>): string {
  const entries = [...glyphs].sort((a, b) => a[0] - b[0]).map(([g, c]) => {
    let hex = '';
    for (let i = 0; i < c.length; i++) hex += c.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
    return `<${g.toString(16).padStart(4, '0').toUpperCase()}> <${hex}>`;
  });
  const blocks: string[] = [];
  // At most 100 entries a block (the CMap format's limit).
  for (let i = 0; i < entries.length; i += 100) {
    const block = entries.slice(i, i + 100);
    blocks.push(`${block.length} beginbfchar\n${block.join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin', '12 dict begin', 'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def', '/CMapName /Adobe-Identity-UCS def', '/CMapType 2 def',
    '1 begincodespacerange', '<0000> <FFFF>', 'endcodespacerange',
    ...blocks,
    'endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end',
  ].join('\n');
}

/** A BCP 47 tag of the plain kind the record uses (fr, en, vi, zh-Hans): nothing else goes into a span. */
const LANG_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** A PDF text string in UTF-16BE (so a Vietnamese title survives), as hex: nothing in it needs escaping. */
function textString(s: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}
