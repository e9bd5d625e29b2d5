#!/usr/bin/env node
/**
 * `npm run bench`: measures the app in headless Chromium, in one run, at
 * 1k/10k/100k synthetic events, against the naive GeoJSON-setData baseline
 * (issue 8). Writes bench/results.json, bench/REPORT.md, bench/step-cost.svg.
 *
 *   npm run bench                      # builds when dist/ is older than the sources
 *   npm run bench -- --sizes 1k,10k    # fewer sizes (results.json is then partial)
 *   npm run bench -- --no-build        # measure dist/ as it is
 *   npm run bench -- --dist DIR --out bench/tmp/x   # another build (e.g. a config
 *                                        # variant); results written to --out
 *
 * Chromium: /usr/bin/chromium (or $CHROMIUM_PATH) with playwright.config.ts's
 * flags. Everything is served from 127.0.0.1 (bench/server.mjs).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { analyseDist, checkBundle, checkTiming } from '../scripts/check-budgets.mjs';
import { SIZES, TMP, writeEvents } from './generate.mjs';
import { benchOp, loadProbe } from './measure.mjs';
import { writeReport } from './report.mjs';
import { serve } from './server.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..');
const argv = process.argv.slice(2);
const opt = (name) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
const DIST = path.resolve(opt('--dist') ?? path.join(REPO, 'dist'));
const OUT = path.resolve(opt('--out') ?? HERE);
const sizes = (opt('--sizes') ?? Object.keys(SIZES).join(',')).split(',').filter((s) => s in SIZES);
const started = performance.now();
const log = (msg) => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(1).padStart(5)}s] ${msg}`);

// Same flags as playwright.config.ts; precise memory info for performance.memory.
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--disable-default-apps', '--disable-extensions',
  '--enable-precise-memory-info',
];
const VIEWPORT = { width: 1280, height: 800 };
// Cursor sweep shared by the app and the naive page: 30-day steps through
// 2018-01-01 … 2026-06-30 (day numbers), where 70-100 % of the synthetic
// events (2000 … mid-2026) are visible, as when a reader scrubs back from the end.
const SWEEP = { start: 17532, end: 20634, stride: 30 };
const DISPLAY = { mode: 'cumulative', windowMonths: 6 };
/** Scrubbing and plain repaint in alternating windows: 2 × 1.5 s each, 2 × 3 s at 100k (frames of ~0.7 s there). */
const FRAME_WINDOWS = ['repaint', 'scrub', 'repaint', 'scrub'];
const frameWindowMs = (label) => (label === '100k' ? 3000 : 1500);

function newestMtime(paths) {
  let newest = 0;
  const visit = (p) => {
    if (!fs.existsSync(p)) return;
    const st = fs.statSync(p);
    if (st.isDirectory()) { for (const e of fs.readdirSync(p)) visit(path.join(p, e)); } else newest = Math.max(newest, st.mtimeMs);
  };
  paths.forEach(visit);
  return newest;
}

function buildIfNeeded() {
  const built = fs.existsSync(path.join(DIST, 'index.html')) ? fs.statSync(path.join(DIST, 'index.html')).mtimeMs : 0;
  const sources = newestMtime(['src', 'public', 'data', 'index.html', 'vite.config.ts', 'package.json'].map((p) => path.join(REPO, p)));
  if ((argv.includes('--no-build') || opt('--dist')) && built) { log(`using ${path.relative(REPO, DIST)}/ as it is`); return; }
  if (built >= sources) { log('dist/ is up to date'); return; }
  log('building the app (npm run build)');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: REPO, stdio: ['ignore', 'ignore', 'inherit'] });
}

function prepareData() {
  const gen = fs.statSync(path.join(HERE, 'generate.mjs')).mtimeMs;
  for (const label of sizes) {
    const file = path.join(TMP, `events-${label}.json`);
    if (fs.existsSync(file) && fs.statSync(file).mtimeMs > gen) continue;
    log(`generating ${label} synthetic events`);
    writeEvents(label, SIZES[label]);
  }
  log('building the naive-baseline page');
  execFileSync(process.execPath, [path.join(REPO, 'node_modules/vite/bin/vite.js'), 'build', '--config', path.join(HERE, 'vite.naive.config.mjs')], { cwd: REPO, stdio: ['ignore', 'ignore', 'inherit'] });
}

export function stats(xs, warmup = 0) {
  const v = xs.slice(warmup).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const q = (p) => v[Math.min(v.length - 1, Math.ceil(p * v.length) - 1)];
  const r = (x) => Math.round(x * 1000) / 1000;
  return { n: v.length, median: r(q(0.5)), p95: r(q(0.95)), mean: r(v.reduce((s, x) => s + x, 0) / v.length), max: r(v[v.length - 1]) };
}

