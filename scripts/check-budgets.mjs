#!/usr/bin/env node
/**
 * Budgets of issue 8, checked against a build (`npm run build` first):
 *
 *   npm run check:budgets                      # dist/, plus the committed bench/results.json
 *   node scripts/check-budgets.mjs --dist DIR  # another build
 *   node scripts/check-budgets.mjs --results F # timing from another results file
 *   node scripts/check-budgets.mjs --no-timing # bundle budgets only (what `npm test` runs)
 *
 * The timing budgets are read from the results `npm run bench` wrote and
 * someone committed; CI does not run the bench (5 minutes, noisy on shared
 * machines). Results older than the code are accepted; a missing or
 * unreadable results file, or one without a figure a budget needs, is a
 * BROKEN line, never a silent skip.
 *
 * Exit 1 with one `BROKEN` line per broken budget (measured vs limit).
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

export const BUNDLE_BUDGETS = {
  /**
   * The app's own code (JS + CSS), without maplibre-gl and React, gzipped,
   * that a page load downloads. Checked here, from the build alone, for the
   * explorer: the first paint, the map's chunk, the explorer's panels, one
   * language (the largest), the events worker; not the chunks of features
   * fetched only when used (ON_DEMAND_CHUNKS) nor the other languages.
   * test/e2e/page-weight.spec.ts measures every way of opening the app
   * (explorer, phone, embed, mirrored embed, briefing, briefing with a
   * script) in Chromium against the same figure.
   */
  ownCodeKb: 60,
  /** All the app's own code: every chunk, every language, the events worker; catches growth of on-demand code. */
  allOwnCodeKb: 95,
  /** The embed loader, with whatever it imports statically, gzipped. */
  embedLoaderKb: 1,
};

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
];

/** Whether a chunk's module name is one of `names`, or `<name>.<anything>` of one (problemWords.fr). */
const namedIn = (names, name) => names.some((n) => name === n || name.startsWith(`${n}.`));

/** The app's languages: one chunk each (src/i18n/catalogues.ts); a reader downloads one. */
const LANGUAGE_CODES = fs.existsSync(path.join(REPO, 'src/i18n/locales'))
  ? fs.readdirSync(path.join(REPO, 'src/i18n/locales')).filter((f) => /^[a-z]{2,3}\.ts$/.test(f)).map((f) => f.slice(0, -3))
  : [];

/** The module name Vite gave a chunk: `assets/ShareDialog-BOp7uFO_.js` → `ShareDialog`. */
const chunkName = (file) => path.basename(file).replace(/-[A-Za-z0-9_-]{6,}\.(?:m?js|css)$/, '').replace(/\.(?:m?js|css)$/, '');

export const TIMING_BUDGETS = {
  /** Main-thread ms of one timeline step at 100k events (median). */
  stepMedianMs: 4,
  /**
   * Step to its result drawn (map idle, GPU finished) at 100k events, median,
   * in plain repaint frames of the same map measured in the same run. The
   * issue's 50 ms is three frames of a 60 Hz display on a real GPU; with
   * software WebGL a single plain frame of this map takes 150-700 ms here,
   * so 50 ms cannot be met and says nothing: three plain frames can, and
   * still catches a step that costs more than redrawing the map does.
   */
  onScreenFrames: 3,
  /** Mean frame while scrubbing / mean frame of a plain repaint of the same map, at 100k. */
  scrubRatio: 1.5,
  /**
   * "Clearly faster than the naive baseline" at 100k: the app's step-to-drawn
   * latency, and its catch-up once scrubbing stops (last step to idle), each
   * at most half the naive one's. Frame time is no fair comparison: the naive
   * map keeps drawing stale frames, cheaply, while its worker lags behind.
   */
  vsNaive: 2,
};

const FINGERPRINTS = {
  react: ['react.transitional.element', 'https://react.dev/errors/'],
  'maplibre-gl': ['maplibregl-canvas', 'maplibregl-boxzoom'],
};

