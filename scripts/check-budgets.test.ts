// @vitest-environment node
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUNDLE_BUDGETS, FIRST_LOAD_BROTLI_KB, FONTS_KB, GEO_BUDGETS_KB, HANDOUT_FONTS_KB, ON_DEMAND_MODULES } from './check-budgets.mjs';

const SCRIPT = path.resolve(__dirname, 'check-budgets.mjs');
const REACT = 'var x="react.transitional.element";';
const MAPLIBRE = 'var y="maplibregl-canvas";';
const dirs: string[] = [];

/** A fake build: index.html loading assets/index.js, plus the given files (`keys`: their source paths in the manifest). */
function dist(files: Record<string, string>, keys: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budgets-'));
  dirs.push(dir);
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><script type="module" crossorigin src="./assets/index.js"></script><link rel="stylesheet" href="./assets/index.css">');
  fs.writeFileSync(path.join(dir, 'assets/index.css'), 'h1{color:red}');
  // A font (a build without one is a broken budget of its own, issue 18).
  fs.writeFileSync(path.join(dir, 'assets/face.woff2'), 'x'.repeat(1024));
  // The geography every build carries (a missing file is a broken budget of its own).
  fs.mkdirSync(path.join(dir, 'data'));
  for (const name of Object.keys(GEO_BUDGETS_KB)) {
    fs.writeFileSync(path.join(dir, 'data', name), '{"type":"FeatureCollection","features":[]}');
  }
  for (const [name, body] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), body);
  writeManifest(dir, files, keys);
  return dir;
}

/**
 * Vite's manifest of a fake build (issue 18: the budgets read the chunk graph from it): one
 * entry per script, keyed by `keys[file]` (a source path) or `_<name>`, with the imports and
 * `import()`s its text names; the on-demand modules the real build has, as small dynamic
 * entries of index.html (unless `omit` names them).
 */
function writeManifest(dir: string, files: Record<string, string>, keys: Record<string, string>, omit: string[] = []) {
  const all: Record<string, string> = { 'assets/index.js': '', ...files };
  // The fake maplibre-gl worker is, as in a real build, a package's file emitted as it is.
  const keyOf = (file: string) => (file === 'assets/index.js' ? 'index.html' : file === 'assets/worker.mjs' ? 'node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs' : keys[file] ?? `_${path.basename(file)}`);
  const manifest: Record<string, { file: string; isEntry?: boolean; isDynamicEntry?: boolean; imports?: string[]; dynamicImports?: string[] }> = {};
  const given = new Set(Object.keys(files).map(keyOf));
  const onDemand = ON_DEMAND_MODULES.filter((m) => !omit.includes(m)).map((m, i) => ({ key: m.replace('*', 'vi'), file: `assets/onDemand${i}.js` }))
    .filter((o) => !given.has(o.key));
  for (const [file, body] of Object.entries(all).filter(([f]) => /^assets\/.*\.m?js$/.test(f))) {
    const refs = (re: RegExp) => [...body.matchAll(re)].map((m) => keyOf(path.join('assets', m[1] ?? '')));
    manifest[keyOf(file)] = {
      file, ...(file === 'assets/index.js' ? { isEntry: true } : {}),
      imports: refs(/(?:from|import)\s*"\.\/([^"]+\.js)"/g),
      dynamicImports: [...refs(/import\("\.\/([^"]+\.js)"\)/g), ...(file === 'assets/index.js' ? onDemand.map((o) => o.key) : [])],
    };
  }
  for (const o of onDemand) {
    manifest[o.key] = { file: o.file, isDynamicEntry: true };
    fs.writeFileSync(path.join(dir, o.file), 'export{}');
  }
  fs.mkdirSync(path.join(dir, '.vite'), { recursive: true });
  fs.writeFileSync(path.join(dir, '.vite', 'manifest.json'), JSON.stringify(manifest));
}

function run(...args: string[]): { code: number; out: string } {
  try {
    return { code: 0, out: execFileSync(process.execPath, [SCRIPT, '--no-timing', ...args], { encoding: 'utf8', stdio: 'pipe' }) };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, out: err.stdout + err.stderr };
  }
}

