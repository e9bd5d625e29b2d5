// Boxes the map's labels must keep out of (session 8 reviews, all three users): the event
// symbols drawn by the custom GPU layer, the group rings round symbols with no place, the
// map's edges and its furniture (zoom, scale bar, credits). MapLibre's label collision knows
// nothing of those, so each is fed to it as an invisible icon in a symbol layer placed before
// every label layer (`icon-allow-overlap` so it always stands, `icon-ignore-placement: false`
// so it takes its room): a label under one takes another of its anchors, or is not drawn.
import type { FeatureCollection, Point } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import { spreadPx } from '../domain/markerSpread';

export const KEEPOUT_SYMBOLS_SOURCE = 'keepout-symbols';
export const KEEPOUT_FRAME_SOURCE = 'keepout-frame';
export const KEEPOUT_LAYERS = ['keepout-symbols', 'keepout-frame'] as const;
/** Beyond this many drawn symbols no symbol keeps labels out (a record of thousands: the boxes would cost more than they give). */
export const KEEPOUT_SYMBOL_LIMIT = 400;

/** Room round a drawn symbol its neighbours' labels keep, in CSS px (its outline and a hair). */
export const SYMBOL_MARGIN_PX = 3;
/** Room between a group's outermost symbol and its dashed ring (overlayGroups.ts's GROUP_RING_GAP). */
export const RING_GAP_PX = 5;
/** How far inside the map's edges labels keep, in CSS px. */
export const EDGE_MARGIN_PX = 4;
/** How far the edge boxes reach beyond the edges: MapLibre places labels up to 100 px past them. */
const EDGE_OUTSIDE_PX = 120;
/** Keepout images are drawn in cells of this many CSS px (a transparent image costs w×h/16 pixels). */
const CELL = 4;

export interface KeepoutProps { image: string; offset: [number, number] }
export interface ScreenBox { x: number; y: number; w: number; h: number }

/** The transparent image a w×h px box is drawn with (sizes rounded up to whole cells). */
export function keepoutImageId(w: number, h: number): string {
  const r = (v: number) => Math.max(1, Math.ceil(v / CELL)) * CELL;
  return `keepout-${r(w)}x${r(h)}`;
}

/** The size of a keepout image from its id, or null for any other image. */
export function keepoutImageSize(id: string): { w: number; h: number } | null {
  const m = /^keepout-(\d{1,4})x(\d{1,4})$/.exec(id);
  if (!m) return null;
  const w = Number(m[1]), h = Number(m[2]);
  return w > 0 && h > 0 && w % CELL === 0 && h % CELL === 0 ? { w, h } : null;
}

/** The image itself: fully transparent, CELL px to an image pixel. */
export function keepoutImage(size: { w: number; h: number }): { image: { width: number; height: number; data: Uint8Array }; pixelRatio: number } {
  const width = size.w / CELL, height = size.h / CELL;
  return { image: { width, height, data: new Uint8Array(width * height * 4) }, pixelRatio: 1 / CELL };
}

/** The drawn symbols, as the GPU draws them (markerSpread): a point, its spread offset in spacing units. */
export interface DrawnSymbol {
  lon: number;
  lat: number;
  /** Spread offset in spacing units (eventBuffers' data[2..3]). */
  ox: number;
  oy: number;
  /** The border's id where the symbol stands for want of a named place (drawn in a group ring), else null. */
  ringAnchor: string | null;
}

/**
 * One box per drawn symbol, at its spread position (offset in px from its point), and one box
 * per group ring round the symbols with no place (the ring's square). `sizePx`: the symbols' size.
 */
