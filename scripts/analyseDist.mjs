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

/**
 * The modules a reader's page load does not fetch: features fetched with
 * `import()` only when used. Named by their source path, as Vite's manifest
 * (`dist/.vite/manifest.json`, `build.manifest` in vite.config.ts) keys its
 * dynamic entries; a glob's `*` stands for one path segment's characters.
 * What a page load fetches is then read from the manifest's chunk graph:
 * the entry, what it imports, and every dynamic entry it imports but these
 * (and all languages but one), with their own imports. So a chunk shared
 * only by on-demand code (the slide layout, step framing) is on demand by
 * construction, with no name to keep in step, and a new `import()` counts
 * for every reader until it is named here: the budget can only get
 * stricter. A name that is no longer a dynamic entry of the build is an
 * error, never a silent no-op. test/e2e/page-weight.spec.ts checks in
 * Chromium that the explorer fetches exactly the files this reading finds.
 */
export const ON_DEMAND_MODULES = [
  'src/ui/present/Presentation.tsx', // the briefing mode (issue 6)
  'src/app/loadScript.ts', // briefing scripts, only with `script=`
  'src/ui/share/ShareDialog.tsx', // opened by the Share button
  'src/app/embed/startEmbed.ts', 'src/ui/embed/EmbedChrome.tsx', // only in an embed (issue 14): page-weight.spec.ts measures that load
  'src/app/embed/mirrorState.ts', // only in an embed whose host asked for `mirror`
  'src/i18n/problems/problemWords.*.ts', // the validator's problems in words, only when a notice lists problems
  'src/i18n/parts/present.*.ts', // present mode's words (issue 18), with present mode or the view's image
  'src/i18n/parts/share.*.ts', // the Share dialog's words (issue 18), with the dialog
  'src/ui/caption/StoryCaptionCard.tsx', // the story caption's card (issue 13), on the first Play or Next/Previous
  'src/ui/data/eventFiles.ts', // "Get the data" (issue 14): the CSV/JSON writer, on the first click
  'src/ui/present/export/exportHandout.ts', 'src/ui/present/export/recordVideo.ts', // present mode's handout and video (issue 15), on their buttons
];

/** The languages' modules (src/i18n/catalogues.ts): a reader downloads one. */
const LANGUAGE_MODULE = /^src\/i18n\/locales\/[a-z]{2,3}\.ts$/;

const globToRegExp = (glob) => new RegExp(`^${glob.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}$`);

/** Reads `dist/.vite/manifest.json`, which the budgets need. */
export function readManifest(dist) {
  const file = path.join(dist, '.vite', 'manifest.json');
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: the budgets read the chunk graph from Vite's manifest (build.manifest in vite.config.ts)`);
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/**
 * The files (scripts and stylesheets) a page load fetches, from the
 * manifest's graph: from the entries through static imports and the dynamic
 * entries that are not on demand, with `language` the one language module
 * followed.
 */
export function pageLoadFiles(manifest, language, onDemand = ON_DEMAND_MODULES) {
  const patterns = onDemand.map(globToRegExp);
  const isOnDemand = (key) => patterns.some((re) => re.test(key));
  const files = new Set();
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    const c = manifest[key];
    files.add(c.file);
    for (const css of c.css ?? []) files.add(css);
    for (const k of c.imports ?? []) visit(k);
    for (const k of c.dynamicImports ?? []) {
      if (isOnDemand(k) || (LANGUAGE_MODULE.test(k) && k !== language)) continue;
      visit(k);
    }
  };
  for (const [key, c] of Object.entries(manifest)) if (c.isEntry) visit(key);
  return files;
}

/** On-demand names that match no dynamic entry of the build (a renamed or removed module). */
export function staleOnDemand(manifest, onDemand = ON_DEMAND_MODULES) {
  const dynamicEntries = new Set(Object.values(manifest).flatMap((c) => c.dynamicImports ?? []));
  return onDemand.filter((name) => ![...dynamicEntries].some((k) => globToRegExp(name).test(k)));
}