async function heap(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  await cdp.detach();
  return { usedMB: Math.round(m.JSHeapUsedSize / 1e5) / 10, totalMB: Math.round(m.JSHeapTotalSize / 1e5) / 10 };
}

async function openPage(browser, url, errors) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, reducedMotion: 'reduce' });
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text().slice(0, 300)); });
  page.on('pageerror', (e) => errors.push(String(e).slice(0, 300)));
  page.on('request', (r) => { if (!r.url().startsWith(url.split('/').slice(0, 3).join('/')) && !/^(data|blob):/.test(r.url())) errors.push(`foreign request ${r.url()}`); });
  return page;
}

/** Drives one target through the four measurements. */
async function measure(page, target, counts) {
  const op = (kind, extra) => page.evaluate(benchOp, { kind, target, display: DISPLAY, ...SWEEP, ...extra });
  const timed = async (kind, extra) => { const t0 = performance.now(); const r = await op(kind, extra); log(`  ${target} ${kind}${extra.mode ? ` ${extra.mode}` : ''}: ${Math.round(performance.now() - t0)} ms`); return r; };
  const step = await timed('step-cost', { steps: counts.steps });
  const screen = await timed('on-screen', { reps: counts.reps });
  const frames = await timed('frames', { windows: FRAME_WINDOWS, windowMs: counts.windowMs });
  const scrubFrames = stats(frames.scrub), repaintFrames = stats(frames.repaint);
  return {
    stepMs: stats(step.ms),
    stepWithMicrotasksMs: stats(step.withMicrotasks),
    onScreenMs: { nextFrame: stats(screen.nextFrame), idle: stats(screen.idle), drawn: stats(screen.drawn) },
    scrub: {
      frameMs: scrubFrames,
      repaintFrameMs: repaintFrames,
      ratio: Math.round((scrubFrames.mean / repaintFrames.mean) * 100) / 100,
      stepMs: stats(frames.calls),
      catchUpMs: stats(frames.catchUp),
      stepsMade: frames.stepsMade,
      scrubSeconds: Math.round(frames.scrubMs) / 1000,
      // The app draws every step on the next frame (the cursor is a uniform);
      // the naive map only shows the updates its worker got through.
      stepsShownPerSecond: Math.round(((target === 'naive' ? frames.applied : frames.stepsMade) / (frames.scrubMs / 1000)) * 100) / 100,
      ...(target === 'naive' ? { updatesApplied: frames.applied } : {}),
    },
  };
}

async function measureApp(browser, base, label) {
  const errors = [];
  const url = label === 'shipped' ? `${base}/` : `${base}/?data=bench-data/events-${label}.json`;
  const page = await openPage(browser, url, errors);
  await page.addInitScript(loadProbe);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__bench?.done, null, { timeout: 240_000, polling: 100 });
  const load = await page.evaluate(() => {
    const res = performance.getEntriesByType('resource');
    const first = (re) => res.find((r) => re.test(r.name));
    const at = (r) => (r ? { requested: Math.round(r.startTime), loaded: Math.round(r.responseEnd) } : null);
    const canvas = document.querySelector('.map-canvas').getBoundingClientRect();
    return {
      marks: Object.fromEntries(Object.entries(window.__bench.marks).map(([k, v]) => [k, Math.round(v)])),
      // Long tasks (> 50 ms) from navigation until the events were drawn: the longest, and
      // the total blocking time (sum of each task's part beyond 50 ms), as in Lighthouse.
      longTasks: (() => {
        const t = window.__bench.longTasks;
        const top = [...t].sort((a, b) => b.duration - a.duration).slice(0, 5).map((x) => ({ start: Math.round(x.start), ms: Math.round(x.duration) }));
        // `all`: every one, for what happened after the events file arrived (bench/loadBudgets.mjs, issue 18).
        const all = t.map((x) => ({ start: Math.round(x.start), ms: Math.round(x.duration) }));
        return { count: t.length, longestMs: Math.round(Math.max(0, ...t.map((x) => x.duration))), blockingMs: Math.round(t.reduce((s, x) => s + Math.max(0, x.duration - 50), 0)), top, all };
      })(),
      visibleAtLoad: window.__bench.visibleAtLoad,
      sliderSeen: window.__bench.sliderSeen,
      mapLibrary: at(first(/maplibre-gl-(?!worker)[^/]*\.js$|createMap[^/]*\.js$/)),
      eventsFile: at(first(/events[^/]*\.json$/)),
      crossOriginIsolated: window.crossOriginIsolated,
      canvas: { width: Math.round(canvas.width), height: Math.round(canvas.height) },
    };
  });
  load.heap = await heap(page);
  let result = { load };
  if (label !== 'shipped') {
    log(`app ${label}: loaded in ${load.marks.eventsIdle} ms (${load.visibleAtLoad} visible); measuring`);
    result = { load, ...(await measure(page, 'app', { steps: 100, reps: label === '100k' ? 6 : 10, windowMs: frameWindowMs(label) })) };
  }
  result.errors = errors;
  load.errors = errors;
  await page.context().close();
  return result;
}

