import type { Bounds } from '../domain/eventBounds';
import { followCamera } from '../domain/cameraFollow';
import type { Geography } from '../domain/geography';
import { awayFromStory, contextFrame, inStoryRegion, nearBorder, openingFrame, pairBorderBounds, REGION_BOUNDS, toAspect, unionBounds } from '../domain/storyFraming';
import type { CountryPair } from '../domain/timeline';
import type { MapLike } from './mapLike';
import { dropPadding, NO_PADDING, type CameraPadding } from './padding';

// Camera moves of the map controller (split from mapController.ts, issue 17):
// framing the region, a border or a scene's bounds, and bringing events into
// view. Each starts from a camera without padding (padding.ts).

// The story region (both borders) is the domain's: the map's overlays judge what is far by it too.
export { REGION_BOUNDS };
/**
 * The default view (issue 13): the three focus provinces (Quảng Trị as merged
 * in 2025, Savannakhet, Salavan: 104.75–107.41° E, 15.29–18.07° N) and the
 * Vietnam–Laos border between them, with a margin for the Mekong at
 * Savannakhét and the coast, so the story takes more than a third of the
 * map's width on a desktop (about 40% at 1440×900, 37% at 1280×800). The Vietnam–China border
 * is in the inset map; REGION_BOUNDS frames both borders (the presentation).
 */
export const FOCUS_BOUNDS: [number, number, number, number] = [103.9, 14.95, 108.1, 18.4];
/**
 * The narrowest map the explorer opens on the focus provinces alone (issue 13: a third of a desktop
 * map's width). A narrower one (a phone's) opens on the whole story, where the focus is a fifth.
 */
export const FOCUS_MIN_WIDTH_PX = 720;
/** A view more than this many times the region (grown to its shape) has left the story: Play after Beijing is 2.7 times. */
export const AWAY_SHAPED_FACTOR = 2;
/** Camera moves that bring an event in last about a second (DESIGN.md). */
export const FOLLOW_MS = 1000;
/** A framed event never zooms closer than this: the 1:10m geography is generalised by 1–3 km. */
export const FRAME_MAX_ZOOM = 8;
/** Room kept around a framed border or a lone place's context, in CSS pixels. */
export const CONTEXT_PADDING_PX = 40;

/**
 * Room kept around an event the camera follows to (a selection, a step), in CSS pixels: its
 * symbol, spread on a border's ring when no place is named, stays whole inside the map (issue 13
 * review: a selected event with no place was cut at the map's top edge with 40 px).
 */
export const FOLLOW_ROOM_PX = 60;

/** The most of the map's height a card over its top may cover for frameOpening to frame the story below it (`coveredTop`). */
export const COVERED_TOP_MAX = 0.45;

/** Room kept around the opening frame, in CSS pixels: a spread symbol's half (with its badge) and the top's edge pills. */
export const OPENING_PADDING_PX = { top: 92, side: 36 } as const;

/*
 * The embed opens on the whole story too (issue 14, session 11 journalist review: its short-map
 * frame, the focus provinces with the events near them, left the Vietnam–China border and its
 * ring behind a "9 events north" pill at 680 × 560). A Datawrapper locator map shows the whole
 * story area: both borders, the far talks (Beijing) behind their pill.
 */

/** The map's credits line covers its bottom edge: framings keep this much more room there, in CSS pixels. */
export const CREDITS_ROOM_PX = 24;

/** A padding grown by `px` on each side (and the credits' room at the bottom), as long as the map keeps some room inside it. */
export function addPadding(p: CameraPadding, px: number, w: number, h: number): CameraPadding {
  const grown = { top: p.top + px, right: p.right + px, bottom: p.bottom + px + CREDITS_ROOM_PX, left: p.left + px };
  return grown.left + grown.right < w - 20 && grown.top + grown.bottom < h - 20 ? grown : p;
}

/**
 * Room for the names at a border's ends, in CSS px on each side (session 8 journalist review: at
 * 320 px the Vietnam–China frame cut "Móng Cái", whose name is drawn beside its point).
 */
export const END_LABEL_PX = 40;

/** A pair's padding with END_LABEL_PX more at the left and right, as long as half the width stays free. */
export function withEndLabels(p: CameraPadding, w: number): CameraPadding {
  const grown = { ...p, left: p.left + END_LABEL_PX, right: p.right + END_LABEL_PX };
  return grown.left + grown.right <= w / 2 ? grown : p;
}

