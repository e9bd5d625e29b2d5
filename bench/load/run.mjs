#!/usr/bin/env node
/**
 * Loading, side by side (issue 18): Lighthouse 12.2.3 on the explorer and
 * the embed, mobile and desktop, served with brotli by bench/load/server.mjs,
 * against a TimelineJS 3 page of the same events (bench/load/timelinejs.mjs).
 *
 *   npm run build && npm run bench:load               # 3 runs of each, about 10 minutes here
 *   node bench/load/run.mjs --dist DIR --runs 5 --no-report
 *
 * Runs are interleaved (run 1 of every page and form factor, then run 2…),
 * each in a fresh Chromium, so load from other processes on a shared machine
 * falls on every page alike: compare the pages within one run of the bench,
 * not across runs. Lighthouse throttles by simulation (its defaults: mobile
 * = slow 4G and a 4x slower CPU; desktop = no throttling to speak of).
 *
 * Lighthouse's own LCP-element audit fails on this Chromium (TOOLCHAIN.md),
 * so a second probe opens each page once in Playwright with the mobile
 * emulation (412x823, CPU 4x, 150 ms / 1.6 Mbit/s) and reads the
 * largest-contentful-paint entries with a PerformanceObserver, and when
 * maplibre-gl's script arrived.
 *
 * Writes bench/load/results.json and the section between the markers in
 * bench/REPORT.md (bench/report.mjs keeps it).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';
import { buildTimelineJsPage } from './timelinejs.mjs';
import { firstLoad, analyseDist } from '../../scripts/check-budgets.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '../..');
const argv = process.argv.slice(2);
const opt = (name, fallback) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : fallback; };
const DIST = path.resolve(opt('--dist', path.join(REPO, 'dist')));
const RUNS = Number(opt('--runs', '3'));
const CHROME = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Keeps Chromium off the closed network (TOOLCHAIN.md).
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-default-apps', '--disable-extensions'];

export const PAGES = [
  { id: 'explorer', label: 'this app, explorer', path: '/app/?lang=en' },
  { id: 'embed', label: 'this app, embed', path: '/app/?mode=embed&lang=en' },
  { id: 'timelinejs', label: 'TimelineJS 3.9.11', path: '/timelinejs/' },
];
const FORMS = ['mobile', 'desktop'];
const METRICS = {
  performance: (lhr) => Math.round((lhr.categories.performance.score ?? NaN) * 100),
  fcpMs: (lhr) => lhr.audits['first-contentful-paint']?.numericValue,
  lcpMs: (lhr) => lhr.audits['largest-contentful-paint']?.numericValue,
  tbtMs: (lhr) => lhr.audits['total-blocking-time']?.numericValue,
  speedIndexMs: (lhr) => lhr.audits['speed-index']?.numericValue,
  cls: (lhr) => lhr.audits['cumulative-layout-shift']?.numericValue,
  transferKb: (lhr) => (lhr.audits['total-byte-weight']?.numericValue ?? NaN) / 1024,
  requests: (lhr) => lhr.audits['network-requests']?.details?.items?.length,
};

const log = (...a) => console.log(`[${new Date().toISOString().slice(11, 19)}]`, ...a);

async function lighthouseRun(url, form) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const config = form === 'desktop' ? (await import('lighthouse/core/config/desktop-config.js')).default : undefined;
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], maxWaitForLoad: 90_000 }, config);
    const lhr = result?.lhr;
    if (!lhr) throw new Error('no result');
    const out = Object.fromEntries(Object.entries(METRICS).map(([k, f]) => [k, f(lhr)]));
    if (lhr.runtimeError) out.error = lhr.runtimeError.message;
    out.failedAudits = Object.values(lhr.audits).filter((a) => a.errorMessage).map((a) => a.id);
    return out;
  } finally {
    await chrome.kill();
  }
}

/** One page load under Lighthouse's mobile emulation: the LCP entries, and when maplibre-gl's script arrived. */
async function lcpProbe(url) {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS.filter((f) => !f.startsWith('--headless')) });
  try {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
    await page.addInitScript(() => {
      const w = window;
      w.__lcp = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          const el = e.element;
          const text = el ? (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60) : '';
          const name = el ? `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}` : '(removed)';
          w.__lcp.push({ ms: Math.round(e.startTime), size: e.size, element: name, text });
        }
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForTimeout(8000);
    // LCP stops at the first input; a click on nothing ends the record as Lighthouse's trace would.
    return await page.evaluate(() => {
      const maplibre = performance.getEntriesByType('resource').find((r) => /maplibre-gl-[\w-]+\.js$/.test(r.name));
      return { entries: window.__lcp, maplibreScriptMs: maplibre ? Math.round(maplibre.responseEnd) : null };
    });
  } finally {
    await browser.close();
  }
}