async function measureNaive(browser, base, label, canvas) {
  const errors = [];
  const url = `${base}/bench-naive/?data=../bench-data/events-${label}.json&w=${canvas.width}&h=${canvas.height}`;
  const page = await openPage(browser, url, errors);
  const t0 = performance.now();
  await page.goto(url);
  await page.waitForFunction(() => window.naiveBench || window.naiveBenchError, null, { timeout: 240_000, polling: 100 });
  log(`naive ${label}: loaded in ${Math.round(performance.now() - t0)} ms`);
  const failed = await page.evaluate(() => window.naiveBenchError);
  if (failed) throw new Error(`naive page: ${failed}`);
  const big = label === '100k';
  const result = { ...(await measure(page, 'naive', { steps: big ? 20 : 100, reps: big ? 3 : 5, windowMs: frameWindowMs(label) })), errors };
  await page.context().close();
  return result;
}

async function main() {
  buildIfNeeded();
  prepareData();
  const server = await serve([['/', DIST], ['/bench-data/', TMP], ['/bench-naive/', path.join(TMP, 'naive')]]);
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const results = {
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, memoryGB: Math.round(os.totalmem() / 1e8) / 10,
      os: `${os.type()} ${os.release()}`, node: process.version, chromium: browser.version(),
      playwright: JSON.parse(fs.readFileSync(path.join(REPO, 'node_modules/@playwright/test/package.json'), 'utf8')).version,
      date: new Date().toISOString(),
      // The machine may be shared (other test runs): load averages before and after.
      loadAverage: { before: os.loadavg().map((x) => Math.round(x * 100) / 100) },
    },
    method: {
      viewport: VIEWPORT, display: DISPLAY, sweep: SWEEP, frameWindows: FRAME_WINDOWS, frameWindowMs: Object.fromEntries(sizes.map((l) => [l, frameWindowMs(l)])), reducedMotion: true,
      gzip: 'zlib level 9', rendering: 'SwiftShader (software WebGL2), headless',
    },
    load: {},
    sizes: {},
  };
  try {
    log('app with the shipped events');
    results.load.shipped = (await measureApp(browser, server.url, 'shipped')).load;
    for (const label of sizes) {
      log(`app, ${label} events`);
      const app = await measureApp(browser, server.url, label);
      results.load[label] = app.load;
      if (app.load.visibleAtLoad !== SIZES[label]) log(`WARNING: ${app.load.visibleAtLoad} of ${SIZES[label]} events visible at load`);
      log(`naive baseline, ${label} events`);
      const naive = await measureNaive(browser, server.url, label, app.load.canvas);
      delete app.load;
      results.sizes[label] = { events: SIZES[label], app, naive };
    }
  } finally {
    await browser.close();
    await server.close();
  }
  results.machine.loadAverage.after = os.loadavg().map((x) => Math.round(x * 100) / 100);
  const bundle = analyseDist(DIST);
  results.bundle = {
    firstPaint: pick(bundle.firstPaint), wholeApp: pick(bundle.wholeApp), ownCode: { ...pick(bundle.ownCode), mixed: bundle.ownCode.mixed },
    explorerLoad: pick(bundle.reader), allOwn: pick(bundle.allOwn),
    react: pick(bundle.react), maplibre: pick(bundle.maplibre), lazyMapChunks: pick(bundle.mapChunks), worker: pick(bundle.worker), appWorkers: pick(bundle.appWorkers),
    embed: bundle.embed ? pick(bundle.embed) : 'absent',
  };
  results.budgets = [...checkBundle(bundle), ...(results.sizes['100k'] ? checkTiming(results) : [])];
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(path.join(OUT, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeReport(results, OUT);
  log(`wrote ${path.relative(REPO, OUT) || '.'}/results.json, REPORT.md, step-cost.svg in ${Math.round((performance.now() - started) / 1000)} s`);
  for (const b of results.budgets) console.log(`${b.skipped ? 'skip' : b.ok ? 'ok' : 'BROKEN'} ${b.name}: ${b.measured} (limit ${b.limit})`);
}

const pick = (s) => ({ files: s.files.map((f) => path.basename(f)), bytes: s.bytes, gz: s.gz });

main().catch((e) => { console.error(e); process.exit(1); });
