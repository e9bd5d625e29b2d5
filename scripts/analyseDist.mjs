/**
 * Reads a Vite build of the app: its files, import graph, vendor chunks,
 * the app's own workers and sizes (gzip -9). Used by check-budgets.mjs and
 * bench/run.mjs; test/e2e/page-weight.spec.ts tells vendor files apart with it.
 *
 * Chunks are identified by what they contain, not by their names: the entry
 * chunk and every chunk the app loads with `import()` hold app modules by
 * construction; a chunk with React's or maplibre-gl's fingerprints that is
 * neither is a vendor chunk. An app chunk that carries a vendor's
 * fingerprints mixes the two, so its app code cannot be measured apart: the
 * whole chunk counts as app code and the line says so (split the vendor into
 * its own chunk: bench/README.md, "Splitting React").
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Lazy chunks a reader gets only by using a feature, by the module that
 * names them (Vite names a chunk after its module). A lazy chunk not listed
 * here counts as code every reader downloads: a renamed module makes the
 * budget stricter, never looser.
 */
export const ON_DEMAND_CHUNKS = [
  'Presentation', 'presentation', // the briefing mode (issue 6)
  'exportSlide', // its slide export, on the Export button
  'loadScript', // briefing scripts, only with `script=`
  'ShareDialog', // opened by the Share button
  'mirrorState', // only in an embed whose host asked for `mirror`
  'problemWords', // the validator's problems in words (problemWords.<lang>), only when a notice lists problems
  'StoryCaptionCard', // the story caption's card (issue 13), on the first Play or Next/Previous
  'eventFiles', // "Get the data" (issue 14): the CSV/JSON writer, on the first click
  'slide', 'stepCamera', // the briefing's slide layout and step framing (issue 15), with Presentation or a PNG download
  'exportHandout', 'recordVideo', 'stepDriver', // present mode's handout and video (issue 15), on their buttons
  'EmbedChrome', 'EmbedContext', 'startEmbed', // only in an embed (issue 14): page-weight.spec.ts measures that load in Chromium
  'theme', // the dark theme's CSS, only in a frame drawn dark
];

/** Whether a chunk's module name is one of `names`, or `<name>.<anything>` of one (problemWords.fr). */
const namedIn = (names, name) => names.some((n) => name === n || name.startsWith(`${n}.`));

/** The app's languages: one chunk each (src/i18n/catalogues.ts); a reader downloads one. */
const LANGUAGE_CODES = fs.existsSync(path.join(REPO, 'src/i18n/locales'))
  ? fs.readdirSync(path.join(REPO, 'src/i18n/locales')).filter((f) => /^[a-z]{2,3}\.ts$/.test(f)).map((f) => f.slice(0, -3))
  : [];

/** The module name Vite gave a chunk: `assets/ShareDialog-BOp7uFO_.js` → `ShareDialog`. */
export const chunkName = (file) => path.basename(file).replace(/-[A-Za-z0-9_-]{6,}\.(?:m?js|css)$/, '').replace(/\.(?:m?js|css)$/, '');

const FINGERPRINTS = {
  react: ['react.transitional.element', 'https://react.dev/errors/'],
  'maplibre-gl': ['maplibregl-canvas', 'maplibregl-boxzoom'],
};

const gzipSize = (buf) => zlib.gzipSync(buf, { level: 9 }).length;