/** Incompressible text: `kb` kilobytes of it stay about that size gzipped. */
const noise = (kb: number) => `var n="${crypto.randomBytes(kb * 768).toString('base64')}";`;

// A split build: React and maplibre-gl in their own chunks, the map lazy.
const split = {
  'assets/index.js': 'import{a}from"./react.js";const m=()=>import("./createMap.js");console.log("app")',
  'assets/react.js': `${REACT}export const a=1;`,
  'assets/createMap.js': 'import{b}from"./maplibre.js";const w="assets/worker.mjs";export const c=b;',
  'assets/maplibre.js': `${MAPLIBRE}export const b=2;`,
  'assets/worker.mjs': 'if(typeof WorkerGlobalScope<"u")self.onmessage=()=>{};',
};

afterEach(() => { for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true }); });

describe('check-budgets', () => {
  it('passes a split build whose own code is small, and says the embed loader is absent', () => {
    const r = run('--dist', dist(split));
    expect(r.out).toMatch(/^ok app own code .*: 0\.\d+ kB/m);
    expect(r.out).toMatch(/^skip embed loader, gzip: absent/m);
    expect(r.out).toMatch(/^ok first paint without maplibre-gl/m);
    expect(r.code).toBe(0);
  });

  it('counts what a reader downloads: not on-demand features nor other languages, but any other lazy chunk', () => {
    const withLazy = (extra: Record<string, string>, imports: string) => dist({
      ...split, ...extra,
      'assets/index.js': `import{a}from"./react.js";const m=()=>import("./createMap.js");${imports}console.log("app")`,
    }, {
      'assets/Presentation-AbCdEf12.js': 'src/ui/present/Presentation.tsx',
      'assets/en-AbCdEf12.js': 'src/i18n/locales/en.ts', 'assets/fr-AbCdEf12.js': 'src/i18n/locales/fr.ts', 'assets/vi-AbCdEf12.js': 'src/i18n/locales/vi.ts',
      'assets/Slideshow-AbCdEf12.js': 'src/ui/Slideshow.tsx',
      'assets/problemWords.vi-AbCdEf12.js': 'src/i18n/problems/problemWords.vi.ts',
      'assets/problemWordsExtra-AbCdEf12.js': 'src/i18n/problems/problemWordsExtra.ts',
      'assets/shared-AbCdEf12.js': '_shared-AbCdEf12.js',
    });
    // (noise(n) gzips to about 0.75 n kB.) A presentation of 0.75 x the whole-code budget and three 15 kB languages:
    // the reader gets one language, not the presentation.
    const onDemand = run('--dist', withLazy({
      'assets/Presentation-AbCdEf12.js': noise(BUNDLE_BUDGETS.allOwnCodeKb), 'assets/en-AbCdEf12.js': noise(20), 'assets/fr-AbCdEf12.js': noise(20), 'assets/vi-AbCdEf12.js': noise(20),
    }, 'const p=()=>import("./Presentation-AbCdEf12.js");const l=(c)=>[()=>import("./en-AbCdEf12.js"),()=>import("./fr-AbCdEf12.js"),()=>import("./vi-AbCdEf12.js")];'));
    expect(onDemand.out).toMatch(/^ok app own code an explorer page load downloads .*: 1\d\.\d+ kB/m);
    expect(onDemand.out).toMatch(/on demand, not counted: Presentation/m);
    // All of it still counts in the total, which has its own budget.
    expect(onDemand.out).toMatch(new RegExp(`^BROKEN all app own code .*: 1\\d\\d\\.\\d+ kB \\(limit < ${BUNDLE_BUDGETS.allOwnCodeKb} kB\\)`, 'm'));
    expect(onDemand.code).toBe(1);
    // A lazy chunk of another name counts for every reader.
    const unlisted = run('--dist', withLazy({ 'assets/Slideshow-AbCdEf12.js': noise(130) }, 'const p=()=>import("./Slideshow-AbCdEf12.js");'));
    expect(unlisted.out).toMatch(/^BROKEN app own code an explorer page load downloads .*: 9\d\.\d+ kB/m);
    // Problem messages per language (problemWords.<lang>) are on demand by their prefix; a look-alike is not.
    const words = run('--dist', withLazy({ 'assets/problemWords.vi-AbCdEf12.js': noise(130) }, 'const w=()=>import("./problemWords.vi-AbCdEf12.js");'));
    expect(words.out).toMatch(/^ok app own code an explorer page load downloads .*on demand, not counted: problemWords\.vi/m);
    const lookAlike = run('--dist', withLazy({ 'assets/problemWordsExtra-AbCdEf12.js': noise(130) }, 'const w=()=>import("./problemWordsExtra-AbCdEf12.js");'));
    expect(lookAlike.out).toMatch(/^BROKEN app own code an explorer page load downloads .*: 9\d\.\d+ kB/m);
    // A chunk only on-demand code imports is on demand too, read from the manifest's graph; once
    // the page's own code imports it, it counts.
    const shared = { 'assets/Presentation-AbCdEf12.js': 'import"./shared-AbCdEf12.js";', 'assets/shared-AbCdEf12.js': noise(130) };
    const onlyOnDemand = run('--dist', withLazy(shared, 'const p=()=>import("./Presentation-AbCdEf12.js");'));
    expect(onlyOnDemand.out).toMatch(/^ok app own code an explorer page load downloads .*: 0\.\d+ kB/m);
    const alsoOnPage = run('--dist', withLazy(shared, 'import"./shared-AbCdEf12.js";const p=()=>import("./Presentation-AbCdEf12.js");'));
    expect(alsoOnPage.out).toMatch(/^BROKEN app own code an explorer page load downloads .*: 9\d\.\d+ kB/m);
  });

  it('says so when an on-demand module is no longer a dynamic entry of the build, and needs the manifest', () => {
    const dir = dist(split);
    writeManifest(dir, split, {}, ['src/ui/share/ShareDialog.tsx']);
    const stale = run('--dist', dir);
    expect(stale.out).toMatch(/^BROKEN on-demand modules .*not in the manifest: src\/ui\/share\/ShareDialog\.tsx/m);
    expect(stale.code).toBe(1);
    fs.rmSync(path.join(dir, '.vite'), { recursive: true });
    const none = run('--dist', dir);
    expect(none.out).toMatch(/manifest\.json is missing/);
    expect(none.code).not.toBe(0);
  });

  it('counts a chunk mixing React and app code whole, and says so', () => {
    const small = run('--dist', dist({ ...split, 'assets/index.js': `${REACT}const m=()=>import("./createMap.js");` }));
    expect(small.out).toMatch(/^ok app own code .*cannot separate vendor code: assets\/index\.js \(react\)/m);
    const big = run('--dist', dist({ ...split, 'assets/index.js': `${REACT}${noise(130)}const m=()=>import("./createMap.js");` }));
    expect(big.out).toMatch(/^BROKEN app own code .*cannot separate vendor code: assets\/index\.js \(react\)/m);
    expect(big.code).toBe(1);
  });

  it('takes a package imported on demand as it is (its chunk named after it) for the vendor, not for mixed app code', () => {
    const MUXER = 'var e=Error(`StreamTarget requires an options object to be passed to its constructor.`);';
    const withMuxer = (name: string) => run('--dist', dist({ ...split,
      'assets/index.js': `import{a}from"./react.js";const m=()=>import("./createMap.js");const v=()=>import("./${name}");`,
      [`assets/${name}`]: `${MUXER}export{}`,
    }));
    expect(withMuxer('mp4-muxer-Dr1YKMeg.js').out).not.toMatch(/cannot separate vendor code/);
    // Our own chunk that inlined the package is still counted whole, and said to be.
    expect(withMuxer('recordVideo-Dr1YKMeg.js').out).toMatch(/cannot separate vendor code: assets\/recordVideo-Dr1YKMeg\.js \(mp4-muxer\)/);
  });

  it('fails when the app’s own code is over its budget gzipped', () => {
    const r = run('--dist', dist({ ...split, 'assets/createMap.js': `import{b}from"./maplibre.js";${noise(Math.ceil(BUNDLE_BUDGETS.ownCodeKb * 1.5))}` }));
    expect(r.out).toMatch(new RegExp(`^BROKEN app own code .*: \\d+\\.\\d+ kB \\(limit < ${BUNDLE_BUDGETS.ownCodeKb} kB\\)`, 'm'));
    expect(r.code).toBe(1);
  });

  it('fails when the first paint imports maplibre-gl statically', () => {
    const r = run('--dist', dist({ ...split, 'assets/index.js': 'import{b}from"./maplibre.js";import{a}from"./react.js";' }));
    expect(r.out).toMatch(/^BROKEN first paint without maplibre-gl: maplibre-gl in first-paint code/m);
    expect(r.code).toBe(1);
  });

  it('checks the embed loader with what it imports', () => {
    expect(run('--dist', dist({ ...split, 'embed.js': 'addEventListener("message",()=>{});' })).out).toMatch(/^ok embed loader, gzip: 0\.\d+ kB/m);
    const big = run('--dist', dist({ ...split, 'embed.js': 'import"./assets/big.js";', 'assets/big.js': noise(2) }));
    expect(big.out).toMatch(/^BROKEN embed loader, gzip: [12]\.\d+ kB \(limit < 1 kB\)/m);
    expect(big.code).toBe(1);
  });

  it('finds the app’s own worker and counts it: every reader runs it', () => {
    const withWorker = (kb: number) => dist({ ...split, 'assets/index.js': `${split['assets/index.js']};new Worker(new URL(new URL("parse.worker.js",import.meta.url).href,""+import.meta.url),{type:"module"})`, 'assets/parse.worker.js': noise(kb) });
    expect(run('--dist', withWorker(1)).out).toMatch(/^ok app own code an explorer page load downloads .*: 1\.\d+ kB .*events worker/m);
    expect(run('--dist', withWorker(130)).out).toMatch(/^BROKEN app own code an explorer page load downloads .*: 9\d\.\d+ kB/m);
    // As Vite writes a worker whose URL is also imported (the events parser's main-thread fallback).
    const byName = (kb: number) => dist({ ...split, 'assets/index.js': `${split['assets/index.js']};var Pt=new URL(\`parse.worker.js\`,import.meta.url).href,Ft=()=>new Worker(Pt,{type:\`module\`}),It=()=>import(Pt);`, 'assets/parse.worker.js': noise(kb) });
    expect(run('--dist', byName(130)).out).toMatch(/^BROKEN app own code an explorer page load downloads .*: 9\d\.\d+ kB/m);
    expect(run('--dist', byName(1)).out).toMatch(/^ok app own code an explorer page load downloads .*: 1\.\d+ kB/m);
  });

  it('sums the explorer\'s first load brotli: code, fonts its CSS declares, data but briefings; fails over budget (issue 18)', () => {
    const over = Math.ceil((FIRST_LOAD_BROTLI_KB + 5) / 0.74); // base64 noise: 6 bits a character survive brotli
    const ok = run('--dist', dist({ ...split, 'assets/index.css': '@font-face{src:url(./f.woff2)}', 'assets/f.woff2': 'x'.repeat(3000), 'data/briefing.big.json': noise(over) }));
    expect(ok.out).toMatch(/^ok first load of the explorer, brotli: \d+\.\d+ kB .*fonts 2\.93 kB/m);
    expect(ok.code).toBe(0);
    const broken = run('--dist', dist({ ...split, 'data/events.json': noise(over) }));
    expect(broken.out).toMatch(new RegExp(`^BROKEN first load of the explorer, brotli: \\d+\\.\\d+ kB \\(limit <= ${FIRST_LOAD_BROTLI_KB} kB\\)`, 'm'));
    expect(broken.code).toBe(1);
  });

  it('holds the fonts together to their budget, and a build without fonts is broken too (issue 18)', () => {
    const ok = run('--dist', dist({ ...split, 'assets/a.woff2': 'x'.repeat(20_000), 'assets/b.woff2': 'x'.repeat(10_000) }));
    expect(ok.out).toMatch(/^ok fonts, all faces together: 30\.3 kB/m);
    const over = run('--dist', dist({ ...split, 'assets/a.woff2': 'x'.repeat(FONTS_KB * 1024 + 100) }));
    expect(over.out).toMatch(/^BROKEN fonts, all faces together/m);
    expect(over.code).toBe(1);
    const none = dist(split);
    fs.rmSync(path.join(none, 'assets/face.woff2'));
    expect(run('--dist', none).out).toMatch(/^BROKEN fonts, all faces together: no font in the build/m);
  });

  it('counts the handout\'s TrueType files on their own line, not with the page\'s fonts (issue 15)', () => {
    const ok = run('--dist', dist({ ...split, 'assets/a.woff2': 'x'.repeat(20_000), 'assets/h.ttf': 'x'.repeat(30_000) }));
    expect(ok.out).toMatch(/^ok fonts, all faces together: 20\.\d+ kB/m);
    expect(ok.out).toMatch(/^ok handout fonts \(TrueType, on demand\): 29\.3 kB/m);
    const over = run('--dist', dist({ ...split, 'assets/h.ttf': 'x'.repeat(HANDOUT_FONTS_KB * 1024 + 100) }));
    expect(over.out).toMatch(/^BROKEN handout fonts/m);
    expect(over.code).toBe(1);
  });

  it('takes a file\'s .br sibling when the build has one (what a static host sends)', () => {
    const r = run('--dist', dist({ ...split, 'data/events.json': noise(Math.ceil((FIRST_LOAD_BROTLI_KB + 5) / 0.74)), 'data/events.json.br': 'tiny' }));
    expect(r.out).toMatch(/^ok first load of the explorer, brotli/m);
    expect(r.code).toBe(0);
  });

  it('fails loudly without a build', () => {
    const r = run('--dist', path.join(os.tmpdir(), 'no-such-build-dir'));
    expect(r.out).toMatch(/^BROKEN no build/m);
    expect(r.code).toBe(1);
  });
});

