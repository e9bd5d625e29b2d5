#!/usr/bin/env node
/**
 * Budgets of issue 8, checked against a build (`npm run build` first):
 *
 *   npm run check:budgets                      # dist/, plus the committed bench/results.json
 *   node scripts/check-budgets.mjs --dist DIR  # another build
 *   node scripts/check-budgets.mjs --results F # timing from another results file
 *   node scripts/check-budgets.mjs --lighthouse F # Lighthouse figures from another bench:load results file
 *   node scripts/check-budgets.mjs --no-timing # bundle budgets only (what `npm test` runs)
 *
 * The timing budgets are read from the results `npm run bench` wrote and
 * someone committed; CI does not run the bench (5 minutes, noisy on shared
 * machines). Results older than the code are accepted; a missing or
 * unreadable results file, or one without a figure a budget needs, is a
 * BROKEN line, never a silent skip.
 *
 * Exit 1 with one `BROKEN` line per broken budget (measured vs limit).
 * How a build is read (which chunk is whose): analyseDist.mjs.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { analyseDist, chunkName } from './analyseDist.mjs';
import { checkLoadCurve } from '../bench/loadBudgets.mjs';

export { analyseDist, ON_DEMAND_MODULES } from './analyseDist.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const BUNDLE_BUDGETS = {
  /**
   * The app's own code (JS + CSS), without maplibre-gl and React, gzipped,
   * that a page load downloads. Checked here, from the build alone, for the
   * explorer: the first paint, the map's chunk, the explorer's panels, one
   * language (the largest), the events worker; not the chunks of features
   * fetched only when used (ON_DEMAND_MODULES, read from the build's manifest) nor the other languages.
   * test/e2e/page-weight.spec.ts measures every way of opening the app
   * (explorer, phone, embed, mirrored embed, briefing, briefing with a
   * script) in Chromium against the same figure. Issue 18 asks for 60: every
   * raise above it is named debt, with its measurement, in bench/BUDGETS.md.
   */
  ownCodeKb: 95, // 94.45 kB measured in Chromium (mirrored embed, vi) in session 22, the catalogues split; debt: bench/BUDGETS.md
  /** All the app's own code: every chunk, every language, the events worker; catches growth of on-demand code. */
  allOwnCodeKb: 167, // 166.43 kB measured in session 22 (the catalogues in parts: six more chunks, each compressed alone) (packages such as the MP4 muxer are not counted); history and debts: bench/BUDGETS.md
  /** The embed loader, with whatever it imports statically, gzipped. */
  embedLoaderKb: 1,
};


/**
 * The geography (issues 13 and 18): every data file the map fetches, by its
 * name in dist/data/, in kB gzipped as a static host serves it. The first
 * view (`geography.topo.json`: countries, borders, places, the focus
 * provinces, every other province's properties) loads with the map: issue
 * 18 allows it 100 kB. The rest loads once the map is drawn: the other
 * provinces' outlines, the context files (rivers, relief, roads, water
 * names), the inset's outlines. `npm run data:geo` prints the sizes.
 * (The data/*.geojson files also ship, for readers who want the data; the
 * app does not fetch the four the TopoJSON files are packed from.)
 */
export const GEO_BUDGETS_KB = {
  /** The first view (measured 58 kB, from 231 kB of GeoJSON for the same features). */
  'geography.topo.json': 100,
  /** The provinces beyond the first view, Vietnam's before and after the 2025 reform (measured 34 kB). */
  'provinces.topo.json': 40,
  'rivers.geojson': 3,
  'relief.geojson': 12,
  /** The coarse land beyond the detailed countries (Natural Earth 1:110m, whole world; measured 45.3 kB); fetched only once the view leaves the detailed box (issue 18). */
  'land.geojson': 48,
  'roads.geojson': 1,
  'water.geojson': 1,
  /** The locator inset's outlines, fetched once the map is up. */
  'inset.json': 4,
};
/** All of them together, gzipped. */
export const GEO_TOTAL_KB = 175; // 130 before the coarse land (+45 kB, fetched after the map draws)
/** The first-view file: what the map needs before it can draw (issue 18). */
export const FIRST_VIEW_GEO_FILE = 'geography.topo.json';

