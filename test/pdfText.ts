import zlib from 'node:zlib';

/**
 * The text a PDF viewer would copy from each page, read from the bytes
 * alone (issue 15: the handout's words must be real text): follows the
 * page tree to each page's content stream, takes every string shown with
 * Tj / TJ in a font, and maps its 2-byte codes to characters through that
 * font's ToUnicode CMap (bfchar and bfrange). Enough for Type0 Identity-H
 * fonts as our writer and most others write them; no PDF library involved.
 */
export function pdfPageTexts(bytes: Uint8Array): string[][] {
  const text = Buffer.from(bytes).toString('latin1');
  const objects = new Map<number, { dict: string; stream?: Buffer }>();
  for (const m of text.matchAll(/(?:^|\n)(\d+) 0 obj\n/g)) {
    const id = Number(m[1]);
    const start = (m.index ?? 0) + m[0].length;
    const end = text.indexOf('endobj', start);
    const body = text.slice(start, end);
    const s = body.indexOf('stream\n');
    if (s < 0) { objects.set(id, { dict: body }); continue; }
    const dict = body.slice(0, s);
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
    let stream = Buffer.from(bytes.subarray(start + s + 7, start + s + 7 + length));
    if (/\/Filter \/FlateDecode/.test(dict)) stream = zlib.inflateSync(stream);
    objects.set(id, { dict, stream });
  }
  const ref = (dict: string, key: string) => Number(new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1]);
  const root = objects.get(ref(text.slice(text.lastIndexOf('trailer')), 'Root'));
  const tree = objects.get(ref(root?.dict ?? '', 'Pages'));
  const kids = [...(/\/Kids \[([^\]]*)\]/.exec(tree?.dict ?? '')?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((k) => Number(k[1]));
  const cmaps = new Map<number, Map<number, string>>();
  const cmapOf = (fontId: number) => {
    if (!cmaps.has(fontId)) cmaps.set(fontId, parseToUnicode(objects.get(ref(objects.get(fontId)?.dict ?? '', 'ToUnicode'))?.stream?.toString('latin1') ?? ''));
    return cmaps.get(fontId)!;
  };
  return kids.map((pageId) => {
    const page = objects.get(pageId)?.dict ?? '';
    const fonts = new Map([...(/\/Font << ([^>]*) >>/.exec(page)?.[1] ?? '').matchAll(/\/(\w+) (\d+) 0 R/g)].map((f) => [f[1]!, Number(f[2])]));
    const content = objects.get(ref(page, 'Contents'))?.stream?.toString('latin1') ?? '';
    const lines: string[] = [];
    let font = '';
    for (const op of content.matchAll(/\/(\w+) [\d.]+ Tf|<([0-9A-Fa-f]*)> Tj|\[((?:<[0-9A-Fa-f]*>|\s|-?[\d.]+)*)\] TJ/g)) {
      if (op[1]) { font = op[1]; continue; }
      const hex = op[2] ?? [...(op[3] ?? '').matchAll(/<([0-9A-Fa-f]*)>/g)].map((h) => h[1]).join('');
      const cmap = cmapOf(fonts.get(font) ?? -1);
      lines.push((hex.match(/.{4}/g) ?? []).map((code) => cmap.get(parseInt(code, 16)) ?? '\ufffd').join(''));
    }
    return lines;
  });
}

/** A ToUnicode CMap's bfchar and bfrange entries: code to text. */
export function parseToUnicode(cmap: string): Map<number, string> {
  const out = new Map<number, string>();
  const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) out.set(parseInt(m[1]!, 16), utf16(m[2]!));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const [lo, hi] = [parseInt(m[1]!, 16), parseInt(m[2]!, 16)];
      const base = m[3]!;
      for (let c = lo; c <= hi; c++) {
        const last = parseInt(base.slice(-4), 16) + (c - lo);
        out.set(c, utf16(base.slice(0, -4) + last.toString(16).padStart(4, '0')));
      }
    }
  }
  return out;
}