const gzipSize = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
const kb = (bytes) => Math.round(bytes / 10.24) / 100;

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

/** Bundle budgets: one `{ name, ok, measured, limit, note }` per budget. */
export function checkBundle(a) {
  const out = [];
  const mixedNote = a.ownCode.mixed.length ? `; cannot separate vendor code: ${a.ownCode.mixed.join('; ')} mixes it with app code, counted whole (split it: bench/README.md)` : '';
  const r = a.reader;
  const readerNote = `${r.files.length} files: first paint, map, explorer panels, one language (the largest of ${r.languages.length}), events worker; on demand, not counted: ${[...new Set(r.onDemand.map((f) => chunkName(f)))].join(', ') || 'none'}; every way of opening the app is measured in Chromium by test/e2e/page-weight.spec.ts`;
  out.push({ name: 'app own code an explorer page load downloads (no maplibre-gl, no React), gzip', ok: kb(r.gz) < BUNDLE_BUDGETS.ownCodeKb, measured: `${kb(r.gz)} kB`, limit: `< ${BUNDLE_BUDGETS.ownCodeKb} kB`, note: `${readerNote}${mixedNote}` });
  out.push({ name: 'all app own code (every chunk and language, events worker), gzip', ok: kb(a.allOwn.gz) < BUNDLE_BUDGETS.allOwnCodeKb, measured: `${kb(a.allOwn.gz)} kB`, limit: `< ${BUNDLE_BUDGETS.allOwnCodeKb} kB`, note: `${a.allOwn.files.length} files` });
  out.push(a.embed
    ? { name: 'embed loader, gzip', ok: kb(a.embed.gz) < BUNDLE_BUDGETS.embedLoaderKb, measured: `${kb(a.embed.gz)} kB`, limit: `< ${BUNDLE_BUDGETS.embedLoaderKb} kB`, note: a.embed.files.join(', ') }
    : { name: 'embed loader, gzip', ok: true, skipped: true, measured: 'absent', limit: `< ${BUNDLE_BUDGETS.embedLoaderKb} kB`, note: 'no dist/embed.js yet: not checked' });
  const mapInFirstPaint = a.firstPaint.vendors.includes('maplibre-gl');
  out.push({ name: 'first paint without maplibre-gl', ok: !mapInFirstPaint, measured: mapInFirstPaint ? 'maplibre-gl in first-paint code' : `not in first paint (${kb(a.firstPaint.gz)} kB gz: ${a.firstPaint.files.join(', ')})`, limit: 'maplibre-gl only in lazy chunks', note: '' });
  return out;
}

/** The figures the timing budgets read, as paths into results.json. */
const TIMING_FIGURES = [
  'sizes.100k.app.stepMs.median',
  'sizes.100k.app.onScreenMs.drawn.median',
  'sizes.100k.app.scrub.repaintFrameMs.mean',
  'sizes.100k.app.scrub.ratio',
  'sizes.100k.app.scrub.catchUpMs.median',
  'sizes.100k.naive.onScreenMs.drawn.median',
  'sizes.100k.naive.scrub.catchUpMs.median',
];

const figure = (results, dotted) => dotted.split('.').reduce((v, key) => (v !== null && typeof v === 'object' ? v[key] : undefined), results);

