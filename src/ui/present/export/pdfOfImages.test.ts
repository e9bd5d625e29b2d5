import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseToUnicode, pdfPageTexts } from '../../../../test/pdfText';
import { A4, pdfOfImages, toUnicodeCMap } from './pdfOfImages';
import { parseTrueType } from './ttf';

const jpeg = (n: number) => Uint8Array.from([0xff, 0xd8, ...Array.from({ length: n }, (_, i) => i % 251), 0xff, 0xd9]);
const latin1 = (b: Uint8Array) => Array.from(b, (c) => String.fromCharCode(c)).join('');

describe('pdfOfImages', () => {
  const pages = [{ jpeg: jpeg(10), width: 20, height: 30 }, { jpeg: jpeg(300), width: 1654, height: 2339 }, { jpeg: jpeg(0), width: 1, height: 1 }];
  const pdf = pdfOfImages(pages, { pageWidth: A4.width, pageHeight: A4.height, title: 'Hợp tác biên giới', lang: 'vi' });
  const text = latin1(pdf);

  it('has one page object per image, in a page tree that counts them', () => {
    expect(text.match(/\/Type \/Page(?![s\w])/g)).toHaveLength(3);
    expect(text).toContain('/Type /Pages /Count 3 /Kids [4 0 R 7 0 R 10 0 R]');
    expect(text).toContain('/MediaBox [0 0 595.28 841.89]');
  });

  it('has an xref table whose every offset points at its object, and a trailer that finds it', () => {
    const start = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
    expect(text.slice(start, start + 5)).toBe('xref\n');
    const rows = text.slice(start).split('\n');
    expect(rows[1]).toBe('0 13');
    for (let id = 1; id < 13; id++) {
      const row = rows[2 + id] ?? '';
      expect(row).toMatch(/^\d{10} 00000 n $/);
      expect(text.startsWith(`${id} 0 obj\n`, Number(row.slice(0, 10)))).toBe(true);
    }
    expect(text).toContain('trailer\n<< /Size 13 /Root 1 0 R /Info 3 0 R >>');
  });

  it('carries each JPEG byte for byte, with its length and size', () => {
    for (const [i, page] of pages.entries()) {
      const m = new RegExp(`${6 + i * 3} 0 obj\\n<< /Type /XObject /Subtype /Image /Width ${page.width} /Height ${page.height} [^>]*/Filter /DCTDecode /Length (\\d+) >>\\nstream\\n`).exec(text);
      expect(Number(m?.[1])).toBe(page.jpeg.length);
      const at = (m?.index ?? 0) + (m?.[0].length ?? 0);
      expect([...pdf.subarray(at, at + page.jpeg.length)]).toEqual([...page.jpeg]);
      expect(text.startsWith('\nendstream', at + page.jpeg.length)).toBe(true);
    }
  });

  it('writes the title and language as UTF-16 text strings, so diacritics survive', () => {
    const hex = /\/Title <FEFF([0-9A-F]+)>/.exec(text)?.[1] ?? '';
    expect(String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)))).toBe('Hợp tác biên giới');
    expect(text).toContain('/Lang <FEFF00760069>');
  });
});

describe('pdfOfImages with text (issue 15: the handout is searchable, its quotes can be copied)', () => {
  const dir = path.dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans/package.json'));
  const regular = parseTrueType(new Uint8Array(fs.readFileSync(path.join(dir, '400Regular/NotoSans_400Regular.ttf'))));
  const bold = parseTrueType(new Uint8Array(fs.readFileSync(path.join(dir, '700Bold/NotoSans_700Bold.ttf'))));
  const title = 'Kết nghĩa Hướng Hóa – Xépôn';
  const quote = 'Les deux provinces ont signé « un accord » à Đồng Hới…';
  const pdf = pdfOfImages([
    { jpeg: jpeg(5), width: 2, height: 2, text: [{ font: 1, size: 17, x: 42, y: 80, color: '#111418', text: title }] },
    { jpeg: jpeg(5), width: 2, height: 2, text: [{ font: 0, size: 10.5, x: 52, y: 400, color: '#22262c', oblique: true, lang: 'fr', text: quote }, { font: 0, size: 9, x: 42, y: 420, color: '#50575f', text: 'Nguồn: Le Monde' }, { font: 0, size: 9, x: 42, y: 440, color: '#50575f', lang: 'fr) >> BDC', text: 'x' }] },
  ], { pageWidth: A4.width, pageHeight: A4.height, title, lang: 'vi', fonts: [regular, bold] });
  const text = latin1(pdf);

  it('gives back every line, diacritics included, through the fonts\u2019 ToUnicode maps', () => {
    expect(pdfPageTexts(pdf)).toEqual([[title], [quote, 'Nguồn: Le Monde', 'x']]);
  });

  it('embeds each font as Type0 / CIDFontType2 / Identity-H with its TrueType program and the widths of the glyphs used', () => {
    expect(text.match(/\/Subtype \/Type0 [^>]*\/Encoding \/Identity-H/g)).toHaveLength(2);
    expect(text.match(/\/Subtype \/CIDFontType2 /g)).toHaveLength(2);
    expect(text.match(/\/CIDToGIDMap \/Identity/g)).toHaveLength(2);
    expect(text).toContain(`/Length ${regular.bytes.length} /Length1 ${regular.bytes.length}`);
    const m = /\/FontFile2 (\d+) 0 R/.exec(text);
    const at = text.indexOf(`${m?.[1]} 0 obj\n`);
    const start = text.indexOf('stream\n', at) + 7;
    expect(pdf.subarray(start, start + 4)).toEqual(regular.bytes.subarray(0, 4));
    // The bold font's W array: the glyph of "K" at its own advance.
    const k = bold.cmap.get('K'.codePointAt(0)!)!;
    expect(text).toContain(`${k} [${bold.advances[k]}]`);
    // Text is drawn over the image, at the baseline the page asked for (PDF y runs upwards).
    expect(text).toMatch(/BT \/F1 17 Tf [\d. ]+ rg 1 0 0 1 42 761\.89 Tm <[0-9A-F]+> Tj ET/);
    expect(text).toMatch(/BT \/F0 10\.5 Tf [\d. ]+ rg 1 0 0\.2 1 52 441\.89 Tm/);
  });

  it('marks a run in another language as a span with its /Lang, and only a plain language tag (issue 15 review)', () => {
    // "fr" in UTF-16BE: FEFF 0066 0072.
    expect(text).toMatch(/\/Span << \/Lang <FEFF00660072> >> BDC BT \/F0 10\.5 Tf [\d. ]+ rg 1 0 0\.2 1 52 441\.89 Tm <[0-9A-F]+> Tj ET EMC/);
    expect(text.match(/BDC/g)).toHaveLength(1);
    expect(text).toMatch(/\nBT \/F0 9 Tf [\d. ]+ rg 1 0 0 1 42 421\.89 Tm/);
  });

  it('writes a ToUnicode CMap in blocks of at most 100 entries', () => {
    const glyphs = new Map(Array.from({ length: 230 }, (_, i) => [i + 1, String.fromCharCode(0x1ea0 + (i % 90))] as const));
    const cmap = toUnicodeCMap(glyphs);
    expect(cmap.match(/(\d+) beginbfchar/g)).toEqual(['100 beginbfchar', '100 beginbfchar', '30 beginbfchar']);
    expect(cmap).toContain('<0001> <1EA0>');
    expect(parseToUnicode(cmap).get(230)).toBe(String.fromCharCode(0x1ea0 + (229 % 90)));
  });
});
