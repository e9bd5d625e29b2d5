// Serves a built app (dist/) on its own port for the engine suite, plus the
// test-only host page of an article holding two embeds, at /__test/host.html
// (from test/e2e/fixtures: nothing test-only ships in dist/).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.geojson': 'application/geo+json', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.woff': 'font/woff', '.woff2': 'font/woff2', '.webmanifest': 'application/manifest+json', '.txt': 'text/plain; charset=utf-8',
};
export const HOST_PAGE = '/__test/host.html';

/** Starts the server; resolves with { origin, close() }. Fails clearly when dist/ was not built or the port is taken. */
export function serveDist(distDir, port, { hostFixture = 'test/e2e/fixtures/host-two-embeds.html' } = {}) {
  const root = path.resolve(distDir);
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    return Promise.reject(new Error(`${distDir}/index.html not found: build the app first (npm run build)`));
  }
  const server = http.createServer((req, res) => {
    let pathname;
    try { pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname); } catch { res.writeHead(400).end(); return; }
    let file;
    if (pathname === HOST_PAGE) file = path.resolve(hostFixture);
    else {
      file = path.resolve(root, `.${pathname}`);
      if (file !== root && !file.startsWith(root + path.sep)) { res.writeHead(403).end(); return; }
      if (pathname.endsWith('/')) file = path.join(file, 'index.html');
    }
    fs.readFile(file, (err, body) => {
      if (err) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', (e) => reject(new Error(`cannot serve ${distDir} on port ${port}: ${e.message}`)));
    server.listen(port, '127.0.0.1', () => resolve({
      origin: `http://127.0.0.1:${port}`,
      close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }),
    }));
  });
}
