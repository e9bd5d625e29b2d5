/**
 * A small static server on 127.0.0.1 that sends what a static host with
 * precompressed files sends (issue 18): a file's `.br` sibling with
 * `Content-Encoding: br` when the browser accepts brotli (compressed here,
 * once, when a build has none), the file itself otherwise; fonts and images
 * as they are. Hashed assets are cacheable for a year, the rest revalidated.
 *
 *   node bench/load/server.mjs DIR [PORT]     # serve one folder by hand
 *
 * bench/load/run.mjs mounts the app's build and the TimelineJS page on one
 * origin. No network beyond loopback.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { mountedFile, TYPES } from '../server.mjs';

const COMPRESSIBLE = /\.(?:html|m?js|css|json|geojson|csv|svg|txt)$/;

/** mounts: [[urlPrefix, dir], …]. Resolves to { url, port, close, sent } (sent: bytes on the wire, by path). */
export function serve(mounts, port = 0) {
  const sorted = [...mounts].sort((a, b) => b[0].length - a[0].length);
  const cache = new Map();
  const brotliOf = (file) => {
    if (fs.existsSync(`${file}.br`)) return fs.readFileSync(`${file}.br`);
    if (!cache.has(file)) cache.set(file, zlib.brotliCompressSync(fs.readFileSync(file), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
    return cache.get(file);
  };
  const server = http.createServer((req, res) => {
    const { file, status } = mountedFile(sorted, req.url);
    if (!file) { res.writeHead(status).end(); return; }
    const ext = path.extname(file);
    const headers = {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': /-[\w-]{8}\.\w+$/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
      Vary: 'Accept-Encoding',
    };
    const brotli = COMPRESSIBLE.test(file) && /\bbr\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = brotli ? brotliOf(file) : fs.readFileSync(file);
    if (brotli) headers['Content-Encoding'] = 'br';
    headers['Content-Length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: p } = server.address();
      resolve({ url: `http://127.0.0.1:${p}`, port: p, close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }) });
    });
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = path.resolve(process.argv[2] ?? 'dist');
  const { url } = await serve([['/', dir]], Number(process.argv[3] ?? 0));
  console.log(`serving ${dir} with brotli at ${url}/`);
}
