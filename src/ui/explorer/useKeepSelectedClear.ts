import { useEffect } from 'react';
import { useMap } from '../MapHandleContext';
import { useViewer } from '../StoreContext';
import { clearTarget } from './keepSelectedClear';

/** What lies over the explorer's map: the caption card, the opening line, a phone's sheet, the edge pills, the zoom buttons. */
const COVERS = '.story-caption, .opening-lede, dialog.sheet[open], .offscreen-arrow, .maplibregl-ctrl-top-right .maplibregl-ctrl-group';

/**
 * The explorer's selected symbol, clear of the map's edges and of what covers the map (issue 13,
 * session 8): once the map's own follow has settled, a short pan at the same zoom brings it into
 * the free part. A camera the link set is kept (cameraHeld: the map's one rule, issue 17).
 */
export function useKeepSelectedClear(enabled: boolean): void {
  const handle = useMap();
  const selectedId = useViewer((s) => s.selectedId);
  useEffect(() => {
    if (!enabled || selectedId === null || !handle) return undefined;
    let live = true;
    const keepClear = () => {
      if (!live || handle.controller.cameraHeld()) return;
      const area = document.querySelector('.map-area');
      if (!area) return;
      const m = area.getBoundingClientRect();
      const symbol = handle.controller.visiblePoints((lon, lat) => handle.project(lon, lat), Infinity)?.find((p) => p.id === selectedId);
      // Off the map: the map's follow brings it in; nothing to nudge.
      if (!symbol || symbol.x < 0 || symbol.y < 0 || symbol.x > m.width || symbol.y > m.height) return;
      const covers = [...document.querySelectorAll(COVERS)].map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0);
      const to = clearTarget(symbol, m, covers);
      if (to) handle.controller.panPoint(symbol, to);
    };
    const frame = requestAnimationFrame(() => { void handle.whenIdle().then(keepClear); });
    return () => { live = false; cancelAnimationFrame(frame); };
  }, [enabled, selectedId, handle]);
}
