import { useEffect, useState } from 'react';
import type { MapHandle } from '../map';
import { useViewer, useViewerStoreApi } from './StoreContext';
import { useT } from './useT';
import { formatDateText } from '../i18n/formatDate';

/** Beyond this many visible events, the keyboard reaches them through the table instead. */
const MARKER_LIMIT = 60;

type Marker = { id: string; x: number; y: number };

/**
 * Focusable buttons over the events drawn on the map, so a keyboard user can
 * Tab to an event and press Enter to select it (issue 4). They let pointer
 * events through: a mouse click is hit-tested by the map itself.
 */
export function EventMarkers({ handle }: { handle: MapHandle }) {
  const t = useT();
  const store = useViewerStoreApi();
  const lang = useViewer((s) => s.lang);
  const selectedId = useViewer((s) => s.selectedId);
  const [markers, setMarkers] = useState<Marker[]>([]);

  useEffect(() => {
    let frame = 0;
    let key = '';
    const update = () => {
      frame = 0;
      const points = handle.controller.visiblePoints((lon, lat) => handle.project(lon, lat), MARKER_LIMIT) ?? [];
      const next = points.map((p) => ({ id: p.id, x: Math.round(p.x), y: Math.round(p.y) }));
      const nextKey = JSON.stringify(next);
      if (nextKey !== key) { key = nextKey; setMarkers(next); }
    };
    const schedule = () => { if (!frame) frame = requestAnimationFrame(update); };
    const offMove = handle.onMove(schedule);
    const offStore = store.subscribe((s, prev) => {
      if (s.cursor !== prev.cursor || s.filtered !== prev.filtered || s.display !== prev.display || s.events !== prev.events) schedule();
    });
    schedule();
    return () => { offMove(); offStore(); if (frame) cancelAnimationFrame(frame); };
  }, [handle, store]);

  const events = store.getState().events;
  return (
    <div className="event-markers">
      {markers.map((m) => {
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
    </div>
  );
}