/** The module name Vite gave a chunk: `assets/ShareDialog-BOp7uFO_.js` → `ShareDialog`. */
export const chunkName = (file) => path.basename(file).replace(/-[A-Za-z0-9_-]{6,}\.(?:m?js|css)$/, '').replace(/\.(?:m?js|css)$/, '');

const FINGERPRINTS = {
  // The UI library's chunk, named `react` whichever runs it: React's marks, or preact/compat's
  // (the app builds on Preact since issue 18, scripts/preactAliases.ts).
  react: ['react.transitional.element', 'https://react.dev/errors/', '__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED'],
  'maplibre-gl': ['maplibregl-canvas', 'maplibregl-boxzoom'],
  // The MP4 writer of the video export (issue 15), on demand: a package as it is, not ours to shrink.
  'mp4-muxer': ['StreamTarget requires an options object'],
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
 * Whose a file is: an app root with vendor fingerprints mixes the two, unless it is a package
 * imported on demand as it is (`import('mp4-muxer')`: Vite names the chunk after the package);
 * any other file with one vendor's is that vendor's.
 */
function kindOf(file, code, appRoot) {
  const vendors = vendorOf(code);
  if (appRoot && vendors.length === 1 && path.basename(file).startsWith(`${vendors[0]}-`)) return vendors[0];
  return appRoot ? (vendors.length ? 'mixed' : 'app') : vendors.length === 1 ? vendors[0] : vendors.length ? 'mixed' : 'app';
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
    const kind = kindOf(file, f.code, appRoots.has(file));
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
    ...readerPath(dist, chunks, [...appWorkers].map((file) => ({ file, ...read(file) })), sum, read),
    react: sum(chunks.filter((c) => c.kind === 'react')),
    maplibre: sum(chunks.filter((c) => c.vendors.includes('maplibre-gl'))),
    mapChunks: sum(chunks.filter((c) => c.lazy)),
    worker: sum(worker),
    appWorkers: sum([...appWorkers].map((file) => read(file))),
    embed,
  };
}

/**
 * What a reader downloads of the app's own code (see BUNDLE_BUDGETS): the
 * own files of a page load (pageLoadFiles) with the language whose load is
 * largest, and the events worker (a reader runs it; where a worker cannot
 * run, the same file is imported on the page). All own code: every own
 * script and stylesheet of the manifest, and the workers.
 */
function readerPath(dist, chunks, workers, sum, read) {
  const manifest = readManifest(dist);
  const kindByFile = new Map(chunks.map((c) => [c.file, c.kind]));
  const isOwn = (file) => /\.(?:m?js|css)$/.test(file) && ['app', 'mixed'].includes(kindByFile.get(file) ?? kindOf(file, read(file).code, false));
  const languages = Object.keys(manifest).filter((k) => LANGUAGE_MODULE.test(k));
  const loads = (languages.length ? languages : [null]).map((language) => {
    const files = [...pageLoadFiles(manifest, language)].filter(isOwn).map((file) => read(file));
    return { language, files, gz: files.reduce((s, f) => s + f.gz, 0) };
  });
  const largest = loads.reduce((a, l) => (a && a.gz >= l.gz ? a : l));
  // Every script and stylesheet of the build but what Vite emitted for a package as it is (maplibre-gl's worker).
  const allFiles = [...new Set(Object.entries(manifest).filter(([key]) => !key.startsWith('node_modules/')).flatMap(([, c]) => [c.file, ...(c.css ?? [])]))].filter(isOwn);
  const taken = new Set(largest.files.map((f) => f.file));
  return {
    reader: {
      ...sum([...largest.files, ...workers]),
      language: largest.language,
      /** ON_DEMAND_MODULES that name no dynamic entry of this build: check-budgets reports them as broken. */
      staleOnDemand: staleOnDemand(manifest),
      onDemand: allFiles.filter((f) => !taken.has(f) && !languages.some((k) => manifest[k].file === f)),
      languages: languages.map((k) => manifest[k].file),
      byLanguage: Object.fromEntries(loads.map((l) => [l.language?.replace(/^.*\/|\.ts$/g, '') ?? '', l.files.map((f) => f.file)])),
    },
    allOwn: sum([...allFiles.map((file) => read(file)), ...workers]),
  };
}
