#!/usr/bin/env node
/**
 * Where the main thread's time goes while the app loads N synthetic events
 * (issue 8): a CPU profile of the page from navigation until the events are
 * drawn and the map is idle, plus the long tasks (> 300 ms) it saw.
 *
 *   npx vite build --sourcemap --outDir bench/tmp/dist-prof
 *   node bench/profile-load.mjs --dist bench/tmp/dist-prof [--size 100k] [--top 25]
 *
 * With source maps in the build, functions are named by their source file and
 * line (src/store/viewerStore.ts:135); without, by the minified chunk. Times
 * are from one run on a machine whose WebGL is software: compare runs made
 * side by side, not against absolute figures. "(program)" is native work
 * (style, layout, paint, software GL, message deserialization).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { SourceMapConsumer } from 'source-map-js';
import { SIZES, TMP, writeEvents } from './generate.mjs';
import { serve } from './server.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name, fallback) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : fallback; };
const dist = path.resolve(opt('--dist', path.join(REPO, 'dist')));
const size = opt('--size', '100k');
const top = Number(opt('--top', '25'));
if (!(size in SIZES) || !fs.existsSync(path.join(dist, 'index.html'))) {
  console.error('usage: node bench/profile-load.mjs [--dist DIR (a build)] [--size 1k|10k|100k] [--top N]');
  process.exit(2);
}
if (!fs.existsSync(path.join(TMP, `events-${size}.json`))) writeEvents(size, SIZES[size]);

const server = await serve([['/', dist], ['/bench-data/', TMP]]);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-default-apps', '--disable-extensions'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push({ start: Math.round(e.startTime), ms: Math.round(e.duration) });
    }).observe({ type: 'longtask', buffered: true });
  });
  await cdp.send('Profiler.start');
  await page.goto(`${server.url}/?data=bench-data/events-${size}.json&lang=en`);
  await page.waitForFunction(() => (document.querySelector('.map-canvas')?.mapHandle?.controller?.visibleIds?.().length ?? 0) > 0, null, { timeout: 300_000, polling: 500 });
  await page.locator('.map-canvas').evaluate((el) => el.mapHandle.whenIdle());
  const { profile } = await cdp.send('Profiler.stop');
  const tasks = await page.evaluate(() => window.__longTasks);
  console.log(`long tasks over 300 ms (start + duration, ms): ${tasks.filter((t) => t.ms > 300).map((t) => `${t.start}+${t.ms}`).join('  ')}`);

  const maps = new Map();
  const sourceOf = (frame) => {
    if (!frame.url.includes('/assets/')) return null;
    const file = path.join(dist, 'assets', `${frame.url.split('/').pop()}.map`);
    if (!maps.has(file)) maps.set(file, fs.existsSync(file) ? new SourceMapConsumer(JSON.parse(fs.readFileSync(file, 'utf8'))) : null);
    const o = maps.get(file)?.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
    return o?.source ? `${o.name ?? ''} ${o.source.replace(/.*\/(src|node_modules)\//, '$1/')}:${o.line}`.trim() : null;
  };
  const label = (node) => sourceOf(node.callFrame) ?? `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber + 1}`;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
  const self = new Map();
  const inclusive = new Map();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const leaf = label(nodes.get(id));
    self.set(leaf, (self.get(leaf) ?? 0) + ms);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parentOf.get(at)) {
      const name = label(nodes.get(at));
      if (!seen.has(name)) { seen.add(name); inclusive.set(name, (inclusive.get(name) ?? 0) + ms); }
    }
  });
  const list = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, ms]) => `${String(Math.round(ms)).padStart(7)} ms  ${name}`).join('\n');
  console.log(`\nself time:\n${list(self)}\n\ninclusive time:\n${list(inclusive)}`);
} finally {
  await browser.close();
  await server.close();
}
