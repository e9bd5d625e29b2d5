/** The frame's height before (or without) the loader script: most of a laptop screen, room for map and timeline. */
export const DEFAULT_EMBED_HEIGHT = 600;

/** Escapes a value for a double-quoted HTML attribute. */
const attr = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The snippet a newsroom pastes into its page (issue 5): the iframe, with a
 * title for screen readers, lazy loading, fullscreen allowed (and the
 * clipboard, for the Share dialog inside the embed), full width and a
 * sensible default height; then the loader that resizes it (public/embed.js).
 * Shown as text, never inserted as HTML.
 */
export function embedCode({ src, loader, title, height = DEFAULT_EMBED_HEIGHT }: { src: string; loader: string; title: string; height?: number }): string {
  return `<iframe src="${attr(src)}" title="${attr(title)}" loading="lazy" allow="fullscreen; clipboard-write" allowfullscreen`
    + ` style="width:100%;border:0" height="${Math.round(height)}"></iframe>`
    + `<script src="${attr(loader)}" async></script>`;
}
