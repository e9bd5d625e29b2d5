#!/usr/bin/env node
/**
 * Noto Sans, cut down to the glyphs this app can draw (issue 18): one woff2
 * file per face (regular, bold, italic), shared by the page's CSS and the
 * map's labels, plus the CSS that declares them.
 *
 *   node scripts/fonts/subsetFonts.mjs      # writes them and prints their sizes
 *
 * The Vite build runs it (scripts/viteFontPlugin.ts), so the files never go
 * stale: change a catalogue, a place name or an event and the next build
 * carries its letters. It takes about 3 s; the result is cached by the hash
 * of what went in (node_modules/.cache/noto-subset/).
 *
 * What is kept, for regular and bold: Basic Latin, the letters of French and
 * Vietnamese (every precomposed Vietnamese letter, so a place name typed
 * tomorrow still renders), French typography's spaces and quotes, and every
 * character of the three catalogues, the data files and index.html. Italic
 * is only the map's water and river names (src/map/layers.ts): the page sets
 * no italic text. A character outside the subset (another events file with
 * another script) falls back to the next font of the stack, glyph by glyph.
 *
 * Hinting is dropped (woff2 on screens that antialias) and only the layout
 * features text needs are kept (kerning, ligatures, mark placement): the
 * full feature closure doubles the files with small capitals and old-style
 * figures the app never asks for.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SOURCE_PACKAGE = '@expo-google-fonts/noto-sans';
const KEEP_FEATURES = ['kern', 'liga', 'ccmp', 'mark', 'mkmk', 'locl'];

/** The faces: file name, CSS descriptors, source TTF (full Google Fonts Noto Sans) and the text it must draw. */
export const FACES = [
  { file: 'noto-sans-400.woff2', weight: 400, style: 'normal', mapFamily: 'Noto Sans Regular', source: '400Regular/NotoSans_400Regular.ttf', text: 'page' },
  { file: 'noto-sans-700.woff2', weight: 700, style: 'normal', mapFamily: 'Noto Sans Bold', source: '700Bold/NotoSans_700Bold.ttf', text: 'page' },
  { file: 'noto-sans-400-italic.woff2', weight: 400, style: 'italic', mapFamily: 'Noto Sans Italic', source: '400Regular_Italic/NotoSans_400Regular_Italic.ttf', text: 'water' },
];

/**
 * TrueType copies of the page faces for the handout PDF (issue 15): a PDF
 * embeds TrueType (FontFile2), not woff2. Same glyphs as the page's woff2;
 * only the handout's lazy chunk fetches them.
 */
export const TTF_FACES = [
  { file: 'noto-sans-400.ttf', source: '400Regular/NotoSans_400Regular.ttf', text: 'page' },
  { file: 'noto-sans-700.ttf', source: '700Bold/NotoSans_700Bold.ttf', text: 'page' },
];

const range = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join('');
const ASCII = range(0x20, 0x7e);
const FRENCH = 'ÀÂÆÇÉÈÊËÎÏÔŒÙÛÜŸàâæçéèêëîïôœùûüÿ«»‹›–—‘’‚“”„…·•€°×÷±−';
// Every precomposed Vietnamese letter, the letters it adds to Latin, and the combining marks of decomposed text.
const VIETNAMESE = `ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư${range(0x1ea0, 0x1ef9)}\u0300\u0301\u0303\u0309\u0323₫`;
// No-break spaces: French puts a narrow one before « ; : ! ? » and in figures.
const SPACES = '\u00a0\u202f\u2009';

const textOfFiles = (files) => files.filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f, 'utf8')).join('');

/** Every file whose characters the page or the map can show. */
export function pageSources(repo = REPO) {
  const data = path.join(repo, 'data');
  const locales = path.join(repo, 'src/i18n/locales');
  return [
    ...fs.readdirSync(locales).filter((f) => /^[a-z]{2,3}\.ts$/.test(f)).map((f) => path.join(locales, f)),
    ...fs.readdirSync(data).filter((f) => /\.(geojson|json|csv)$/.test(f)).map((f) => path.join(data, f)),
    path.join(repo, 'index.html'),
  ].sort();
}

/** The files whose names are set in italic on the map (water and rivers, src/map/layers.ts). */
export const waterSources = (repo = REPO) => ['water.geojson', 'rivers.geojson'].map((f) => path.join(repo, 'data', f));

