import type { Plugin } from 'vite';
import { CACHE_DIR, subsetFonts } from './fonts/subsetFonts.mjs';

/**
 * Subsets Noto Sans to the app's glyphs before anything is bundled (issue 18,
 * scripts/fonts/subsetFonts.mjs) and lets the app import the result as
 * `noto-subset/fonts.css`: one woff2 per face, declared for the page and,
 * under the map's text-font names, for MapLibre's labels.
 */
export function fontPlugin(): Plugin {
  return {
    name: 'border-map-fonts',
    async config() {
      await subsetFonts(CACHE_DIR);
      return { resolve: { alias: [{ find: /^noto-subset\//, replacement: `${CACHE_DIR}/` }] } };
    },
  };
}