/** One budget line per geography file of a build, and one for their sum. */
export function checkGeography(dist) {
  const out = [];
  let total = 0;
  for (const [fileName, limit] of Object.entries(GEO_BUDGETS_KB)) {
    const file = path.join(dist, 'data', fileName);
    const what = fileName === FIRST_VIEW_GEO_FILE ? 'first view, gzip' : 'gzip';
    if (!fs.existsSync(file)) {
      out.push({ name: `data/${fileName}, ${what}`, ok: false, measured: 'missing', limit: `< ${limit} kB`, note: 'not in the build' });
      continue;
    }
    const raw = fs.readFileSync(file);
    const gz = zlib.gzipSync(raw, { level: 9 }).length;
    total += gz;
    out.push({ name: `data/${fileName}, ${what}`, ok: kb(gz) < limit, measured: `${kb(gz)} kB`, limit: `< ${limit} kB`, note: `${kb(raw.length)} kB raw` });
  }
  out.push({ name: 'all geography the app fetches, gzip', ok: kb(total) < GEO_TOTAL_KB, measured: `${kb(total)} kB`, limit: `< ${GEO_TOTAL_KB} kB`, note: 'all but the first view load after the map is drawn' });
  return out;
}

/**
 * Issue 18: everything a reader's browser downloads to open the explorer,
 * brotli-compressed as a static host serves it (the `.br` siblings of
 * scripts/precompress.mjs; compressed here when a build has none), fonts
 * as they are (woff2). Read from the build: the page, the code a page load
 * runs (own code as above, React, maplibre-gl, its CSS and worker), the
 * fonts its CSS declares and every data file but those in LATER_DATA.
 * test/e2e/page-weight.spec.ts measures the same in Chromium.
 *
 * The issue asks for 520 kB (FIRST_LOAD_TARGET_KB); the budget holds the
 * measured value plus a little, so growth still fails. History: bench/BUDGETS.md.
 */
export const FIRST_LOAD_BROTLI_KB = 573;
/** The issue's target for FIRST_LOAD_BROTLI_KB, printed beside the figure. */
export const FIRST_LOAD_TARGET_KB = 520;
/**
 * Data files a first load does not fetch: briefings and schemas (only with
 * `script=`, or never by the app). A file the geography fetches only when
 * zoomed in belongs here too; one not listed counts as fetched, so a new
 * file makes the budget stricter, never looser.
 */
export const LATER_DATA = [
  /^briefing\./, /\.schema\.json$/,
  // The GeoJSON the packed TopoJSON is made from (scripts/geo/packGeography.mjs): published
  // for reuse, never fetched by the app (test/e2e/geography-layers.spec.ts checks that).
  /^(?:countries|provinces|borders|places)\.geojson$/,
  // The coarse land beyond the detailed countries' box: fetched only once the view reaches past
  // it (src/map/createMap.ts, DETAIL_BOX in src/map/layers.ts), never by a first view of the border.
  /^land\.geojson$/,
];

const brotliSize = (dist, file) => {
  const full = path.join(dist, file);
  if (/\.(?:woff2?|png|jpe?g|webp|avif)$/.test(file)) return fs.statSync(full).size;
  if (fs.existsSync(`${full}.br`)) return fs.statSync(`${full}.br`).size;
  return zlib.brotliCompressSync(fs.readFileSync(full), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
};

/** The files an explorer page load downloads, from a build and its analysis, with their brotli sizes. */
export function firstLoad(dist, a) {
  const files = new Set(['index.html']);
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  for (const m of html.matchAll(/<link\b[^>]*\brel="icon"[^>]*\bhref="([^"]+)"/g)) files.add(path.normalize(m[1]));
  for (const list of [a.reader.files, a.react.files, a.maplibre.files, a.worker.files, a.firstPaint.files]) for (const f of list) files.add(f);
  // Fonts the page's CSS declares (one file per face, issue 18).
  for (const css of [...files].filter((f) => f.endsWith('.css'))) {
    for (const m of fs.readFileSync(path.join(dist, css), 'utf8').matchAll(/url\(["']?([^)"']+\.woff2?)["']?\)/g)) {
      files.add(path.normalize(path.join(path.dirname(css), m[1])));
    }
  }
  const dataDir = path.join(dist, 'data');
  if (fs.existsSync(dataDir)) {
    for (const f of fs.readdirSync(dataDir)) {
      if (!/\.(?:br|gz)$/.test(f) && !LATER_DATA.some((re) => re.test(f))) files.add(path.join('data', f));
    }
  }
  const rows = [...files].filter((f) => fs.existsSync(path.join(dist, f))).map((file) => ({ file, br: brotliSize(dist, file) }));
  return { files: rows, br: rows.reduce((s, r) => s + r.br, 0) };
}

/** Issue 18: the page's font files together (one subset woff2 per face, scripts/fonts/subsetFonts.mjs). */
export const FONTS_KB = 35;
/** Issue 15: the handout's TrueType subsets (regular, bold), fetched only when a handout PDF is made. */
export const HANDOUT_FONTS_KB = 52;

function fontFiles(dist, pattern) {
  const fonts = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(path.join(dist, dir), { withFileTypes: true })) {
      const rel = path.join(dir, e.name);
      if (e.isDirectory()) walk(rel);
      else if (pattern.test(e.name)) fonts.push({ file: rel, bytes: fs.statSync(path.join(dist, rel)).size });
    }
  };
  walk('.');
  return fonts;
}