/** Unique characters of a text, control characters out, sorted by code point. */
export function uniqueChars(text) {
  return [...new Set([...text])].filter((c) => (c.codePointAt(0) ?? 0) >= 0x20 && c !== '\u007f').sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0)).join('');
}

/** The characters each kind of face must cover. */
export function faceText(kind, repo = REPO) {
  if (kind === 'water') return uniqueChars(ASCII + SPACES + textOfFiles(waterSources(repo)));
  return uniqueChars(ASCII + FRENCH + VIETNAMESE + SPACES + textOfFiles(pageSources(repo)));
}

/** The CSS declaring the faces: "Noto Sans" for the page, and the map's text-font names as families of their own (same files, so one download each). */
export function fontCss(prefix = './') {
  const rule = (family, f) => `@font-face{font-family:'${family}';font-style:${f.style};font-weight:${f.weight};font-display:swap;src:url(${prefix}${f.file}) format('woff2')}`;
  return [
    '/* Generated by scripts/fonts/subsetFonts.mjs (issue 18): Noto Sans, SIL Open Font License 1.1. */',
    ...FACES.map((f) => rule('Noto Sans', f)),
    '/* MapLibre draws labels with the CSS family named by text-font (no glyph server): the same files, fetched once. */',
    ...FACES.map((f) => rule(f.mapFamily, f)),
    '',
  ].join('\n');
}

/**
 * Writes the subset faces and fonts.css into `outDir`, unless the same inputs
 * were already subset there. Returns each face's file and size.
 */
export async function subsetFonts(outDir, repo = REPO) {
  const sourceDir = path.dirname(require.resolve(`${SOURCE_PACKAGE}/package.json`, { paths: [repo] }));
  const texts = { page: faceText('page', repo), water: faceText('water', repo) };
  const subsetVersion = JSON.parse(fs.readFileSync(require.resolve('subset-font/package.json', { paths: [repo] }), 'utf8')).version;
  const hash = crypto.createHash('sha256')
    .update(JSON.stringify({ texts, subsetVersion, KEEP_FEATURES, css: fontCss(), faces: FACES, ttf: TTF_FACES, sources: FACES.map((f) => fs.statSync(path.join(sourceDir, f.source)).size) }))
    .digest('hex');
  const stamp = path.join(outDir, 'inputs.sha256');
  const sizes = () => [...FACES, ...TTF_FACES].map((f) => ({ file: f.file, bytes: fs.statSync(path.join(outDir, f.file)).size, chars: [...texts[f.text]].length }));
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === hash && [...FACES, ...TTF_FACES].every((f) => fs.existsSync(path.join(outDir, f.file)))) {
    return { cached: true, faces: sizes() };
  }
  const { default: subsetFont } = await import('subset-font');
  fs.mkdirSync(outDir, { recursive: true });
  for (const f of FACES) {
    const ttf = fs.readFileSync(path.join(sourceDir, f.source));
    const woff2 = await subsetFont(ttf, texts[f.text], { targetFormat: 'woff2', noHinting: true, keepFeatures: KEEP_FEATURES });
    fs.writeFileSync(path.join(outDir, f.file), woff2);
  }
  for (const f of TTF_FACES) {
    const ttf = fs.readFileSync(path.join(sourceDir, f.source));
    // No layout tables: the PDF places glyphs by cmap and hmtx alone.
    const sfnt = await subsetFont(ttf, texts[f.text], { targetFormat: 'truetype', noHinting: true, keepFeatures: [] });
    fs.writeFileSync(path.join(outDir, f.file), sfnt);
  }
  fs.writeFileSync(path.join(outDir, 'fonts.css'), fontCss());
  fs.writeFileSync(stamp, hash);
  return { cached: false, faces: sizes() };
}

/** Where the build keeps them. */
export const CACHE_DIR = path.join(REPO, 'node_modules/.cache/noto-subset');

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const t0 = performance.now();
  const out = path.resolve(process.argv[2] ?? CACHE_DIR);
  const { cached, faces } = await subsetFonts(out);
  for (const f of faces) console.log(`${f.file}: ${(f.bytes / 1024).toFixed(1)} kB (${f.chars} characters asked for)`);
  console.log(`together ${(faces.reduce((s, f) => s + f.bytes, 0) / 1024).toFixed(1)} kB in ${out}${cached ? ' (cached)' : ''}, ${Math.round(performance.now() - t0)} ms`);
}
