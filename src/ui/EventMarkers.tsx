import { useEffect, useRef, useState } from 'react';
import { shallow } from 'zustand/shallow';
import { useViewer, useViewerStoreApi } from './StoreContext';
import { useT } from './useT';
import { useMap } from './MapHandleContext';
import { formatDateText } from '../i18n/formatDate';
import type { VisiblePoint } from '../map';
import { EVENT_MARKER_PX } from '../map';
import { chipSpots, chipWidth, groupRings, OVERLAY_MARKER_LIMIT, offscreenGroups, pairGroups, type Box } from './mapOverlays/overlayGroups';
import { PairBadge } from './mapOverlays/PairBadge';
import { OffscreenArrows } from './mapOverlays/OffscreenArrows';
import { useKeepSelectedClear } from './explorer/useKeepSelectedClear';
import { projectBounds } from './caption/captionPlace';
import { OPENING_REACH_DEG, REGION_BOUNDS } from '../domain/storyFraming';
import { boxesMeet } from '../domain/boxes';

/** The strip the north pill (44 px tall) may take along the map's top, from `top` down. */
const northStrip = (top: number, width: number): Box => ({ x: 0, y: top, w: width, h: 44 });
/** The narrow embed's north pill's top, in CSS px (embed.css: 0.6rem + 52px, under the Legend button). */
const EMBED_NARROW_NORTH_TOP = 62;

interface Overlay { points: VisiblePoint[]; width: number; height: number; labels: Box[]; toggle: Box | null }

/**
 * The cards over the map that a count chip must not go under: the opening line, the story caption
 * (session 15) and the embed's legend, open or as its button (the two-line chip went under the open
 * legend at 680 × 560, embed-legend-frame.spec).
 */
const CARDS = '.opening-lede, .story-caption, .legend-map';

/** The boxes of `root`'s `selector` elements, in the CSS px of `origin` (the map's overlay layer). */
function boxesIn(root: Element | null | undefined, origin: Element | null, selector: string): Box[] {
  if (!root || !origin) return [];
  const o = origin.getBoundingClientRect();
  return [...root.querySelectorAll(selector)].flatMap((el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 ? [{ x: Math.round(r.left - o.left), y: Math.round(r.top - o.top), w: Math.round(r.width), h: Math.round(r.height) }] : [];
  });
}

/**
 * Focusable buttons over the events drawn on the map, so a keyboard user can
 * Tab to an event and press Enter to select it (issue 4). They let pointer
 * events through: a mouse click is hit-tested by the map itself. With them,
 * the overlays that explain the drawing (issue 13 review): a badge under a
 * border's point, and arrows to events beyond the map's edges.
 */
