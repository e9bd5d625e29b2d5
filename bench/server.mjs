/**
 * A tiny static server on 127.0.0.1 for the benchmark: the built app at `/`,
 * the generated events at `/bench-data/`, the naive-baseline page at
 * `/bench-naive/`, all on one origin (the app only loads `?data=` files from
 * its own origin). No network beyond loopback.
 *
 * It sends COOP/COEP so the page is cross-origin isolated: Chromium then
 * gives performance.now() 5 µs resolution instead of 100 µs, which a
 * 0.1 ms timeline step needs. Everything served is same-origin, so the app
 * runs unchanged.
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

/** Content types by extension: shared with bench/load/server.mjs. */
export const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.geojson': 'application/geo+json', '.csv': 'text/csv; charset=utf-8', '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf', '.png': 'image/png', '.jpg': 'image/jpeg', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
};

/**
 * The file a request's URL names under the longest matching mount (`sorted`: [[urlPrefix, dir], …],
 * longest first), a directory's index.html; or the status to answer instead (404, or 403 outside the mount).
 */
export function mountedFile(sorted, url) {
  const pathname = decodeURIComponent(new URL(url ?? '/', 'http://x').pathname);
  const mount = sorted.find(([prefix]) => pathname.startsWith(prefix));
  if (!mount) return { status: 404 };
  const [prefix, dir] = mount;
  let file = path.resolve(dir, `.${path.posix.normalize(`/${pathname.slice(prefix.length)}`)}`);
  if (!file.startsWith(path.resolve(dir))) return { status: 403 };
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  return fs.existsSync(file) ? { file } : { status: 404 };
}

/** mounts: [[urlPrefix, dir], …], longest prefix first. Resolves to { url, close }. */
export function serve(mounts) {
  const sorted = [...mounts].sort((a, b) => b[0].length - a[0].length);
  const server = http.createServer((req, res) => {
    const { file, status } = mountedFile(sorted, req.url);
    if (!file) { res.writeHead(status).end(); return; }
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Content-Length': fs.statSync(file).size,
      'Cache-Control': 'no-store',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
    });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}