const median = (xs) => { const s = xs.filter(Number.isFinite).sort((a, b) => a - b); if (!s.length) return NaN; const m = Math.floor(s.length / 2); return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const spread = (xs) => { const s = xs.filter(Number.isFinite); return s.length ? [Math.min(...s), Math.max(...s)] : [NaN, NaN]; };

export function summarise(runs) {
  const out = {};
  for (const p of PAGES) for (const f of FORMS) {
    const rs = runs.filter((r) => r.page === p.id && r.form === f);
    out[`${p.id}/${f}`] = Object.fromEntries(Object.keys(METRICS).map((k) => [k, { median: median(rs.map((r) => r[k])), range: spread(rs.map((r) => r[k])), n: rs.filter((r) => Number.isFinite(r[k])).length }]));
  }
  return out;
}

const fmt = {
  performance: (v) => `${Math.round(v)}`,
  fcpMs: (v) => `${(v / 1000).toFixed(1)} s`, lcpMs: (v) => `${(v / 1000).toFixed(1)} s`, speedIndexMs: (v) => `${(v / 1000).toFixed(1)} s`,
  tbtMs: (v) => `${(v / 1000).toFixed(2)} s`, cls: (v) => v.toFixed(3), transferKb: (v) => `${Math.round(v)} kB`, requests: (v) => `${Math.round(v)}`,
};
const NAMES = {
  performance: 'Lighthouse performance', fcpMs: 'first contentful paint', lcpMs: 'largest contentful paint', tbtMs: 'total blocking time',
  speedIndexMs: 'speed index', cls: 'cumulative layout shift', transferKb: 'bytes transferred (brotli)', requests: 'requests',
};

export function reportSection(results) {
  const { summary, machine, probes, firstLoadKb } = results;
  const cell = (key, metric) => {
    const s = summary[key]?.[metric];
    if (!s || !Number.isFinite(s.median)) return 'n/a';
    const [lo, hi] = s.range;
    return lo === hi ? fmt[metric](s.median) : `${fmt[metric](s.median)} (${fmt[metric](lo)}–${fmt[metric](hi)})`;
  };
  const ratio = (metric, form, page) => {
    const a = summary[`${page}/${form}`]?.[metric]?.median, b = summary[`timelinejs/${form}`]?.[metric]?.median;
    return Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(1)}×` : 'n/a';
  };
  const lines = [
    '<!-- bench:load start (written by `npm run bench:load`, bench/load/run.mjs; bench/report.mjs keeps this section) -->',
    '## Loading, side by side with TimelineJS (issue 18)',
    '',
    `\`npm run bench:load\` on ${machine.date}: ${machine.cpu}, ${machine.cores} cores, load average ${machine.loadBefore.join(' / ')} before and ${machine.loadAfter.join(' / ')} after, ${machine.chromium}, Lighthouse ${machine.lighthouse}, ${machine.runs} runs of each page and form factor, interleaved, each in a fresh browser. Median (min–max). Every page served by bench/load/server.mjs with brotli (the build's \`.br\` files), as a static host with precompressed files would. The machine is shared with other jobs: compare the columns of one table (the ratios), not figures across runs.`,
    '',
    `| | ${FORMS.flatMap((f) => PAGES.map((p) => `${p.label}, ${f}`)).join(' | ')} |`,
    `|---|${FORMS.flatMap(() => PAGES.map(() => '---')).join('|')}|`,
    ...Object.keys(METRICS).map((m) => `| ${NAMES[m]} | ${FORMS.flatMap((f) => PAGES.map((p) => cell(`${p.id}/${f}`, m))).join(' | ')} |`),
    '',
    `App / TimelineJS, medians of this run: ${FORMS.map((f) => `${f}: explorer LCP ${ratio('lcpMs', f, 'explorer')}, TBT ${ratio('tbtMs', f, 'explorer')}, bytes ${ratio('transferKb', f, 'explorer')}; embed LCP ${ratio('lcpMs', f, 'embed')}, TBT ${ratio('tbtMs', f, 'embed')}`).join('; ')}.`,
    '',
    `The explorer's first load from the build (scripts/check-budgets.mjs, brotli, fonts as woff2): ${firstLoadKb.toFixed(0)} kB; Lighthouse's bytes above also count HTTP headers and only what loaded before it stopped watching.`,
    '',
    '**What is the largest contentful paint?** One load per page under the same mobile emulation in Playwright (412×823, CPU 4×, 150 ms and 1.6 Mbit/s), read with a PerformanceObserver (Lighthouse\'s LCP-element audit fails on this Chromium):',
    '',
    ...probes.map((pr) => `- ${pr.label}: ${pr.entries.length ? pr.entries.map((e) => `${e.element} "${e.text}" at ${e.ms} ms (${e.size} px²)`).join(' → ') : 'no entry'}; maplibre-gl's script arrived at ${pr.maplibreScriptMs ?? '—'} ms.`),
    '',
    'Software WebGL (SwiftShader) draws the map here: total blocking time and the desktop figures include the map\'s first frames drawn on the CPU, which a real GPU draws in a few milliseconds; the largest contentful paint, the bytes and the requests do not depend on it. Expect the app\'s TBT to be lower on a real phone or laptop with a GPU; TimelineJS draws no WebGL, so its figures would move less.',
    '<!-- bench:load end -->',
  ];
  return lines.join('\n');
}

