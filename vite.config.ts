import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { dataPlugin } from './scripts/viteDataPlugin.ts';
import { fontPlugin } from './scripts/viteFontPlugin.ts';

const dataDir = fileURLToPath(new URL('./data', import.meta.url));

// `base: './'` makes every asset URL relative, so `dist/` works from any
// path on any static host (issue 5).
export default defineConfig({
  base: './',
  plugins: [react(), dataPlugin(dataDir), fontPlugin()],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // Vendors in chunks of their own, so the app's own code can be measured
        // against its budget (issue 8) and cached apart from the libraries.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](?:react|react-dom|scheduler)[\\/]/ },
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