/** The camera moves the map controller offers (mapController.ts mixes them in). */
export interface CameraMoves {
  /** Frames the whole region (both borders); `animate` is off by default. */
  fitRegion(options?: { padding?: CameraPadding; animate?: boolean }): void;
  /**
   * Brings these events' symbols into view when any is outside it (issue 13):
   * the decision is cameraFollow.ts's; nothing moves when they are in view.
   * Returns whether the camera moved. Jumps under reduced motion.
   * `chosen` (the reader's selection): the opening frame of the region, whatever the map's shape,
   * is on the story, so an event already in it stays where the reader saw it (session 15 review:
   * choosing the Vientiane meeting in the opening view zoomed to Quảng Trị with the star in a corner).
   * `all` (an edge pill: "22 events north"): every point comes in, zooming out as far as it takes,
   * never a pan at the same scale that leaves some beyond the edge (session 22 review).
   */
  follow(ids: readonly string[], options?: { animate?: boolean; padding?: CameraPadding; storyOnly?: boolean; chosen?: boolean; all?: boolean }): boolean;
  /**
   * Pans at the same zoom so that what is drawn at `from` (CSS px in the map) ends at `to`
   * (issue 14: the embed's card; a symbol spread on a border stands apart from the points
   * `follow` brings in, and may rest under the card). An ease of FOLLOW_MS, a jump under
   * reduced motion.
   */
  panPoint(from: { x: number; y: number }, to: { x: number; y: number }, options?: { animate?: boolean }): void;
  /**
   * Frames one border (country pair) with these events' points (issue 13
   * review: ticking "Vietnam–China" left its events out of view): a 1 s
   * ease, a jump under reduced motion.
   */
  framePair(pair: CountryPair, ids: readonly string[], options?: { padding?: CameraPadding; animate?: boolean }): void;
  /**
   * The opening frame (issue 13 review, reader3): the focus provinces with
   * these events' points in the story region (storyFraming's openingFrame),
   * clear of the map's edges (OPENING_PADDING_PX, the edge pills' row at the
   * top) and of `padding`. A jump: it is the first view (the embed's too, at every size).
   * `coveredTop`: CSS px of the map's top under a card (the embed's open legend, issue 14), whose
   * pills hide under it: the room at the top is FOLLOW_ROOM_PX below its edge, and the story is
   * framed whole (up to COVERED_TOP_MAX of the map's height; more is framed as if uncovered). `animate`: an ease
   * (the legend opened or closed), not a jump. `focus`: on a map at least FOCUS_MIN_WIDTH_PX wide, the
   * focus provinces alone (the explorer's two-scale opening, issue 13: the story a third of the map's
   * width; the inset and the edge pills carry the rest).
   */
  frameOpening(ids: readonly string[], options?: { padding?: CameraPadding; coveredTop?: number; animate?: boolean; focus?: boolean }): void;
  /** Whether any point of these events is on screen. */
  anyInView(ids: readonly string[]): boolean;
  /**
   * Moves the camera to show these bounds (west, south, east, north) inside
   * the padding, or the whole region for null (issue 6). `animate: false`
   * jumps (reduced motion); the zoom never passes FRAME_MAX_ZOOM, nor `maxZoom` when given
   * (a point event's context, issue 15).
   */
  frame(bounds: readonly [number, number, number, number] | null, options: { padding: CameraPadding; animate: boolean; durationMs?: number; maxZoom?: number }): void;
  /** Drops a padded camera's padding, keeping the picture (leaving a briefing; frame and fitRegion do it first). */
  clearPadding(): void;
  /**
   * Whether the camera was set explicitly (a link's view, a host page's
   * setView) and the reader has not acted since (`CameraMoveOptions.held`):
   * follow, framePair and frameOpening then leave it where it is.
   */
  cameraHeld(): boolean;
}

export interface CameraMoveOptions {
  /** Every move jumps instead of easing (prefers-reduced-motion). */
  reducedMotion?: boolean;
  /**
   * The one rule for an explicit camera (issue 17): while this says true (the
   * store's `cameraHeld`), no follow moves the camera. Default: never held.
   */
  held?: () => boolean;
  /**
   * The map is a locator map (the embed, whose mode never changes): a wide frame of the
   * story region counts as on the story for `follow` (see there). Default: the explorer's rule.
   */
  wideIsStory?: boolean;
}

