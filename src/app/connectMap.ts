import { shallow } from 'zustand/shallow';
import type { AnchorIndex } from '../domain/anchors';
import { eventsToFollow } from '../domain/cameraFollow';
import { dayToIso } from '../domain/dayNumber';
import { pairFilterMove } from '../domain/storyFraming';
import type { MapHandle } from '../map';
import type { ViewerStore } from '../store/viewerStore';
import { openLegendCover, openingTopRoom } from '../ui/embed/legendCover';
import { captionInset } from './captionInset';

/**
 * Feeds the map plain values from the store, outside React's render cycle:
 * a timeline step reaches the map as one `setTime` call (issue 4). The
 * camera brings in the selected event, and while playing or stepping the
 * newest one, when it is out of view (issue 13); the presentation frames
 * its own scenes, so it is left alone there.
 *
 * Issue 13 review: ticking one border (pair) frames that border with its
 * visible events; clearing the borders moves the camera back only when
 * nothing shown is in view. An event followed during Play or a step is kept
 * out from under the story caption card: `coveredTop` (CSS px) pads the top.
 * Returns the unsubscribe function.
 */
export function connectMap(
  store: ViewerStore, handle: MapHandle, anchors: AnchorIndex, coveredTop: () => number = () => captionInset(document),
): () => void {
  const c = handle.controller;
  const apply = (s: ReturnType<ViewerStore['getState']>) => {
    c.setProvinceDate(dayToIso(s.cursor));
    c.setTime(s.cursor, s.display);
  };
  const s0 = store.getState();
  c.setEvents(s0.events, anchors);
  c.setFiltered(s0.filtered);
  c.setSelected(s0.selectedId);
  apply(s0);
  // An event from the link: in view from the first frame, without a flight.
  // A camera given by the link is the sharer's exact view: the store holds it (cameraHeld)
  // and the map's moves keep it (cameraMoves), these opening moves included.
  if (s0.mode === 'present') { /* nothing to bring in */ }
  else if (s0.selectedId) c.follow([s0.selectedId], { animate: false, chosen: true });
  // A link filtered to one border opens on that border (issue 13 review: `pairs=VN-CN`
  // opened on the Lao provinces, with none of its events in view).
  else {
    const move = pairFilterMove([], s0.filters.pairs);
    if (move.kind === 'frame') c.framePair(move.pair, c.visibleIds(), { animate: false });
    // The opening frame (reader3): the focus provinces with the events shown in the story region.
    // The embed too, whole (issue 14, session 11 review: both borders, as a locator map).
    // Below the open legend (`legend=open`, issue 14): it would hide the story's north.
    else if (s0.mode === 'embed') c.frameOpening(c.visibleIds(), { coveredTop: openLegendCover(document), padding: openingTopRoom() });
    // The explorer on a desktop: the focus provinces (issue 13), the inset showing both borders.
    else c.frameOpening(c.visibleIds(), { focus: true });
  }
  // One subscription per thing the map follows, each naming what it reads (issue 17),
  // in the order the map needs them: data, filter, selection, then the time step.
  const offs = [
    store.subscribe((s) => s.events, (events) => c.setEvents(events, anchors)),
    store.subscribe((s) => s.filtered, (filtered) => c.setFiltered(filtered)),
    store.subscribe((s) => s.selectedId, (id) => {
      c.setSelected(id);
      if (id && store.getState().mode !== 'present') c.follow([id], { chosen: true });
    }),
    store.subscribe((s) => [s.cursor, s.display, s.events] as const, () => apply(store.getState()), { equalityFn: shallow }),
    store.subscribe((s) => s.cursor, (cursor, prevCursor) => {
      const s = store.getState();
      if (s.selectedId || s.mode === 'present') return;
      const ids = eventsToFollow(s.filtered, prevCursor, cursor, s.display, s.playing);
      // While playing, only what lies in the story region: Play keeps the border in frame (session 9 review).
      if (ids.length > 0) c.follow(ids, { padding: { top: coveredTop(), right: 0, bottom: 0, left: 0 }, ...(s.playing ? { storyOnly: true } : {}) });
    }),
    store.subscribe((s) => s.filters.pairs, (pairs, prevPairs) => {
      if (store.getState().mode === 'present') return;
      const move = pairFilterMove(prevPairs, pairs);
      if (move.kind === 'frame') c.framePair(move.pair, c.visibleIds());
      else if (move.kind === 'cleared' && !c.anyInView(c.visibleIds())) c.fitRegion({ animate: true });
    }),
  ];
  return () => { for (const off of offs) off(); };
}