export function symbolKeepouts(symbols: readonly DrawnSymbol[], sizePx: number): FeatureCollection<Point, KeepoutProps> {
  const side = sizePx + 2 * SYMBOL_MARGIN_PX;
  const features: FeatureCollection<Point, KeepoutProps>['features'] = [];
  const rings = new Map<string, { lon: number; lat: number; reach: number }>();
  const seen = new Set<string>();
  for (const s of symbols) {
    const [dx, dy] = spreadPx([s.ox, s.oy], sizePx);
    const key = `${s.lon},${s.lat},${dx},${dy}`;
    if (s.ringAnchor) {
      const ring = rings.get(s.ringAnchor) ?? { lon: s.lon, lat: s.lat, reach: 0 };
      ring.reach = Math.max(ring.reach, Math.hypot(dx, dy));
      rings.set(s.ringAnchor, ring);
    }
    if (seen.has(key)) continue;
    seen.add(key);
    features.push({ type: 'Feature', properties: { image: keepoutImageId(side, side), offset: [Math.round(dx), Math.round(dy)] }, geometry: { type: 'Point', coordinates: [s.lon, s.lat] } });
  }
  for (const ring of rings.values()) {
    // The ring's radius as overlayGroups.ts's groupRings draws it, and its dashed line's width.
    const r = Math.round(ring.reach + sizePx / 2 + RING_GAP_PX) + 2;
    features.push({ type: 'Feature', properties: { image: keepoutImageId(2 * r, 2 * r), offset: [0, 0] }, geometry: { type: 'Point', coordinates: [ring.lon, ring.lat] } });
  }
  return { type: 'FeatureCollection', features };
}

/**
 * Boxes along the four edges of a width×height map (from EDGE_MARGIN_PX inside to well outside)
 * and over each piece of furniture, each at the map point under its centre (`unproject`).
 * Rebuilt when the camera stops or the map is resized.
 */
export function frameKeepouts(
  width: number, height: number, furniture: readonly ScreenBox[],
  unproject: (x: number, y: number) => { lng: number; lat: number },
): FeatureCollection<Point, KeepoutProps> {
  const o = EDGE_OUTSIDE_PX, m = EDGE_MARGIN_PX;
  const boxes: ScreenBox[] = [
    { x: -o, y: -o, w: width + 2 * o, h: o + m },
    { x: -o, y: height - m, w: width + 2 * o, h: o + m },
    { x: -o, y: -o, w: o + m, h: height + 2 * o },
    { x: width - m, y: -o, w: o + m, h: height + 2 * o },
    ...furniture.filter((b) => b.w > 0 && b.h > 0).map((b) => ({ x: b.x - m, y: b.y - m, w: b.w + 2 * m, h: b.h + 2 * m })),
  ];
  return {
    type: 'FeatureCollection',
    features: boxes.map((b) => {
      // The image is centred on its point: the point is the box's centre, rounded to whole cells.
      const id = keepoutImageId(b.w, b.h);
      const size = keepoutImageSize(id) ?? { w: b.w, h: b.h };
      const at = unproject(b.x + size.w / 2, b.y + size.h / 2);
      return { type: 'Feature', properties: { image: id, offset: [0, 0] }, geometry: { type: 'Point', coordinates: [at.lng, at.lat] } };
    }),
  };
}

/**
 * Below this zoom the symbols' boxes keep no label out: zoomed out to the Beijing framing or the
 * minimum zoom, the 26 symbols cover Laos and Vietnam, and the country names matter more than a
 * clear symbol (land-beyond.spec: LAOS and VIETNAM went unnamed). The edges and controls still do.
 */
export const KEEPOUT_SYMBOLS_MIN_ZOOM = 4;

/** The keepout layers: last in the style, so MapLibre places them before every label. */
export function keepoutLayers(): LayerSpecification[] {
  return KEEPOUT_LAYERS.map((id): LayerSpecification => ({
    id, type: 'symbol', source: id === 'keepout-symbols' ? KEEPOUT_SYMBOLS_SOURCE : KEEPOUT_FRAME_SOURCE,
    ...(id === 'keepout-symbols' ? { minzoom: KEEPOUT_SYMBOLS_MIN_ZOOM } : {}),
    layout: {
      'icon-image': ['get', 'image'],
      // A symbol's spread offset in px (icon-size stays 1).
      'icon-offset': ['array', 'number', 2, ['get', 'offset']],
      'icon-allow-overlap': true,
      'icon-ignore-placement': false,
      'icon-padding': 0,
    },
  }));
}
