import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * Serves the committed `data/` files the app fetches at run time (geography,
 * events) in dev, and copies them to `dist/data/` in a build. They are
 * fetched rather than bundled so the app's code stays small (issue 8) and a
 * newsroom can swap the events file without rebuilding. The geography the
 * app fetches is the packed `*.topo.json` (issue 18, data/SOURCES.md); the
 * GeoJSON it is packed from ships too, as data for readers.
 */
export function dataPlugin(dataDir: string): Plugin {
  const shipped = (name: string) => /\.(geojson|json|csv)$/.test(name);
  const contentType = (name: string) => (name.endsWith('.csv') ? 'text/csv; charset=utf-8' : name.endsWith('.geojson') ? 'application/geo+json' : 'application/json');
  return {
    name: 'border-map-data',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0] ?? '';
        const m = /^\/data\/([\w.-]+)$/.exec(url);
        const file = m?.[1];
        if (!file || !shipped(file)) return next();
        const full = path.join(dataDir, file);
        if (!fs.existsSync(full)) return next();
        res.setHeader('Content-Type', contentType(file));
        res.end(fs.readFileSync(full));
      });
    },
    generateBundle() {
      for (const file of fs.readdirSync(dataDir).filter(shipped).sort()) {
        this.emitFile({ type: 'asset', fileName: `data/${file}`, source: fs.readFileSync(path.join(dataDir, file)) });
      }
    },
  };
}