export function EventMarkers() {
  const t = useT();
  const handle = useMap();
  const store = useViewerStoreApi();
  const lang = useViewer((s) => s.lang);
  const selectedId = useViewer((s) => s.selectedId);
  const mode = useViewer((s) => s.mode);
  // During Play the caption card tells the story: the edge pills stayed visible through it (issue 13 review).
  const playing = useViewer((s) => s.playing);
  const [roving, setRoving] = useState<string | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const [overlay, setOverlay] = useState<Overlay>({ points: [], width: 0, height: 0, labels: [], toggle: null });
  // The explorer's selected symbol is panned clear of its panels and edges (the embed has its own rule, EmbedChrome).
  useKeepSelectedClear(mode === 'explore');

  useEffect(() => {
    if (!handle) return;
    let frame = 0;
    let key = '';
    const update = () => {
      frame = 0;
      const points = (handle.controller.visiblePoints((lon, lat) => handle.project(lon, lat), OVERLAY_MARKER_LIMIT) ?? [])
        .map((p) => ({ ...p, x: Math.round(p.x), y: Math.round(p.y), ax: Math.round(p.ax), ay: Math.round(p.ay) }));
      const { width, height } = handle.size?.() ?? { width: 0, height: 0 };
      // The names drawn now, for the count chips to step round (only when a chip is drawn).
      // With the cards over the map (session 15 review: the "5 events" chip went under the opening line).
      const labels = points.some((p) => p.approximate) ? [
        ...(handle.labelBoxes?.() ?? []).map((b) => ({ x: Math.round(b.x), y: Math.round(b.y), w: Math.round(b.w), h: Math.round(b.h) })),
        ...boxesIn(rootRef.current?.closest('.map-area') ?? rootRef.current?.parentElement, rootRef.current, CARDS),
      ] : [];
      // The card the north pill keeps clear of: the embed's legend button, the explorer's opening line or story
      // card at the map's top (issue 13: the focus frame leaves events north, under them), the one reaching
      // farthest right; the briefing reads no layout for it (session 16 review).
      const area = rootRef.current?.closest('.map-area');
      const toggle = mode === 'present' ? null : mode === 'embed' ? boxesIn(area, rootRef.current, '.legend-toggle')[0] ?? null
        : boxesIn(area, rootRef.current, '.opening-lede, .story-caption').filter((b) => boxesMeet(b, northStrip(8, width))).sort((a, b) => b.x + b.w - (a.x + a.w))[0] ?? null;
      const next = { points, width, height, labels, toggle };
      const nextKey = JSON.stringify(next);
      if (nextKey !== key) { key = nextKey; setOverlay(next); }
    };
    const schedule = () => { if (!frame) frame = requestAnimationFrame(update); };
    const offMove = handle.onMove(schedule);
    // Names are placed once the map is idle: the chips step round them then (session 7 review).
    const offIdle = handle.onIdle?.(schedule);
    const offStore = store.subscribe((s) => [s.cursor, s.filtered, s.display, s.events] as const, schedule, { equalityFn: shallow });
    schedule();
    return () => { offMove(); offIdle?.(); offStore(); if (frame) cancelAnimationFrame(frame); };
  }, [handle, store, mode]);

  if (!handle) return null;
  const { points, width, height, labels, toggle } = overlay;
  const inView = points.filter((p) => p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height);
  const events = store.getState().events;
  // A briefing has its own captions and camera: the explorer's overlays stay out of its slides.
  const explain = mode !== 'present' && width > 0;
  const seen = new Set<string>();
  const markers = inView.filter((m) => (seen.has(m.id) ? false : (seen.add(m.id), true)))
    .flatMap((m) => { const e = events.find((x) => x.event.id === m.id)?.event; return e ? [{ m, e }] : []; });
  // One Tab stop for all the markers (session 7 review: 24 stops before the timeline): the selected
  // event's, else the last one moved to, else the first; arrow keys move between them, Enter selects.
  const stop = markers.find(({ m }) => m.id === selectedId)?.m.id ?? markers.find(({ m }) => m.id === roving)?.m.id ?? markers[0]?.m.id;
  const move = (from: number, by: number | 'first' | 'last', el: HTMLElement) => {
    const n = markers.length;
    const to = by === 'first' ? 0 : by === 'last' ? n - 1 : (from + by + n) % n;
    const id = markers[to]?.m.id;
    if (!id) return;
    setRoving(id);
    el.closest('.event-markers')?.querySelector<HTMLElement>(`[data-marker="${CSS.escape(id)}"]`)?.focus();
  };
  // The count chips, each where it covers no symbol and no other chip (session 7 review).
  const pairs = explain ? pairGroups(points).filter((g) => g.x >= 0 && g.x <= width && g.y >= 0 && g.y <= height) : [];
  const offscreen = offscreenGroups(points, width, height);
  // The edge buttons ("1 event north ↑") take a strip along their edge: no chip under them.
  // In a frame 560 px wide or less the embed's north pill sits under the Legend button (embed.css):
  // its strip is that much deeper (issue 14, session 11 review: at 320 px it covered "13 events").
  const northTop = mode === 'embed' && width <= 560 ? EMBED_NARROW_NORTH_TOP : 8;
  // Beside the Legend button when they share a row (session 16: at 680 px in vi the pill went under it).
  const northFrom = toggle && boxesMeet(toggle, northStrip(northTop, width)) ? toggle.x + toggle.w + 8 : 8;
  const strips: Box[] = explain && !playing ? offscreen.map((o) => (
    o.edge === 'north' ? { x: 0, y: 0, w: width, h: northTop + 44 } : o.edge === 'south' ? { x: 0, y: height - 74, w: width, h: 74 }
      : o.edge === 'east' ? { x: width - 60, y: 0, w: 60, h: height } : { x: 0, y: 0, w: 60, h: height })) : [];
  // Each chip says "13 events", not a bare "13" that read as a road number (session 8 review),
  // over "place not named" (session 14).
  const widths = pairs.map((g) => chipWidth(t('map.pairChip', { count: g.ids.length }), t('map.pairChipWhy')));
  const spots = chipSpots(pairs, inView, width, height, [...labels, ...strips], undefined, undefined, undefined, widths);
  const pairChips = pairs.map((g, i) => ({ g, at: spots[i]!, w: widths[i]! }));
  // One dashed ring per border's group, in every mode (the presentation too): its symbols have none of their own.
  const rings = width > 0 ? groupRings(pairGroups(points).filter((g) => g.x + g.reach >= 0 && g.x - g.reach <= width && g.y + g.reach >= 0 && g.y - g.reach <= height), EVENT_MARKER_PX / 2) : [];
  return (
    <div ref={rootRef} className="event-markers">
      {rings.length > 0 && (
        <svg className="group-rings" width={width} height={height} aria-hidden="true" focusable="false">
          {rings.map((r) => <circle key={r.anchor} className="group-ring" data-anchor={r.anchor} cx={r.x} cy={r.y} r={r.r} />)}
        </svg>
      )}
      <div className="event-marker-group" role="group" aria-label={t('map.markersGroup')}>
      {markers.map(({ m, e }, i) => {
        const title = e.title[lang as keyof typeof e.title] ?? e.title.fr;
        return (
          <button key={m.id} type="button" className="event-marker" style={{ left: m.x, top: m.y }} data-marker={m.id}
            tabIndex={m.id === stop ? 0 : -1}
            aria-label={t('map.eventMarker', { title, date: formatDateText(e.date, lang) })}
            aria-pressed={selectedId === m.id}
            onFocus={() => setRoving(m.id)}
            onKeyDown={(ev) => {
              const by = ev.key === 'ArrowRight' || ev.key === 'ArrowDown' ? 1 : ev.key === 'ArrowLeft' || ev.key === 'ArrowUp' ? -1
                : ev.key === 'Home' ? 'first' : ev.key === 'End' ? 'last' : null;
              if (by === null) return;
              ev.preventDefault();
              move(i, by, ev.currentTarget);
            }}
            onClick={() => store.getState().select(m.id)} />
        );
      })}
      </div>
      {explain && pairChips.map(({ g, at, w }) => <PairBadge key={g.anchor} group={g} at={at} chipW={w} width={width} height={height} />)}
      {explain && !playing && <OffscreenArrows groups={offscreen} width={width} height={height} symbols={inView} far={farIds(points, handle)} northTop={northTop} northFrom={northFrom} />}
    </div>
  );
}

/**
 * The events drawn outside the story region (both borders, within OPENING_REACH_DEG: what Play
 * follows too): their edge pill opens a callout instead of moving the camera off the story
 * (session 9: Beijing's "1 event north" zoomed out to all of China). The Vietnam–China border's
 * events are the story's, brought in by their pill (session 22 review). Mercator keeps a box a
 * box, so a symbol outside the projected widened box is outside.
 */
function farIds(points: readonly VisiblePoint[], handle: { project: (lon: number, lat: number) => { x: number; y: number } }): ReadonlySet<string> {
  const [w, s, e, n] = REGION_BOUNDS;
  const r = OPENING_REACH_DEG;
  const near = projectBounds([w - r, s - r, e + r, n + r], (lon, lat) => handle.project(lon, lat));
  return new Set(points.filter((p) => p.ax < near.x || p.ax > near.x + near.w || p.ay < near.y || p.ay > near.y + near.h).map((p) => p.id));
}
