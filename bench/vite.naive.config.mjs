// Builds the naive-baseline page (bench/naive/) into bench/tmp/naive/, for
// bench/run.mjs only. Separate from the app's vite.config.ts on purpose: the
// app build never sees bench code.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { fontPlugin } from '../scripts/viteFontPlugin.ts';

export default defineConfig({
  root: fileURLToPath(new URL('./naive', import.meta.url)),
  base: './',
  logLevel: 'warn',
  // The app's subset fonts (`noto-subset/fonts.css`), as the app's own build has them.
  plugins: [fontPlugin()],
  build: {
    outDir: fileURLToPath(new URL('./tmp/naive', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 5000,
  },
});
