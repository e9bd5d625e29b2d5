#!/usr/bin/env node
// The smoke suite in three engines (issue 17): every scenario of
// scenarios.mjs in Chromium, Firefox and WebKit, against the built app
// served here on its own port.
//
//   node test/engines/run.mjs [--engines=chromium,firefox,webkit] [--dist=dist] [--port=4175] [--repeat=1]
//
// Firefox and WebKit draw WebGL only in a real window: without a DISPLAY the
// runner restarts itself under xvfb-run. With CI_REPORT set (or --report=FILE)
// it writes reports/engines.json, which scripts/ci-summary.mjs counts.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENGINES, missingFor, startDriver } from './drivers.mjs';
import { SCENARIOS } from './scenarios.mjs';
import { serveDist } from './server.mjs';

const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const engines = arg('engines', process.env.ENGINES ?? ENGINES.join(',')).split(',').filter(Boolean);
const dist = arg('dist', process.env.ENGINES_DIST ?? 'dist');
const port = Number(arg('port', process.env.ENGINES_PORT ?? 4175));
const repeat = Math.max(1, Number(arg('repeat', 1)));
const only = arg('grep', '');
const report = arg('report', process.env.CI_REPORT ? 'reports/engines.json' : '');
const SCENARIO_TIMEOUT_MS = 120_000;
const START_TIMEOUT_MS = 90_000;

for (const e of engines) if (!ENGINES.includes(e)) { console.error(`[engines] unknown engine "${e}" (known: ${ENGINES.join(', ')})`); process.exit(2); }

// A window needs a display: restart under a virtual one when there is none.
if (!process.env.DISPLAY && engines.some((e) => e !== 'chromium') && !process.env.ENGINES_UNDER_XVFB) {
  const xvfb = spawnSync('sh', ['-c', 'command -v xvfb-run'], { encoding: 'utf8' }).stdout.trim();
  if (!xvfb) { console.error('[engines] no DISPLAY and no xvfb-run: apt-get install xvfb'); process.exit(1); }
  const r = spawnSync(xvfb, ['-a', '-s', '-screen 0 1400x900x24', process.execPath, fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    { stdio: 'inherit', env: { ...process.env, ENGINES_UNDER_XVFB: '1' } });
  process.exit(r.status ?? 1);
}

const withTimeout = (promise, ms, what) => {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms); }),
  ]);
};

const shotsDir = 'reports/engines';
const results = [];
const versions = {};
const started = Date.now();
let server;
try {
  server = await serveDist(dist, port);
} catch (e) {
  console.error(`[engines] ${e.message}`);
  process.exit(1);
}
console.log(`[engines] serving ${dist} at ${server.origin}; engines: ${engines.join(', ')}`);

const scenarios = SCENARIOS.filter((s) => !only || s.name.includes(only));
for (let round = 1; round <= repeat; round++) {
  for (const engine of engines) {
    const record = (scenario, status, ms, error) => {
      results.push({ engine, scenario, status, ms, ...(error ? { error } : {}), ...(repeat > 1 ? { round } : {}) });
      const mark = status === 'passed' ? '✓' : '✘';
      console.log(`  ${mark} ${engine} › ${scenario} (${(ms / 1000).toFixed(1)} s)${error ? `\n      ${error.split('\n').join('\n      ')}` : ''}`);
    };
    const missing = missingFor(engine);
    if (missing) { for (const s of scenarios) record(s.name, 'failed', 0, `${engine} is not installed: ${missing}`); continue; }
    const t0 = Date.now();
    let driver;
    try {
      driver = await withTimeout(startDriver(engine), START_TIMEOUT_MS, `starting ${engine}`);
    } catch (e) {
      for (const s of scenarios) record(s.name, 'failed', Date.now() - t0, `${engine} did not start: ${e.message}`);
      continue;
    }
    versions[engine] = driver.version;
    console.log(`[engines] ${engine} ${driver.version} started in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    for (const s of scenarios) {
      const t = Date.now();
      const slug = s.name.replace(/\W+/g, '-').slice(0, 40);
      const saveShot = (label, png) => { fs.mkdirSync(shotsDir, { recursive: true }); fs.writeFileSync(path.join(shotsDir, `${engine}-${label}.png`), png); };
      try {
        await withTimeout(s.run(driver, server.origin, { saveShot }), SCENARIO_TIMEOUT_MS, `${engine} › ${s.name}`);
        record(s.name, 'passed', Date.now() - t);
      } catch (e) {
        try { saveShot(`failed-${slug}`, await withTimeout(driver.screenshot(), 15_000, 'screenshot')); } catch { /* the failure is what matters */ }
        record(s.name, 'failed', Date.now() - t, e.message);
      }
    }
    try { await withTimeout(driver.close(), 30_000, `closing ${engine}`); } catch (e) { console.log(`[engines] ${e.message}`); }
  }
}
await server.close();

const passed = results.filter((r) => r.status === 'passed').length;
const failed = results.length - passed;
const duration = Date.now() - started;
console.log(`[engines] ${passed} passed, ${failed} failed in ${(duration / 1000).toFixed(1)} s${failed ? `; screenshots of failures in ${shotsDir}/` : ''}`);
if (report) {
  fs.mkdirSync(path.dirname(report), { recursive: true });
  // `stats` in the shape scripts/ci-summary.mjs reads from Playwright's report.
  fs.writeFileSync(report, JSON.stringify({ kind: 'engines', versions, duration, stats: { expected: passed, unexpected: failed, skipped: 0, flaky: 0 }, tests: results }, null, 2));
}
process.exit(failed > 0 || results.length === 0 ? 1 : 0);