/** Static `import … from "x"`, `import "x"`, `export … from "x"` of a minified ES module. */
function staticImports(code) {
  const out = [];
  for (const m of code.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+\.m?js)["']/g)) out.push(m[1]);
  return out;
}
const dynamicImports = (code) => [...code.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);
/** Every string naming a built file (`import()` targets, Vite's preload lists, `?url` assets such as the worker). */
const fileMentions = (code) => [...code.matchAll(/["'`]([^"'`\s]*?[\w.-]+\.(?:m?js|css))["'`]/g)].map((m) => m[1]);

function vendorOf(code) {
  const found = Object.entries(FINGERPRINTS).filter(([, marks]) => marks.some((m) => code.includes(m))).map(([name]) => name);
  return found;
}

/**
 * Reads a build: its files, import graph, vendor chunks and sizes (bytes, gzip -9).
 * Used by this script and by bench/run.mjs.
 */
export function analyseDist(dist) {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const attr = (tag, name) => new RegExp(`${name}="([^"]+)"`).exec(tag)?.[1];
  const tags = html.match(/<(?:script|link)\b[^>]*>/g) ?? [];
  const toFile = (ref, from = dist) => path.relative(dist, path.resolve(from, ref.replace(/^\//, './').split(/[?#]/)[0]));
  const entry = tags.filter((t) => t.startsWith('<script') && /type="module"/.test(t)).map((t) => attr(t, 'src')).filter(Boolean).map((s) => toFile(s));
  const htmlCss = tags.filter((t) => /rel="stylesheet"/.test(t)).map((t) => attr(t, 'href')).filter(Boolean).map((s) => toFile(s));
  if (entry.length === 0) throw new Error(`${path.join(dist, 'index.html')}: no <script type="module" src>`);

  const all = new Map();
  const read = (file) => {
    if (!all.has(file)) {
      const buf = fs.readFileSync(path.join(dist, file));
      all.set(file, { file, bytes: buf.length, gz: gzipSize(buf), code: buf.toString('utf8') });
    }
    return all.get(file);
  };
  const byBase = new Map();
  const walkDir = (dir) => {
    for (const e of fs.readdirSync(path.join(dist, dir), { withFileTypes: true })) {
      const rel = path.join(dir, e.name);
      if (e.isDirectory()) walkDir(rel);
      else if (/\.(m?js|css)$/.test(e.name)) byBase.set(e.name, rel);
    }
  };
  walkDir('.');
  const resolveRef = (ref, fromFile) => {
    const direct = toFile(ref, path.dirname(path.join(dist, fromFile)));
    if (fs.existsSync(path.join(dist, direct))) return direct;
    return byBase.get(path.basename(ref.split(/[?#]/)[0])) ?? null;
  };

  // Static closure from the entry: what the first paint needs.
  const staticClosure = (roots) => {
    const seen = new Set();
    const visit = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      const f = read(file);
      if (!file.endsWith('.css')) for (const ref of staticImports(f.code)) { const r = resolveRef(ref, file); if (r) visit(r); }
    };
    roots.forEach(visit);
    return seen;
  };
  const firstPaint = staticClosure([...entry, ...htmlCss]);

  // Everything reachable through imports (static or `import()`) and the CSS
  // Vite preloads with lazy chunks; scripts only named by URL (`?url`, the
  // map worker) are noted apart.
  const reachable = new Set();
  const lazyRoots = new Set();
  const walk = (file) => {
    if (reachable.has(file)) return;
    reachable.add(file);
    const f = read(file);
    if (file.endsWith('.css')) return;
    const dynamics = dynamicImports(f.code).map((r) => resolveRef(r, file)).filter(Boolean);
    dynamics.forEach((d) => lazyRoots.add(d));
    const css = fileMentions(f.code).filter((r) => r.endsWith('.css')).map((r) => resolveRef(r, file)).filter(Boolean);
    [...staticImports(f.code).map((r) => resolveRef(r, file)).filter(Boolean), ...dynamics, ...css].forEach(walk);
  };
  [...entry, ...htmlCss].forEach(walk);
  const urlAssets = new Set();
  for (const file of reachable) {
    if (file.endsWith('.css')) continue;
    for (const ref of fileMentions(read(file).code)) {
      const r = resolveRef(ref, file);
      if (r && /\.m?js$/.test(r) && !reachable.has(r)) urlAssets.add(r);
    }
  }

  const appRoots = new Set([...entry, ...lazyRoots]);
  const chunks = [...reachable].map((file) => {
    const f = read(file);
    const vendors = vendorOf(f.code);
    const kind = appRoots.has(file) ? (vendors.length ? 'mixed' : 'app') : vendors.length === 1 ? vendors[0] : vendors.length ? 'mixed' : 'app';
    return { file, bytes: f.bytes, gz: f.gz, kind, vendors, firstPaint: firstPaint.has(file), lazy: !firstPaint.has(file) };
  });
  const sum = (list) => ({ files: list.map((c) => c.file), bytes: list.reduce((s, c) => s + c.bytes, 0), gz: list.reduce((s, c) => s + c.gz, 0) });
  // Of the scripts only named by URL, the workers (the embed loader, also named by the app, is not one).
  const worker = [...urlAssets].filter((file) => read(file).code.includes('WorkerGlobalScope')).map((file) => read(file));
  // The app's own workers, started with `new Worker(new URL('…', import.meta.url))`, or with a variable
  // holding that URL (`u = new URL('…', import.meta.url).href … new Worker(u`, the events parser's `?worker&url`).
  const appWorkers = new Set();
  for (const file of reachable) {
    if (file.endsWith('.css')) continue;
    for (const m of read(file).code.matchAll(/new Worker\(\s*new URL\(\s*(?:new URL\(\s*)?["'`]([^"'`]+)["'`]|([\w$]+)\s*=\s*new URL\(\s*["'`]([^"'`]+)["'`]\s*,\s*import\.meta\.url\s*\)(?:\.href)?(?=[\s\S]*?new Worker\(\s*\2(?![\w$]))/g)) {
      const r = resolveRef(m[1] ?? m[3], file);
      if (r) appWorkers.add(r);
    }
  }

  let embed = null;
  for (const name of ['embed.js', 'embed.mjs']) {
    if (!fs.existsSync(path.join(dist, name))) continue;
    const closure = staticClosure([name]);
    embed = { ...sum([...closure].map((file) => read(file))), entry: name };
  }

  return {
    dist,
    entry,
    chunks,
    firstPaint: { ...sum(chunks.filter((c) => c.firstPaint)), vendors: [...new Set(chunks.filter((c) => c.firstPaint).flatMap((c) => c.vendors))] },
    wholeApp: sum(chunks),
    ownCode: { ...sum(chunks.filter((c) => c.kind === 'app' || c.kind === 'mixed')), mixed: chunks.filter((c) => c.kind === 'mixed').map((c) => `${c.file} (${c.vendors.join(', ')})`) },
    ...readerPath(chunks, [...appWorkers].map((file) => ({ file, ...read(file) })), sum),
    react: sum(chunks.filter((c) => c.kind === 'react')),
    maplibre: sum(chunks.filter((c) => c.vendors.includes('maplibre-gl'))),
    mapChunks: sum(chunks.filter((c) => c.lazy)),
    worker: sum(worker),
    appWorkers: sum([...appWorkers].map((file) => read(file))),
    embed,
  };
}

/**
 * What a reader downloads of the app's own code (see BUNDLE_BUDGETS): own
 * chunks that are not on-demand nor a language, the largest language, and
 * the events worker (a reader runs it; where a worker cannot run, the same file is imported on the page).
 */
function readerPath(chunks, workers, sum) {
  const own = chunks.filter((c) => c.kind === 'app' || c.kind === 'mixed');
  const lazyNamed = (names) => (c) => c.lazy && namedIn(names, chunkName(c.file));
  const onDemand = own.filter(lazyNamed(ON_DEMAND_CHUNKS));
  const languages = own.filter(lazyNamed(LANGUAGE_CODES));
  const largest = languages.reduce((a, c) => (a && a.gz >= c.gz ? a : c), null);
  const rest = own.filter((c) => !onDemand.includes(c) && !languages.includes(c));
  return {
    reader: { ...sum([...rest, ...(largest ? [largest] : []), ...workers]), onDemand: onDemand.map((c) => c.file), languages: languages.map((c) => c.file) },
    allOwn: sum([...own, ...workers]),
  };
}