function fontLine(name, fonts, limitKb, missing, noneOk = false) {
  const total = fonts.reduce((s, f) => s + f.bytes, 0);
  return { name, ok: (noneOk || fonts.length > 0) && kb(total) <= limitKb, measured: fonts.length ? `${kb(total)} kB` : missing, limit: `<= ${limitKb} kB`, note: fonts.map((f) => `${path.basename(f.file)} ${kb(f.bytes)} kB`).join(', ') };
}

/**
 * The fonts budget lines: the page's web fonts (woff/woff2), and apart from
 * them the handout's TrueType files (ttf/otf), which no page load fetches
 * (fonts.spec counts what a page requests).
 */
export function checkFonts(dist) {
  return [
    fontLine('fonts, all faces together', fontFiles(dist, /\.woff2?$/), FONTS_KB, 'no font in the build'),
    fontLine('handout fonts (TrueType, on demand)', fontFiles(dist, /\.(?:ttf|otf)$/), HANDOUT_FONTS_KB, 'none in the build (handout.spec checks its PDF has text)', true),
  ];
}

/**
 * Data a page load fetches only once the map is drawn and the page is idle
 * (src/map/createMap.ts, whenPageIdle; issue 18): the other provinces'
 * outlines and the context layers. They count in the first load (a reader
 * downloads them); the line below leaves them out, to show what the
 * opening frame itself waits for.
 */
export const IDLE_DATA = [/^provinces\.topo\.json$/, /^(?:rivers|relief|roads|water)\.geojson$/];
/**
 * What the explorer's opening frame waits for, brotli: the first load less
 * IDLE_DATA. History and debts: bench/BUDGETS.md.
 */
export const FIRST_VIEW_BROTLI_KB = 536;

/** The first-load budget lines: all of it, and the part the opening frame waits for. */
export function checkFirstLoad(dist, a) {
  const load = firstLoad(dist, a);
  const group = (re) => kb(load.files.filter((r) => re.test(r.file)).reduce((s, r) => s + r.br, 0));
  const note = `${load.files.length} files: code ${group(/\.(?:m?js|css)$/)} kB, fonts ${group(/\.woff2?$/)} kB, data ${group(/^data[\\/]/)} kB; issue 18's target ${FIRST_LOAD_TARGET_KB} kB`;
  const idle = load.files.filter((r) => /^data[\\/]/.test(r.file) && IDLE_DATA.some((re) => re.test(path.basename(r.file))));
  const idleBr = idle.reduce((s, r) => s + r.br, 0);
  return [
    { name: 'first load of the explorer, brotli', ok: kb(load.br) <= FIRST_LOAD_BROTLI_KB, measured: `${kb(load.br)} kB`, limit: `<= ${FIRST_LOAD_BROTLI_KB} kB`, note },
    { name: 'first load before the page is idle (what the opening frame waits for), brotli', ok: kb(load.br - idleBr) <= FIRST_VIEW_BROTLI_KB, measured: `${kb(load.br - idleBr)} kB`, limit: `<= ${FIRST_VIEW_BROTLI_KB} kB`, note: `in idle time after the map is drawn, not counted: ${idle.map((r) => `${path.basename(r.file)} ${kb(r.br)} kB`).join(', ') || 'nothing'}; issue 18's target ${FIRST_LOAD_TARGET_KB} kB` },
  ];
}

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

const kb = (bytes) => Math.round(bytes / 10.24) / 100;


/** Bundle budgets: one `{ name, ok, measured, limit, note }` per budget. */
export function checkBundle(a) {
  const out = [];
  const mixedNote = a.ownCode.mixed.length ? `; cannot separate vendor code: ${a.ownCode.mixed.join('; ')} mixes it with app code, counted whole (split it: bench/README.md)` : '';
  const r = a.reader;
  const readerNote = `${r.files.length} files: first paint, map, explorer panels, one language (the largest of ${r.languages.length}: ${r.language?.replace(/^.*\/|\.ts$/g, '') ?? 'none'}), events worker; on demand, not counted: ${[...new Set(r.onDemand.map((f) => chunkName(f)))].join(', ') || 'none'}; every way of opening the app is measured in Chromium by test/e2e/page-weight.spec.ts`;
  out.push({ name: 'app own code an explorer page load downloads (no maplibre-gl, no React), gzip', ok: kb(r.gz) < BUNDLE_BUDGETS.ownCodeKb, measured: `${kb(r.gz)} kB`, limit: `< ${BUNDLE_BUDGETS.ownCodeKb} kB`, note: `${readerNote}${mixedNote}` });
  out.push({ name: 'on-demand modules (ON_DEMAND_MODULES in scripts/analyseDist.mjs) are dynamic entries of the build', ok: r.staleOnDemand.length === 0, measured: r.staleOnDemand.length ? `not in the manifest: ${r.staleOnDemand.join(', ')}` : 'all found', limit: 'every name a dynamic entry', note: 'a stale name would hide nothing, but says the list no longer describes the build' });
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
    // The growing record's loading (issue 18): bench/loadBudgets.mjs.
    ...checkLoadCurve(results),
  ];
}

