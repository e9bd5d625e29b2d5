import { describe, expect, it } from 'vitest';
import { A4, pdfOfImages } from './pdfOfImages';

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
