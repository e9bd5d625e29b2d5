#!/usr/bin/env node
/**
 * Writes a `.br` (brotli, quality 11) and a `.gz` (gzip -9) sibling next to
 * every text asset of a build, for static hosts that serve precompressed
 * files (issue 18; README, "Deploying and embedding"):
 *
 *   node scripts/precompress.mjs [DIR]     # DIR defaults to dist/
 *
 * `npm run build` runs it. Text assets are HTML, JS, CSS, JSON, GeoJSON,
 * SVG, CSV and text files; fonts (woff2 is brotli already) and images are
 * left alone, and so is a file too small to gain (under 512 bytes) or one
 * its compressed form would not make smaller. Stale siblings of a file are
 * rewritten; siblings whose file is gone are removed.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const TEXT_ASSET = /\.(?:html|m?js|css|json|geojson|svg|csv|txt|xml|webmanifest)$/;
export const MIN_BYTES = 512;

// Asynchronous: node runs them on its thread pool, so the files are compressed on every core at once.
const brotli = (buf) => promisify(zlib.brotliCompress)(buf, {
  params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length, [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT },
});
const gzip = (buf) => promisify(zlib.gzip)(buf, { level: 9 });

function* filesOf(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) yield* filesOf(full);
    else if (e.isFile()) yield full;
  }
}

/** Compresses every text asset under `dir`; resolves to one row per file with its sizes. */
export async function precompress(dir) {
  const jobs = [];
  for (const file of [...filesOf(dir)]) {
    if (/\.(?:br|gz)$/.test(file)) {
      // A sibling left from an earlier build whose file is gone.
      if (!fs.existsSync(file.replace(/\.(?:br|gz)$/, ''))) fs.rmSync(file);
      continue;
    }
    if (!TEXT_ASSET.test(file)) continue;
    jobs.push((async () => {
      const raw = fs.readFileSync(file);
      const row = { file: path.relative(dir, file), bytes: raw.length, br: null, gz: null };
      for (const [ext, compress] of [['br', brotli], ['gz', gzip]]) {
        const sibling = `${file}.${ext}`;
        const packed = raw.length >= MIN_BYTES ? await compress(raw) : null;
        if (packed && packed.length < raw.length) {
          fs.writeFileSync(sibling, packed);
          row[ext] = packed.length;
        } else if (fs.existsSync(sibling)) {
          fs.rmSync(sibling);
        }
      }
      return row;
    })());
  }
  return Promise.all(jobs);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = path.resolve(process.argv[2] ?? 'dist');
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    console.error(`precompress: ${dir} has no index.html (build first)`);
    process.exit(1);
  }
  const t0 = performance.now();
  const rows = await precompress(dir);
  const sum = (k) => rows.reduce((s, r) => s + (r[k] ?? r.bytes), 0);
  const kb = (b) => `${(b / 1024).toFixed(0)} kB`;
  console.log(`precompressed ${rows.filter((r) => r.br).length} of ${rows.length} text assets in ${path.relative(process.cwd(), dir) || '.'}: ${kb(sum('bytes'))} raw, ${kb(sum('br'))} brotli, ${kb(sum('gz'))} gzip (${Math.round(performance.now() - t0)} ms)`);
}
