/**
 * How far down the map the embed's open legend reaches, in CSS px from the map's top; 0 when it
 * is closed or absent (issue 14 journalist review: open at 680 × 560, it hid the story's north,
 * the "5 events" ring and the top of the "13 events" one). The camera frames the story below it.
 * Its own small module: the first frame (src/app/connectMap.ts, the main chunk) reads it too.
 */
export function openLegendCover(root: ParentNode): number {
  const legend = root.querySelector('.legend-map > .legend-body:not([hidden])')?.parentElement;
  const map = legend?.closest('.map-area');
  return legend && map ? Math.max(0, Math.round(legend.getBoundingClientRect().bottom - map.getBoundingClientRect().top)) : 0;
}

/**
 * Room the embed's opening frame keeps at the map's top beyond the pills' row, in CSS px: in a
 * frame 560 px wide or less the north pill sits under the Legend button (embed.css), 54 px lower,
 * where it covered the Vietnam–China ring and the "13 events" count (issue 14, session 11 review).
 */
export function openingTopRoom(): { top: number; right: number; bottom: number; left: number } {
  const narrow = typeof window.matchMedia === 'function' && window.matchMedia('(max-width: 560px)').matches;
  return { top: narrow ? 36 : 0, right: 0, bottom: 0, left: 0 };
}
