/** One page of the handout: a JPEG that fills it. */
export interface PdfImagePage {
  jpeg: Uint8Array;
  /** The image's size in pixels. */
  width: number;
  height: number;
}

export interface PdfOptions {
  /** Page size in points (1/72 inch); A4 portrait is 595.28 × 841.89. */
  pageWidth: number;
  pageHeight: number;
  title: string;
  /** BCP 47 language of the document, for screen readers. */
  lang: string;
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

  // 1 catalog, 2 page tree, 3 info; then three objects a page: page, contents, image.
  const pageId = (i: number) => 4 + i * 3;
  const w = num(options.pageWidth);
  const h = num(options.pageHeight);
  // The comment of high bytes tells transfer tools the file is binary.
  push('%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n');
  object(1, `<< /Type /Catalog /Pages 2 0 R /Lang ${textString(options.lang)} >>`);
  object(2, `<< /Type /Pages /Count ${pages.length} /Kids [${pages.map((_, i) => `${pageId(i)} 0 R`).join(' ')}] >>`);
  object(3, `<< /Title ${textString(options.title)} /Producer (border-cooperation-map) >>`);
  pages.forEach((page, i) => {
    const id = pageId(i);
    const content = encoder.encode(`q ${w} 0 0 ${h} 0 0 cm /Im0 Do Q`);
    object(id, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /XObject << /Im0 ${id + 2} 0 R >> >> /Contents ${id + 1} 0 R >>`);
    object(id + 1, `<< /Length ${content.length} >>`, content);
    object(id + 2, `<< /Type /XObject /Subtype /Image /Width ${page.width} /Height ${page.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${page.jpeg.length} >>`, page.jpeg);
  });
  const size = pageId(pages.length);
  const xref = length;
  let table = `xref\n0 ${size}\n0000000000 65535 f \n`;
  for (let id = 1; id < size; id++) table += `${String(offsets[id] ?? 0).padStart(10, '0')} 00000 n \n`;
  push(`${table}trailer\n<< /Size ${size} /Root 1 0 R /Info 3 0 R >>\nstartxref\n${xref}\n%%EOF\n`);

  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}

function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** A PDF text string in UTF-16BE (so a Vietnamese title survives), as hex: nothing in it needs escaping. */
function textString(s: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}
