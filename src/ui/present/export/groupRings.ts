import { EVENT_MARKER_PX, type MapHandle } from '../../../map';
import { groupRings, OVERLAY_MARKER_LIMIT, pairGroups } from '../../mapOverlays/overlayGroups';
/** The screen ring's look (app.css `.group-ring`), in CSS px: 1.5 px wide, dashes of 4 and gaps of 3. */
const RING = { width: 1.5, dash: [4, 3] as const, light: '#55514a', dark: '#c2bdb3' };

export interface FrameRing { x: number; y: number; r: number }

/**
 * The dashed group rings (reader8's DOM overlay round the symbols of events that name no place) as an
 * export's map picture shows them (issue 15 review: the slide, handout and video legends listed the ring
 * but their maps had none). The picture is the screen map scaled to cover `width`×`height` and cut to its
 * middle (createMap's snapshot and captureFrames), so a CSS px (x, y) lands at ((x − ox)·s, (y − oy)·s).
 * The same geometry as the overlay: pairGroups and groupRings of the map's visible points.
 */
export function ringsInFrame(handle: Pick<MapHandle, 'controller' | 'project' | 'size'> | null, width: number, height: number): { rings: FrameRing[]; scale: number } {
  const screen = handle?.size?.();
  if (!handle || !screen || screen.width <= 0 || screen.height <= 0) return { rings: [], scale: 1 };
  const s = Math.max(width / screen.width, height / screen.height);
  const ox = (screen.width - width / s) / 2;
  const oy = (screen.height - height / s) / 2;
  const points = handle.controller.visiblePoints((lon, lat) => handle.project(lon, lat), OVERLAY_MARKER_LIMIT) ?? [];
  const rings = groupRings(pairGroups(points), EVENT_MARKER_PX / 2)
    .map((g) => ({ x: (g.x - ox) * s, y: (g.y - oy) * s, r: g.r * s }))
    .filter((g) => g.x + g.r >= 0 && g.x - g.r <= width && g.y + g.r >= 0 && g.y - g.r <= height);
  return { rings, scale: s };
}

/** Strokes the rings on the map picture, dashed as on screen (the dark theme's lighter stroke where the page is dark). */
export function drawGroupRings(ctx: CanvasRenderingContext2D, frame: { rings: readonly FrameRing[]; scale: number }, dark = isDark()): void {
  if (!frame.rings.length) return;
  ctx.save();
  ctx.strokeStyle = dark ? RING.dark : RING.light;
  ctx.lineWidth = RING.width * frame.scale;
  ctx.setLineDash(RING.dash.map((d) => d * frame.scale));
  for (const g of frame.rings) {
    ctx.beginPath();
    ctx.arc(g.x, g.y, g.r, 0, Math.PI * 2);
    ctx.stroke();
  }
  ctx.restore();
}

/** Draws the map's group rings on a map picture of the export's size (the canvas the snapshot returned). */
export function withGroupRings(handle: Pick<MapHandle, 'controller' | 'project' | 'size'> | null, picture: HTMLCanvasElement): HTMLCanvasElement {
  const ctx = picture.getContext('2d');
  if (ctx) drawGroupRings(ctx, ringsInFrame(handle, picture.width, picture.height));
  return picture;
}

function isDark(): boolean {
  return typeof document !== 'undefined' && document.documentElement.dataset.theme === 'dark';
}
