import { FONT_BOLD, FONT_ITALIC, FONT_REGULAR } from './layers';

/**
 * The map draws its labels with the page's own Noto Sans (issue 18): the
 * style declares no `font-faces`, so MapLibre draws each text-font name as
 * a CSS family, and the page's CSS (the build's `noto-subset/fonts.css`,
 * scripts/fonts/subsetFonts.mjs) declares those names on the same woff2
 * files as its own "Noto Sans". Each file is downloaded once, by the page;
 * `font-faces` made MapLibre fetch every file a second time.
 */
export const MAP_FONT_FAMILIES = [FONT_REGULAR, FONT_BOLD, FONT_ITALIC] as const;

/**
 * The map's font families that no @font-face of the page declares: MapLibre
 * would draw those labels in a system font. `faces` is `document.fonts`.
 */
export function undeclaredMapFonts(faces: Iterable<{ family: string }>): string[] {
  const declared = new Set([...faces].map((f) => f.family.replace(/^["']|["']$/g, '')));
  return MAP_FONT_FAMILIES.filter((family) => !declared.has(family));
}