/** Puts the section into REPORT.md, replacing an earlier one, or after the report's last line. */
export function spliceReport(report, section) {
  const re = /<!-- bench:load start[\s\S]*?<!-- bench:load end -->/;
  return re.test(report) ? report.replace(re, section) : `${report.replace(/\s*$/, '')}\n\n${section}\n`;
}

async function main() {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) throw new Error(`no build at ${DIST}: run npm run build first`);
  const tl = buildTimelineJsPage();
  const server = await serve([['/app/', DIST], ['/timelinejs/', tl]]);
  const started = performance.now();
  const { version: lighthouseVersion } = JSON.parse(fs.readFileSync(path.join(REPO, 'node_modules/lighthouse/package.json'), 'utf8'));
  const machine = {
    date: new Date().toISOString().slice(0, 10), cpu: os.cpus()[0]?.model.trim() ?? '?', cores: os.cpus().length,
    loadBefore: os.loadavg().map((x) => x.toFixed(1)), chromium: '', lighthouse: lighthouseVersion, runs: RUNS,
  };
  try {
    const { execFileSync } = await import('node:child_process');
    machine.chromium = execFileSync(CHROME, ['--version'], { encoding: 'utf8' }).trim();
  } catch { machine.chromium = CHROME; }
  const runs = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      for (const form of FORMS) for (const p of PAGES) {
        const url = `${server.url}${p.path}`;
        try {
          const r = await lighthouseRun(url, form);
          runs.push({ run: i + 1, page: p.id, form, ...r });
          log(`run ${i + 1}/${RUNS} ${form} ${p.id}: performance ${r.performance}, LCP ${Math.round(r.lcpMs)} ms, TBT ${Math.round(r.tbtMs)} ms, ${Math.round(r.transferKb)} kB`);
        } catch (e) {
          runs.push({ run: i + 1, page: p.id, form, error: String(e).slice(0, 300) });
          log(`run ${i + 1}/${RUNS} ${form} ${p.id}: failed: ${String(e).slice(0, 200)}`);
        }
      }
    }
    const probes = [];
    for (const p of PAGES) {
      try {
        probes.push({ page: p.id, label: p.label, ...(await lcpProbe(`${server.url}${p.path}`)) });
      } catch (e) {
        probes.push({ page: p.id, label: p.label, entries: [], maplibreScriptMs: null, error: String(e).slice(0, 200) });
      }
      log(`LCP probe ${p.id}: ${JSON.stringify(probes.at(-1)).slice(0, 400)}`);
    }
    machine.loadAfter = os.loadavg().map((x) => x.toFixed(1));
    const results = { machine, dist: path.relative(REPO, DIST) || '.', firstLoadKb: firstLoad(DIST, analyseDist(DIST)).br / 1024, summary: summarise(runs), probes, runs };
    fs.writeFileSync(path.join(HERE, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    if (!argv.includes('--no-report')) {
      const reportFile = path.join(REPO, 'bench/REPORT.md');
      const report = fs.existsSync(reportFile) ? fs.readFileSync(reportFile, 'utf8') : '# Bench\n';
      fs.writeFileSync(reportFile, spliceReport(report, reportSection(results)));
    }
    log(`wrote bench/load/results.json${argv.includes('--no-report') ? '' : ' and bench/REPORT.md'} in ${Math.round((performance.now() - started) / 1000)} s`);
  } finally {
    await server.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => { console.error(e); process.exitCode = 1; });
}
