import { defineConfig, mergeConfig, type Plugin } from 'vite';
import baseConfig from './vite.config.ts';

/**
 * The single-file build (issue 6): `npm run build:single` runs this config
 * through scripts/build-single.mjs, which then folds the output into one
 * `dist-single/index.html` that works opened from disk with no network.
 * It is the normal build with four differences, so the two cannot drift:
 *
 * - one script: dynamic imports are inlined (`codeSplitting: false`), because
 *   a page opened from file:// may not fetch its own chunks;
 * - every asset (the Noto Sans woff2 files, in the CSS and in the map
 *   style's `font-faces`) becomes a data: URL;
 * - the data files travel in the bundle: src/app/singleFile.ts, put before
 *   main.tsx, answers the app's requests for them from memory;
 * - maplibre-gl's worker is bundled as text and handed to maplibre as a
 *   blob: URL (from a file:// page, maplibre itself turns it into the
 *   data: URL worker it needs there).
 */
const MAPLIBRE_WORKER_URL = 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
const INLINE_WORKER_URL = '\0single-file:maplibre-worker-url';
const MAIN_SCRIPT = '<script type="module" src="./src/app/main.tsx"></script>';

function singleFile(): Plugin {
  return {
    name: 'border-map-single-file',
    enforce: 'pre',
    resolveId(id) {
      return id === MAPLIBRE_WORKER_URL ? INLINE_WORKER_URL : null;
    },
    load(id) {
      if (id !== INLINE_WORKER_URL) return null;
      return [
        `import source from 'maplibre-gl/dist/maplibre-gl-worker.mjs?raw';`,
        `export default URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));`,
      ].join('\n');
    },
    transform(code, id) {
      // Every browser with WebGL 2 reads woff2: the woff fallbacks of
      // @fontsource's CSS would only add their weight to the file.
      if (!/[\\/]@fontsource[\\/][^?]*\.css$/.test(id)) return null;
      return code.replace(/,\s*url\([^)]*\.woff\)\s*format\(['"]woff['"]\)/g, '');
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!html.includes(MAIN_SCRIPT)) throw new Error(`single-file build: index.html no longer has ${MAIN_SCRIPT}`);
        return html.replace(MAIN_SCRIPT, `<script type="module" src="./src/app/singleFile.ts"></script>\n    ${MAIN_SCRIPT}`);
      },
    },
  };
}

export default mergeConfig(baseConfig, defineConfig({
  plugins: [singleFile()],
  build: {
    outDir: 'dist-single',
    assetsInlineLimit: () => true,
    cssCodeSplit: false,
    modulePreload: false,
    rolldownOptions: { output: { codeSplitting: false } },
  },
}));
