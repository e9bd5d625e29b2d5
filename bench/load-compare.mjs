#!/usr/bin/env node
/**
 * Loading a big events file in two builds, side by side (issue 8: events
 * parsed in a worker). Runs alternate between the builds, so load from
 * other processes on a shared machine falls on both alike:
 *
 *   node bench/load-compare.mjs --before DIR --after DIR [--size 100k] [--reps 3]
 *
 * Each run opens `?data=bench-data/events-<size>.json` with the same load
 * probe as `npm run bench` (bench/measure.mjs) and records, from navigation
 * start: the events file received, the timeline usable, the events on the
 * map and drawn; and the main thread's long tasks (> 50 ms) until then: the
 * longest, and the total blocking time (the part of each beyond 50 ms).
 * Writes bench/load-compare.json and bench/LOAD-COMPARE.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { SIZES, TMP, writeEvents } from './generate.mjs';
import { loadProbe } from './measure.mjs';
import { serve } from './server.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const opt = (name, fallback) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : fallback; };
const builds = { before: opt('--before'), after: opt('--after') };
const size = opt('--size', '100k');
const reps = Number(opt('--reps', '3'));
if (!builds.before || !builds.after || !(size in SIZES)) {
  console.error('usage: node bench/load-compare.mjs --before DIR --after DIR [--size 1k|10k|100k] [--reps N]');
  process.exit(2);
}
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--disable-default-apps', '--disable-extensions',
];

async function once(browser, base, label) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e).slice(0, 200)));
  const workers = [];
  page.on('worker', (w) => workers.push(path.basename(new URL(w.url()).pathname)));
  await page.addInitScript(loadProbe);
  await page.goto(`${base}/${label}/?data=bench-data/events-${size}.json`, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__bench?.done, null, { timeout: 300_000, polling: 100 });
  const r = await page.evaluate(() => {
    const b = window.__bench;
    const file = performance.getEntriesByType('resource').find((x) => /events-[^/]*\.json$/.test(x.name));
    const t = b.longTasks;
    return {
      marks: Object.fromEntries(Object.entries(b.marks).map(([k, v]) => [k, Math.round(v)])),
      eventsFileLoaded: file ? Math.round(file.responseEnd) : null,
      visible: b.visibleAtLoad,
      longTasks: t.length,
      longestMs: Math.round(Math.max(0, ...t.map((x) => x.duration))),
      blockingMs: Math.round(t.reduce((s, x) => s + Math.max(0, x.duration - 50), 0)),
      // Long tasks after the file arrived: the part parsing (or receiving its result) can cost.
      afterFile: file ? (() => {
        const later = t.filter((x) => x.start >= file.responseEnd);
        return { longestMs: Math.round(Math.max(0, ...later.map((x) => x.duration))), blockingMs: Math.round(later.reduce((s, x) => s + Math.max(0, x.duration - 50), 0)) };
      })() : null,
    };
  });
  await context.close();
  return { ...r, workers: workers.filter((w) => !/maplibre/.test(w)), errors };
}

const median = (xs) => { const v = [...xs].sort((a, b) => a - b); return v.length ? v[Math.floor((v.length - 1) / 2)] : null; };

async function main() {
  if (!fs.existsSync(path.join(TMP, `events-${size}.json`))) writeEvents(size, SIZES[size]);
  const server = await serve([
    ['/before/', path.resolve(builds.before)], ['/after/', path.resolve(builds.after)],
    ['/before/bench-data/', TMP], ['/after/bench-data/', TMP],
  ]);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const loadBefore = os.loadavg().map((x) => Math.round(x * 100) / 100);
  const runs = { before: [], after: [] };
  try {
    for (let i = 0; i < reps; i++) {
      for (const label of i % 2 ? ['after', 'before'] : ['before', 'after']) {
        const r = await once(browser, server.url, label);
        runs[label].push(r);
        console.log(`${label} #${runs[label].length}: usable ${r.marks.timelineUsable} ms, drawn ${r.marks.eventsIdle} ms, longest task ${r.longestMs} ms, blocking ${r.blockingMs} ms, after the file: longest ${r.afterFile?.longestMs} ms; workers ${r.workers.join(' ') || 'none'}`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const summary = Object.fromEntries(Object.entries(runs).map(([label, rs]) => [label, {
    fileLoaded: median(rs.map((r) => r.eventsFileLoaded)),
    timelineUsable: median(rs.map((r) => r.marks.timelineUsable)),
    eventsDrawn: median(rs.map((r) => r.marks.eventsIdle)),
    longestTask: median(rs.map((r) => r.longestMs)),
    blocking: median(rs.map((r) => r.blockingMs)),
    longestAfterFile: median(rs.map((r) => r.afterFile?.longestMs ?? 0)),
    blockingAfterFile: median(rs.map((r) => r.afterFile?.blockingMs ?? 0)),
  }]));
  const out = {
    date: new Date().toISOString(), size, reps, machine: { cpu: os.cpus()[0]?.model, cores: os.cpus().length, chromium: browser.version() },
    loadAverage: { before: loadBefore, after: os.loadavg().map((x) => Math.round(x * 100) / 100) },
    builds, summary, runs,
  };
  fs.writeFileSync(path.join(HERE, 'load-compare.json'), `${JSON.stringify(out, null, 2)}\n`);
  const row = (label) => { const s = summary[label]; return `| ${label} | ${s.fileLoaded} | ${s.timelineUsable} | ${s.eventsDrawn} | ${s.longestTask} | ${s.blocking} | ${s.longestAfterFile} | ${s.blockingAfterFile} |`; };
  fs.writeFileSync(path.join(HERE, 'LOAD-COMPARE.md'), [
    `# Loading ${size} events: before and after the events worker`,
    '',
    `\`node bench/load-compare.mjs\` on ${out.date.slice(0, 10)}: ${out.machine.cpu}, ${out.machine.cores} cores, Chromium ${out.machine.chromium} headless; ${reps} runs of each build, alternating; load average ${out.loadAverage.before.join(' / ')} before and ${out.loadAverage.after.join(' / ')} after (a shared machine: compare the two rows, not other runs). Medians (the lower middle run when the count is even), ms from navigation start. Long tasks: main-thread tasks over 50 ms until the events were drawn; blocking = the sum of each one's part beyond 50 ms. "After the file": only the tasks that started once the events file had arrived, i.e. parsing and what follows it. Raw runs: \`load-compare.json\`.`,
    '',
    '| build | events file received | timeline usable | events drawn | longest task | blocking | longest task after the file | blocking after the file |',
    '|---|---|---|---|---|---|---|---|',
    row('before'), row('after'), '',
  ].join('\n'));
  console.log(JSON.stringify(summary, null, 2));
}

main().catch((e) => { console.error(e); process.exit(1); });
