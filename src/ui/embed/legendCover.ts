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