/** Timing budgets from bench/results.json (written by `npm run bench`). */
export function checkTiming(results) {
  const missing = TIMING_FIGURES.filter((p) => { const v = figure(results, p); return typeof v !== 'number' || !Number.isFinite(v) || v < 0; });
  if (missing.length) {
    return [{ name: 'timing results', ok: false, measured: `no usable figure at ${missing.join(', ')}`, limit: 'every figure the budgets read', note: 'run npm run bench (with 100k) and commit bench/results.json' }];
  }
  const app = results.sizes['100k'].app, naive = results.sizes['100k'].naive;
  const r2 = (x) => (typeof x === 'number' ? Math.round(x * 100) / 100 : x);
  const frames = app.onScreenMs.drawn.median / app.scrub.repaintFrameMs.mean;
  return [
    { name: 'timeline step at 100k, main thread, median', ok: app.stepMs.median < TIMING_BUDGETS.stepMedianMs, measured: `${r2(app.stepMs.median)} ms`, limit: `< ${TIMING_BUDGETS.stepMedianMs} ms` },
    { name: 'step to drawn at 100k (idle + GPU finish), median, in plain repaint frames', ok: frames <= TIMING_BUDGETS.onScreenFrames, measured: `${r2(frames)} frames (${r2(app.onScreenMs.drawn.median)} ms; a plain repaint frame ${r2(app.scrub.repaintFrameMs.mean)} ms)`, limit: `<= ${TIMING_BUDGETS.onScreenFrames} frames (50 ms at 60 Hz on a GPU; software WebGL here)` },
    { name: 'scrub frame / plain repaint at 100k', ok: app.scrub.ratio <= TIMING_BUDGETS.scrubRatio, measured: `${r2(app.scrub.ratio)}x`, limit: `<= ${TIMING_BUDGETS.scrubRatio}x` },
    { name: 'step to drawn vs naive at 100k', ok: app.onScreenMs.drawn.median * TIMING_BUDGETS.vsNaive <= naive.onScreenMs.drawn.median, measured: `${r2(app.onScreenMs.drawn.median)} vs ${r2(naive.onScreenMs.drawn.median)} ms`, limit: `naive / app >= ${TIMING_BUDGETS.vsNaive}` },
    { name: 'scrub catch-up vs naive at 100k (last step to idle)', ok: app.scrub.catchUpMs.median * TIMING_BUDGETS.vsNaive <= naive.scrub.catchUpMs.median, measured: `${r2(app.scrub.catchUpMs.median)} vs ${r2(naive.scrub.catchUpMs.median)} ms`, limit: `naive / app >= ${TIMING_BUDGETS.vsNaive}` },
  ];
}

/** The results file as data, or why it cannot be read. */
export function readResults(file) {
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return { error: e.code === 'ENOENT' ? 'missing' : `unreadable (${e.message})` };
  }
  try {
    const value = JSON.parse(text);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return { error: 'not a JSON object' };
    return { value };
  } catch (e) {
    return { error: `not valid JSON (${e.message})` };
  }
}

function main(argv) {
  const arg = (name) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
  const dist = path.resolve(arg('--dist') ?? path.join(REPO, 'dist'));
  const resultsFile = path.resolve(arg('--results') ?? path.join(REPO, 'bench', 'results.json'));
  if (!fs.existsSync(path.join(dist, 'index.html'))) {
    console.error(`BROKEN no build: ${path.join(dist, 'index.html')} is missing (run npm run build)`);
    return 1;
  }
  const checks = checkBundle(analyseDist(dist));
  if (!argv.includes('--no-timing')) {
    const name = path.relative(REPO, resultsFile) || resultsFile;
    const results = readResults(resultsFile);
    if (results.error) {
      checks.push({ name: 'timing results', ok: false, measured: `${name}: ${results.error}`, limit: 'a readable results file', note: 'npm run bench writes it; commit it' });
    } else {
      checks.push(...checkTiming(results.value).map((c) => ({ ...c, note: [c.note, `${name} of ${results.value.machine?.date ?? 'an unknown date'}`].filter(Boolean).join('; ') })));
    }
  }
  let broken = 0;
  for (const c of checks) {
    const status = c.skipped ? 'skip' : c.ok ? 'ok' : 'BROKEN';
    if (!c.ok) broken++;
    console.log(`${status} ${c.name}: ${c.measured} (limit ${c.limit})${c.note ? ` [${c.note}]` : ''}`);
  }
  if (broken) console.error(`${broken} budget(s) broken`);
  else console.log('all budgets hold');
  return broken ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
