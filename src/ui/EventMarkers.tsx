import { useEffect, useState } from 'react';
import { shallow } from 'zustand/shallow';
import { useViewer, useViewerStoreApi } from './StoreContext';
import { useT } from './useT';
import { useMap } from './MapHandleContext';
import { formatDateText } from '../i18n/formatDate';
import type { VisiblePoint } from '../map';
import { offscreenGroups, pairGroups } from './mapOverlays/overlayGroups';
import { PairBadge } from './mapOverlays/PairBadge';
import { OffscreenArrows } from './mapOverlays/OffscreenArrows';

/** Beyond this many visible events, the keyboard reaches them through the table instead. */
const MARKER_LIMIT = 60;

interface Overlay { points: VisiblePoint[]; width: number; height: number }

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
  const [overlay, setOverlay] = useState<Overlay>({ points: [], width: 0, height: 0 });

  useEffect(() => {
    if (!handle) return;
    let frame = 0;
    let key = '';
    const update = () => {
      frame = 0;
      const points = (handle.controller.visiblePoints((lon, lat) => handle.project(lon, lat), MARKER_LIMIT) ?? [])
        .map((p) => ({ ...p, x: Math.round(p.x), y: Math.round(p.y), ax: Math.round(p.ax), ay: Math.round(p.ay) }));
      const { width, height } = handle.size?.() ?? { width: 0, height: 0 };
      const next = { points, width, height };
      const nextKey = JSON.stringify(next);
      if (nextKey !== key) { key = nextKey; setOverlay(next); }
    };
    const schedule = () => { if (!frame) frame = requestAnimationFrame(update); };
    const offMove = handle.onMove(schedule);
    const offStore = store.subscribe((s) => [s.cursor, s.filtered, s.display, s.events] as const, schedule, { equalityFn: shallow });
    schedule();
    return () => { offMove(); offStore(); if (frame) cancelAnimationFrame(frame); };
  }, [handle, store]);

  if (!handle) return null;
  const { points, width, height } = overlay;
  const inView = points.filter((p) => p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height);
  const events = store.getState().events;
  // A briefing has its own captions and camera: the explorer's overlays stay out of its slides.
  const explain = mode !== 'present' && width > 0;
  const seen = new Set<string>();
  return (
    <div className="event-markers">
      {inView.map((m) => {
        if (seen.has(m.id)) return null;
        seen.add(m.id);
        const e = events.find((x) => x.event.id === m.id)?.event;
        if (!e) return null;
        const title = e.title[lang as keyof typeof e.title] ?? e.title.fr;
        return (
          <button key={m.id} type="button" className="event-marker" style={{ left: m.x, top: m.y }}
            aria-label={t('map.eventMarker', { title, date: formatDateText(e.date, lang) })}
            aria-pressed={selectedId === m.id}
            onClick={() => store.getState().select(m.id)} />
        );
      })}
      {explain && pairGroups(points)
        .filter((g) => g.x >= 0 && g.x <= width && g.y >= 0 && g.y <= height)
        .map((g) => <PairBadge key={g.anchor} group={g} width={width} height={height} />)}
      {explain && !playing && <OffscreenArrows groups={offscreenGroups(points, width, height)} width={width} height={height} symbols={inView} />}
    </div>
  );
}
