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

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.geojson': 'application/geo+json', '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf', '.png': 'image/png', '.ico': 'image/x-icon',
};

/** mounts: [[urlPrefix, dir], …], longest prefix first. Resolves to { url, close }. */
export function serve(mounts) {
  const sorted = [...mounts].sort((a, b) => b[0].length - a[0].length);
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const mount = sorted.find(([prefix]) => pathname.startsWith(prefix));
    if (!mount) { res.writeHead(404).end(); return; }
    const [prefix, dir] = mount;
    let file = path.resolve(dir, `.${path.posix.normalize(`/${pathname.slice(prefix.length)}`)}`);
    if (!file.startsWith(path.resolve(dir))) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) { res.writeHead(404).end(); return; }
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
