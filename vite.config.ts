import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { dataPlugin } from './scripts/viteDataPlugin.ts';
import { fontPlugin } from './scripts/viteFontPlugin.ts';
import { PREACT_ALIASES } from './scripts/preactAliases.ts';

const dataDir = fileURLToPath(new URL('./data', import.meta.url));

/**
 * maplibre-gl.css without the rules of what the app never creates (issue 18:
 * 65 of its 70 kB were unused): popups, markers, the logo, the compass,
 * geolocate, fullscreen, terrain and globe buttons, the attribution button
 * (src/map/creditsControl.ts is the app's own). The map, its canvas, the
 * control corners, the zoom buttons, the scale, the cooperative-gesture
 * screen and box zoom keep theirs. A rule goes only if every one of its
 * selectors names such a class.
 */
const UNUSED_MAPLIBRE_CSS = /maplibregl-(?:popup|marker|user-location|ctrl-logo|ctrl-compass|ctrl-geolocate|ctrl-fullscreen|ctrl-shrink|ctrl-terrain|ctrl-globe|ctrl-attrib-button|ctrl-attrib-inner|compact|pseudo-fullscreen)|mapboxgl-/;
const trimMaplibreCss = {
  postcssPlugin: 'border-map-trim-maplibre-css',
  Once(root: { source?: { input?: { file?: string } }; walkRules: (cb: (rule: { selectors: string[]; remove: () => void }) => void) => void; walkAtRules: (cb: (at: { nodes?: unknown[]; remove: () => void }) => void) => void }) {
    if (!/maplibre-gl[\\/]dist[\\/]maplibre-gl\.css$/.test(root.source?.input?.file ?? '')) return;
    root.walkRules((rule) => { if (rule.selectors.every((sel) => UNUSED_MAPLIBRE_CSS.test(sel))) rule.remove(); });
    root.walkAtRules((at) => { if (at.nodes && at.nodes.length === 0) at.remove(); });
  },
};

/**
 * date-fns locales as the app uses them: src/i18n/formatDate.ts reads only
 * `localize` (month names, ordinals, French's "1er"); the rest of each locale
 * (`match`, the parser's tables; `formatDistance`, `formatRelative`,
 * `formatLong`) is dropped from the build, 1.3-1.6 kB gzip per language
 * (issue 18). The tests run the full locales; if a dropped part is still
 * named after the cut, the build fails here rather than at run time.
 */
const UNUSED_LOCALE_PARTS = ['formatDistance', 'formatLong', 'formatRelative', 'match'];
const trimDateLocales = {
  name: 'border-map-trim-date-locales',
  enforce: 'pre' as const,
  transform(code: string, id: string) {
    if (!/[\\/]date-fns[\\/]locale[\\/][\w-]+\.js$/.test(id)) return null;
    let out = code;
    for (const part of UNUSED_LOCALE_PARTS) {
      out = out.replace(new RegExp(`^import \\{ ${part} \\} from "[^"]+";\\n`, 'm'), '').replace(new RegExp(`^\\s*${part}: ${part},\\n`, 'm'), '');
    }
    const left = UNUSED_LOCALE_PARTS.filter((part) => new RegExp(`\\b${part}\\b`).test(out));
    if (left.length || !/\blocalize: localize\b/.test(out)) throw new Error(`${id}: cannot trim the date-fns locale (${left.join(', ') || 'no localize'}); see trimDateLocales in vite.config.ts`);
    return { code: out, map: null };
  },
};

// `base: './'` makes every asset URL relative, so `dist/` works from any
// path on any static host (issue 5).
export default defineConfig({
  base: './',
  // JSX through plugin-react's transform, without its fast refresh (React's own runtime; the app
  // runs on Preact, see scripts/preactAliases.ts): the dev server reloads the page instead.
  plugins: [react({ refreshExclude: /./ }), dataPlugin(dataDir), fontPlugin(), trimDateLocales],
  resolve: { alias: PREACT_ALIASES },
  css: { postcss: { plugins: [trimMaplibreCss] } },
  build: {
    target: 'es2022',
    sourcemap: false,
    // dist/.vite/manifest.json: the chunk graph scripts/analyseDist.mjs reads for the budgets (issue 18).
    manifest: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // Vendors in chunks of their own, so the app's own code can be measured
        // against its budget (issue 8) and cached apart from the libraries.
        codeSplitting: {
          groups: [
            { name: 'preact', test: /node_modules[\\/]preact[\\/]/ },
            { name: 'maplibre-gl', test: /node_modules[\\/]maplibre-gl[\\/]/ },
          ],
        },
      },
    },
  },
  // The events worker as an ES module whose exports are kept: its main-thread
  // stand-in imports the same file for its parser, so the validator ships once
  // (issue 8, see src/data/parseEvents.worker.ts). Vite bundles workers with
  // `preserveEntrySignatures: false`, which drops an entry's exports.
  worker: {
    format: 'es',
    plugins: () => [{
      name: 'border-map-keep-worker-exports',
      options: (options) => ({ ...options, preserveEntrySignatures: 'exports-only' as const }),
    }],
  },
  server: { host: '127.0.0.1' },
});