/**
 * Issue 18's Lighthouse budgets, read from the run `npm run bench:load`
 * recorded (bench/load/results.json: Lighthouse 12.2.3, served with brotli,
 * medians). Like the timing budgets, they are not part of `npm test`
 * (--no-timing): the bench takes about 10 minutes. Software WebGL makes the
 * app's total blocking time here far larger than on a machine with a GPU
 * (bench/REPORT.md), so that line is expected to stay broken on this machine.
 */
export const LIGHTHOUSE_BUDGETS = { mobileLcpMs: 2500, mobileTbtMs: 2000, mobilePerformance: 70, desktopPerformance: 90 };

/** Lighthouse budget lines for the explorer from bench/load/results.json. */
export function checkLighthouse(results) {
  const m = (key, metric) => results?.summary?.[key]?.[metric]?.median;
  const figures = { lcp: m('explorer/mobile', 'lcpMs'), tbt: m('explorer/mobile', 'tbtMs'), mobile: m('explorer/mobile', 'performance'), desktop: m('explorer/desktop', 'performance') };
  const missing = Object.entries(figures).filter(([, v]) => typeof v !== 'number' || !Number.isFinite(v)).map(([k]) => k);
  if (missing.length) return [{ name: 'Lighthouse results', ok: false, measured: `no usable figure: ${missing.join(', ')}`, limit: 'explorer mobile and desktop medians', note: 'run npm run bench:load and commit bench/load/results.json' }];
  const b = LIGHTHOUSE_BUDGETS;
  const tl = (metric) => m('timelinejs/mobile', metric);
  const vs = (metric, f) => (Number.isFinite(tl(metric)) ? `; TimelineJS ${f(tl(metric))} in the same run` : '');
  const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
  return [
    { name: 'Lighthouse mobile, explorer: largest contentful paint (median)', ok: figures.lcp <= b.mobileLcpMs, measured: s(figures.lcp), limit: `<= ${s(b.mobileLcpMs)}`, note: `brotli-served${vs('lcpMs', s)}` },
    { name: 'Lighthouse mobile, explorer: total blocking time (median)', ok: figures.tbt < b.mobileTbtMs, measured: s(figures.tbt), limit: `< ${s(b.mobileTbtMs)}`, note: `software WebGL here${vs('tbtMs', s)}` },
    { name: 'Lighthouse mobile, explorer: performance (median)', ok: figures.mobile >= b.mobilePerformance, measured: `${figures.mobile}`, limit: `>= ${b.mobilePerformance}`, note: vs('performance', String).replace(/^; /, '') },
    { name: 'Lighthouse desktop, explorer: performance (median)', ok: figures.desktop >= b.desktopPerformance, measured: `${figures.desktop}`, limit: `>= ${b.desktopPerformance}`, note: '' },
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
  const lighthouseFile = path.resolve(arg('--lighthouse') ?? path.join(REPO, 'bench', 'load', 'results.json'));
  if (!fs.existsSync(path.join(dist, 'index.html'))) {
    console.error(`BROKEN no build: ${path.join(dist, 'index.html')} is missing (run npm run build)`);
    return 1;
  }
  const analysis = analyseDist(dist);
  const checks = [...checkBundle(analysis), ...checkFirstLoad(dist, analysis), ...checkFonts(dist), ...checkGeography(dist)];
  if (!argv.includes('--no-timing')) {
    const name = path.relative(REPO, resultsFile) || resultsFile;
    const results = readResults(resultsFile);
    if (results.error) {
      checks.push({ name: 'timing results', ok: false, measured: `${name}: ${results.error}`, limit: 'a readable results file', note: 'npm run bench writes it; commit it' });
    } else {
      checks.push(...checkTiming(results.value).map((c) => ({ ...c, note: [c.note, `${name} of ${results.value.machine?.date ?? 'an unknown date'}`].filter(Boolean).join('; ') })));
    }
    const lhName = path.relative(REPO, lighthouseFile) || lighthouseFile;
    const lh = readResults(lighthouseFile);
    if (lh.error) {
      checks.push({ name: 'Lighthouse results', ok: false, measured: `${lhName}: ${lh.error}`, limit: 'a readable results file', note: 'npm run bench:load writes it; commit it' });
    } else {
      checks.push(...checkLighthouse(lh.value).map((c) => ({ ...c, note: [c.note, `${lhName} of ${lh.value.machine?.date ?? 'an unknown date'}`].filter(Boolean).join('; ') })));
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