/**
 * The camera moves on `map`; `pointsOf` gives every drawn point of events by
 * id (the controller's buffers).
 */
export function createCameraMoves(
  map: MapLike, geo: Pick<Geography, 'borders'>, pointsOf: (ids: readonly string[]) => Array<[number, number]>, options: CameraMoveOptions = {},
): CameraMoves {
  // The story's frames a lone place is shown with: the Vietnam–China border and the focus provinces.
  let frames: Bounds[] | null = null;
  const storyFrames = (): Bounds[] => (frames ??= [pairBorderBounds(geo.borders, 'VN-CN'), [...FOCUS_BOUNDS] as Bounds].filter((b): b is Bounds => b !== null));
  const held = () => options.held?.() === true;
  return {
    fitRegion(opts = {}) {
      dropPadding(map);
      map.fitBounds(REGION_BOUNDS, { padding: opts.padding ?? 16, animate: (opts.animate ?? false) && !options.reducedMotion });
    },
    follow(ids, opts = {}) {
      if (held()) return false;
      // `storyOnly` (Play): a point far beyond the story region (the Beijing talks) is not followed,
      // so Play never leaves the border region for it (session 9 reader review: the region shrank to
      // 100 px); its edge pill and callout name it, and choosing it still brings it in.
      const points = opts.storyOnly ? pointsOf(ids).filter((p) => inStoryRegion([p], REGION_BOUNDS)) : pointsOf(ids);
      if (points.length === 0) return false;
      dropPadding(map);
      const { clientWidth: w, clientHeight: h } = map.getContainer();
      if (!(w > 0 && h > 0)) return false;
      // The view the reader sees: less what covers the map's top (the caption card).
      const pad = opts.padding ?? NO_PADDING;
      const nw = map.unproject([pad.left, pad.top]), se = map.unproject([w - pad.right, h - pad.bottom]);
      if (!(pad.left + pad.right < w && pad.top + pad.bottom < h)) return false;
      const view: Bounds = [nw.lng, se.lat, se.lng, nw.lat];
      const animate = (opts.animate ?? true) && !options.reducedMotion;
      const timing = animate ? { duration: FOLLOW_MS, essential: false } : {};
      // Back to the story after an outlier (reader3: Play parked on Beijing through 2024).
      // `wideIsStory` (the embed, a locator map): the region as a map of this shape frames it (toAspect),
      // up to twice its size, is on the story (its opening frame of both borders is 1.5 times the
      // region's width at 320 px, with its room for the pills). The explorer's opening frame is wide too, but its
      // first step zooms in on the story, so its caption card has free map to sit on
      // (timeline-truth.spec: at 1280 × 800 the card hid the Vietnam–China ring otherwise).
      const shaped = options.wideIsStory === true || opts.chosen === true;
      const story = shaped ? toAspect(REGION_BOUNDS, (view[2] - view[0]) / (view[3] - view[1])) : REGION_BOUNDS;
      if (inStoryRegion(points, REGION_BOUNDS) && awayFromStory(view, story, shaped ? AWAY_SHAPED_FACTOR : undefined)) {
        const [ow, os, oe, on] = openingFrame([...FOCUS_BOUNDS], [...REGION_BOUNDS], points);
        map.fitBounds([[ow, os], [oe, on]], { padding: addPadding(pad, FOLLOW_ROOM_PX, w, h), maxZoom: FRAME_MAX_ZOOM, animate, ...timing });
        return true;
      }
      const move = followCamera(view, points, opts.all ? { maxZoomOut: Infinity } : {});
      if (move.kind === 'stay') return false;
      // One place: framed with the story border nearest to it, never closer than zoom 6 (storyFraming).
      const lone = points.every(([x, y]) => x === points[0]?.[0] && y === points[0]?.[1]);
      const frame = lone && points[0] ? contextFrame(points[0], storyFrames()) : null;
      const [bw, bs, be, bn] = frame ? frame.bounds : move.bounds;
      const fitPad = frame ? addPadding(pad, FOLLOW_ROOM_PX, w, h) : pad;
      map.fitBounds([[bw, bs], [be, bn]], { padding: fitPad, animate, ...(frame ? { maxZoom: frame.maxZoom } : {}), ...timing });
      return true;
    },
    panPoint(from, to, opts = {}) {
      const { clientWidth: w, clientHeight: h } = map.getContainer();
      if (!(w > 0 && h > 0) || ![from.x, from.y, to.x, to.y].every(Number.isFinite)) return;
      dropPadding(map);
      const c = map.unproject([w / 2 + (from.x - to.x), h / 2 + (from.y - to.y)]);
      if (!(Number.isFinite(c.lng) && Number.isFinite(c.lat))) return;
      const animate = (opts.animate ?? true) && !options.reducedMotion;
      if (animate) map.flyTo({ center: [c.lng, c.lat], duration: FOLLOW_MS, essential: false });
      else map.jumpTo({ center: [c.lng, c.lat] });
    },
    framePair(pair, ids, opts = {}) {
      if (held()) return;
      // The border with its nearby events (storyFraming's nearBorder says which).
      const border = pairBorderBounds(geo.borders, pair);
      const bounds = unionBounds([border], pointsOf(ids).filter((p) => nearBorder(p, border)));
      if (!bounds) return;
      dropPadding(map);
      const { clientWidth: w, clientHeight: h } = map.getContainer();
      const animate = (opts.animate ?? true) && !options.reducedMotion;
      map.fitBounds([[bounds[0], bounds[1]], [bounds[2], bounds[3]]], {
        padding: withEndLabels(addPadding(opts.padding ?? NO_PADDING, CONTEXT_PADDING_PX, w, h), w), maxZoom: FRAME_MAX_ZOOM, animate,
        ...(animate ? { duration: FOLLOW_MS, essential: false } : {}),
      });
    },
    frameOpening(ids, opts = {}) {
      if (held()) return;
      dropPadding(map);
      const { clientWidth: w, clientHeight: h } = map.getContainer();
      const p = opts.padding ?? NO_PADDING;
      // A card over more than COVERED_TOP_MAX of the map (the legend in a narrow frame) leaves too little to frame the story in: as without it.
      const covered = (opts.coveredTop ?? 0) <= h * COVERED_TOP_MAX ? opts.coveredTop ?? 0 : 0;
      const below = covered + FOLLOW_ROOM_PX > p.top + OPENING_PADDING_PX.top;
      const top = below ? covered + FOLLOW_ROOM_PX : p.top + OPENING_PADDING_PX.top;
      const room = { top, right: p.right + OPENING_PADDING_PX.side, bottom: p.bottom + OPENING_PADDING_PX.side + CREDITS_ROOM_PX, left: p.left + OPENING_PADDING_PX.side };
      const fits = room.left + room.right < w - 40 && room.top + room.bottom < h - 40;
      const bounds = opts.focus && w >= FOCUS_MIN_WIDTH_PX ? FOCUS_BOUNDS : openingFrame([...FOCUS_BOUNDS], [...REGION_BOUNDS], pointsOf(ids));
      const animate = opts.animate === true && !options.reducedMotion;
      map.fitBounds([[bounds[0], bounds[1]], [bounds[2], bounds[3]]], {
        padding: fits ? room : 16, maxZoom: FRAME_MAX_ZOOM, animate, ...(animate ? { duration: FOLLOW_MS, essential: false } : {}),
      });
    },
    anyInView(ids) {
      const { clientWidth: w, clientHeight: h } = map.getContainer();
      const nw = map.unproject([0, 0]), se = map.unproject([w, h]);
      return pointsOf(ids).some(([lon, lat]) => lon >= nw.lng && lon <= se.lng && lat >= se.lat && lat <= nw.lat);
    },
    frame(bounds, opts) {
      dropPadding(map);
      const target = bounds ?? REGION_BOUNDS;
      map.fitBounds([[target[0], target[1]], [target[2], target[3]]], {
        padding: opts.padding, maxZoom: Math.min(FRAME_MAX_ZOOM, opts.maxZoom ?? FRAME_MAX_ZOOM), animate: opts.animate,
        ...(opts.animate ? { duration: opts.durationMs ?? 1600, essential: false } : {}),
      });
    },
    clearPadding: () => dropPadding(map),
    cameraHeld: held,
  };
}