/** A bench:load results file (bench/load/run.mjs) with these explorer medians. */
const lighthouseResults = (lcpMs: number, tbtMs: number, mobile: number, desktop: number) => ({
  machine: { date: '2026-12-05' },
  summary: {
    'explorer/mobile': { lcpMs: { median: lcpMs }, tbtMs: { median: tbtMs }, performance: { median: mobile } },
    'explorer/desktop': { performance: { median: desktop } },
    'timelinejs/mobile': { lcpMs: { median: 2700 }, tbtMs: { median: 800 }, performance: { median: 69 } },
  },
});

describe('check-budgets timing', () => {
  const results = (step: number, drawn: number, ratio: number, repaint = 30) => ({
    machine: { date: '2026-11-23' },
    sizes: {
      '100k': {
        app: { stepMs: { median: step }, onScreenMs: { drawn: { median: drawn } }, scrub: { ratio, repaintFrameMs: { mean: repaint }, catchUpMs: { median: drawn } } },
        naive: { onScreenMs: { drawn: { median: 1000 } }, scrub: { catchUpMs: { median: 1000 } } },
      },
    },
    // The growing record's loads (bench/loadBudgets.mjs), within their budgets.
    load: {
      '10k': { eventsFile: { loaded: 500 }, marks: { timelineUsable: 2000 }, longTasks: { all: [{ start: 600, ms: 120 }] } },
      '100k': { eventsFile: { loaded: 1500 }, marks: { timelineUsable: 5000 }, longTasks: { all: [{ start: 1600, ms: 180 }] } },
    },
  });
  /** Runs the script with a results file holding `body` (a string is written as is), or none. */
  const runTiming = (body: object | string | null, lighthouse: object | string | null = lighthouseResults(2000, 1500, 75, 95)) => {
    const dir = dist(split);
    const file = path.join(dir, 'results.json');
    const lhFile = path.join(dir, 'lighthouse.json');
    if (body !== null) fs.writeFileSync(file, typeof body === 'string' ? body : JSON.stringify(body));
    if (lighthouse !== null) fs.writeFileSync(lhFile, typeof lighthouse === 'string' ? lighthouse : JSON.stringify(lighthouse));
    try {
      return { code: 0, out: execFileSync(process.execPath, [SCRIPT, '--dist', dir, '--results', file, '--lighthouse', lhFile], { encoding: 'utf8', stdio: 'pipe' }) };
    } catch (e) {
      const err = e as { status: number; stdout: string; stderr: string };
      return { code: err.status, out: err.stdout + err.stderr };
    }
  };

  it('passes results within every budget, and names the results file and its date', () => {
    const r = runTiming(results(0.1, 80, 1.1));
    expect(r.out).not.toMatch(/BROKEN/);
    expect(r.out).toMatch(/^ok step to drawn at 100k .*: 2\.67 frames \(80 ms; a plain repaint frame 30 ms\)/m);
    expect(r.out).toMatch(/results\.json of 2026-11-23/);
    expect(r.code).toBe(0);
  });

  it('reports each broken timing budget with measured and limit', () => {
    const r = runTiming(results(5, 600, 2));
    expect(r.out).toMatch(/^BROKEN timeline step at 100k, main thread, median: 5 ms \(limit < 4 ms\)/m);
    expect(r.out).toMatch(/^BROKEN step to drawn at 100k .*: 20 frames \(600 ms; a plain repaint frame 30 ms\) \(limit <= 3 frames/m);
    expect(r.out).toMatch(/^BROKEN scrub frame \/ plain repaint at 100k: 2x \(limit <= 1.5x\)/m);
    expect(r.out).toMatch(/^BROKEN step to drawn vs naive at 100k: 600 vs 1000 ms/m);
    expect(r.code).toBe(1);
  });

  it('states the on-screen budget against a plain repaint of the same run: the same step passes on a slow renderer', () => {
    expect(runTiming(results(0.1, 120, 1.1, 30)).out).toMatch(/^BROKEN step to drawn/m);
    expect(runTiming(results(0.1, 120, 1.1, 400)).out).toMatch(/^ok step to drawn at 100k .*: 0\.3 frames/m);
  });

  it.each<[string, object | string | null, RegExp]>([
    ['missing', null, /^BROKEN timing results: .*results\.json: missing/m],
    ['not JSON', '{"sizes": {', /^BROKEN timing results: .*results\.json: not valid JSON/m],
    ['not an object', '[1, 2]', /^BROKEN timing results: .*not a JSON object/m],
    ['without 100k', { machine: {}, sizes: { '1k': {} } }, /^BROKEN timing results: no usable figure at sizes\.100k\.app\.stepMs\.median, /m],
    ['with a figure that is not a number', (() => { const r = results(0.1, 80, 1.1); (r.sizes['100k'].app.scrub as { ratio: unknown }).ratio = 'fast'; return r; })(), /^BROKEN timing results: no usable figure at sizes\.100k\.app\.scrub\.ratio \(/m],
  ])('fails loudly when the results file is %s', (_name, body, line) => {
    const r = runTiming(body);
    expect(r.out).toMatch(line);
    expect(r.code).toBe(1);
  });

  it('checks issue 18\'s Lighthouse budgets from the bench:load results, beside TimelineJS', () => {
    const ok = runTiming(results(0.1, 80, 1.1), lighthouseResults(2400, 1900, 70, 90));
    expect(ok.out).toMatch(/^ok Lighthouse mobile, explorer: largest contentful paint \(median\): 2\.40 s \(limit <= 2\.50 s\) \[brotli-served; TimelineJS 2\.70 s in the same run; [^\]]*lighthouse\.json of 2026-12-05\]/m);
    expect(ok.code).toBe(0);
    const broken = runTiming(results(0.1, 80, 1.1), lighthouseResults(3000, 19000, 51, 59));
    for (const line of ['largest contentful paint', 'total blocking time', 'performance']) expect(broken.out).toMatch(new RegExp(`^BROKEN Lighthouse mobile, explorer: ${line}`, 'm'));
    expect(broken.out).toMatch(/^BROKEN Lighthouse desktop, explorer: performance \(median\): 59 \(limit >= 90\)/m);
    expect(broken.code).toBe(1);
  });

  it('fails loudly without usable Lighthouse results', () => {
    expect(runTiming(results(0.1, 80, 1.1), null).out).toMatch(/^BROKEN Lighthouse results: .*lighthouse\.json: missing/m);
    expect(runTiming(results(0.1, 80, 1.1), { summary: {} }).out).toMatch(/^BROKEN Lighthouse results: no usable figure: lcp, tbt, mobile, desktop/m);
  });

  it('still checks the bundle when the results are unusable', () => {
    const r = runTiming(null);
    expect(r.out).toMatch(/^ok app own code/m);
  });
});
