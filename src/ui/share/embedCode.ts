/** The frame's height before (or without) the loader script: most of a laptop screen, room for map and timeline. */
export const DEFAULT_EMBED_HEIGHT = 600;

/** The size of the fallback images `npm run build` renders (scripts/render-fallbacks.mjs, issue 14). */
export const FALLBACK_WIDTH = 1200;
export const FALLBACK_HEIGHT = 675;
/**
 * The embed's own fallback images (issue 14, session 8: a 16:9 picture of the explorer did not fit
 * an embed's frame): the embed as a 680 px article column and a 320 px phone column see it, 560 px
 * tall, drawn at twice the size (`fallback/<lang>-680.png`, `fallback/<lang>-320.png`).
 */
export const FRAME_FALLBACKS = [{ width: 320, height: 560 }, { width: 680, height: 560 }] as const;
export const FRAME_FALLBACK_SCALE = 2;

/** The still image that stands in for the map where the frame cannot run (issue 14). */
export interface FallbackImage {
  /** Absolute URL of the PNG (see fallbackImageUrl). */
  src: string;
  /** What the image shows, in the snippet's language. */
  alt: string;
  /** The embed's own images by CSS width (FRAME_FALLBACKS): the `<noscript>` image picks one. */
  frames?: { 320: string; 680: string };
}

/** Escapes a value for a double-quoted HTML attribute. */
const attr = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Escapes text between tags. */
const text = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Where the build put the fallback image of a language: `fallback/<lang>.png`
 * next to the app (`base` is the app's address, e.g. document.baseURI). An
 * unknown language falls back to French, the app's default.
 */
export function fallbackImageUrl(base: string, lang: string): string {
  const known = ['fr', 'en', 'vi'].includes(lang) ? lang : 'fr';
  return new URL(`fallback/${known}.png`, base).href;
}

/** Where the build put the embed's own fallback images of a language (FRAME_FALLBACKS), next to the app. */
export function frameFallbackUrls(base: string, lang: string): { 320: string; 680: string } {
  const known = ['fr', 'en', 'vi'].includes(lang) ? lang : 'fr';
  return { 320: new URL(`fallback/${known}-320.png`, base).href, 680: new URL(`fallback/${known}-680.png`, base).href };
}

/** The `<noscript>` image: the embed's own pictures by the column's width when there are, else the 16:9 one. */
function noscriptImage(fallback: FallbackImage): string {
  if (!fallback.frames) {
    return `<img src="${attr(fallback.src)}" alt="${attr(fallback.alt)}" width="${FALLBACK_WIDTH}" height="${FALLBACK_HEIGHT}" style="width:100%;height:auto">`;
  }
  const [narrow, wide] = FRAME_FALLBACKS;
  const srcset = FRAME_FALLBACKS.map((f) => `${fallback.frames![f.width]} ${f.width * FRAME_FALLBACK_SCALE}w`).join(', ');
  return `<img src="${attr(fallback.frames[wide.width])}" srcset="${attr(srcset)}"`
    + ` sizes="(max-width: ${narrow.width + 160}px) 100vw, ${wide.width}px" alt="${attr(fallback.alt)}"`
    + ` width="${wide.width}" height="${wide.height}" style="width:100%;max-width:${wide.width}px;height:auto">`;
}

/**
 * The snippet a newsroom pastes into its page (issue 5): the iframe, with a
 * title for screen readers, lazy loading, fullscreen allowed (and the
 * clipboard, for the Share dialog inside the embed), full width and a
 * sensible default height; then the loader that resizes it (public/embed.js).
 * With a `fallback` (issue 14), a `<noscript>` image of the map follows the
 * frame, for newsletters, RSS readers and pages without scripts; it is in
 * `<noscript>`, so a page that runs the frame never downloads it: the embed's own pictures
 * (680 and 320 px wide, 2x) chosen by `srcset`/`sizes` when `fallback.frames` names them.
 * Shown as text, never inserted as HTML.
 */
export function embedCode({ src, loader, title, height = DEFAULT_EMBED_HEIGHT, fallback }: {
  src: string; loader: string; title: string; height?: number; fallback?: FallbackImage;
}): string {
  return `<iframe src="${attr(src)}" title="${attr(title)}" loading="lazy" allow="fullscreen; clipboard-write"`
    + ` style="width:100%;border:0" height="${Math.round(height)}"></iframe>`
    + (fallback ? `<noscript>${noscriptImage(fallback)}</noscript>` : '')
    + `<script src="${attr(loader)}" async></script>`;
}

/**
 * The same map for an AMP page (issue 14): AMP allows no script of ours, so
 * the frame is an `amp-iframe`, resized by AMP itself from the `embed-size`
 * messages the embed already posts. It keeps the fallback image's 16:9 shape
 * (`layout="responsive"`) until AMP lets it take its own height; AMP refuses a
 * resize while the frame is in view, and shows the `overflow` button instead.
 * The image is the `placeholder` AMP shows while the frame loads. The sandbox
 * lets the map run, open the full map in a new tab and download its data.
 * AMP requires an https `src` on another origin than the AMP page.
 */
export function ampEmbedCode({ src, title, fallback, overflowLabel }: {
  src: string; title: string; fallback: FallbackImage; overflowLabel: string;
}): string {
  return `<amp-iframe src="${attr(src)}" title="${attr(title)}" width="${FALLBACK_WIDTH}" height="${FALLBACK_HEIGHT}" layout="responsive"`
    + ' sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads"'
    + ' allowfullscreen frameborder="0" resizable>'
    + `<amp-img placeholder layout="fill" src="${attr(fallback.src)}" alt="${attr(fallback.alt)}"></amp-img>`
    + `<div overflow tabindex="0" role="button" aria-label="${attr(overflowLabel)}">${text(overflowLabel)}</div>`
    + '</amp-iframe>';
}
