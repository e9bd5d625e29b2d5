import { useLayoutEffect, useRef, useState } from 'react';
import type { TimedEvent } from '../../domain/timeline';
import { EVENT_MARKER_PX } from '../../map';
import { useMap } from '../MapHandleContext';
import { EDGE_ARROWS, offscreenGroups, type Edge } from '../mapOverlays/overlayGroups';
import { chooseCaptionPlace, FOCUS_PROVINCES_BOUNDS, projectBounds, type Box, type CaptionPlace } from './captionPlace';
import { formatCalendarDate, PRECISION_KEYS } from '../../i18n/formatDate';
import { EVENT_TYPE_KEYS } from '../events/eventLabels';
import { localized } from '../events/localized';
import { TypeIcon } from '../events/TypeIcon';
import { useViewer, useViewerStoreApi } from '../StoreContext';
import { useT } from '../useT';
import './storyCaption.css';

/** The map's marks and controls the card must not hide, as boxes in the map's CSS px (session 9). */
export const CAPTION_OBSTACLES = '.offscreen-arrow, .pair-badge-button, .group-ring';

function mapObstacles(card: HTMLElement): Box[] {
  const layer = card.closest('.story-caption-layer');
  const map = layer?.parentElement;
  if (!layer || !map) return [];
  const origin = layer.getBoundingClientRect();
  return [...map.querySelectorAll(CAPTION_OBSTACLES)].flatMap((o) => {
    const r = o.getBoundingClientRect();
    return r.width > 0 && r.height > 0 ? [{ x: r.left - origin.left, y: r.top - origin.top, w: r.width, h: r.height }] : [];
  });
}

interface Props {
  current: TimedEvent;
  /** Other events the same step brought in, placed by the timeline at the same day as this one: told by their count (the list names them). */
  more?: number;
  onClose: () => void;
}

/**
 * The story caption's card (StoryCaption.tsx says when it shows). A chunk of
 * its own, with its styles: a reader who never plays or steps never
 * downloads it (the explorer's load budget, check-budgets.mjs).
 */
export default function StoryCaptionCard({ current, more = 0, onClose }: Props) {
  const t = useT();
  const api = useViewerStoreApi();
  const lang = useViewer((s) => s.lang);
  const { event } = current;
  const title = localized(event.title, lang);
  const precisionKey = current.precision === 'day' ? undefined : PRECISION_KEYS[current.precision];
  // Placed where it hides no drawn symbol (reader3) and clear of the focus provinces (session 8), again whenever the map moves or the event changes.
  const handle = useMap();
  const card = useRef<HTMLElement>(null);
  const [place, setPlace] = useState<CaptionPlace>('top');
  // The edge beyond which the event is drawn, when none of its symbols is in view (issue 13, session 18
  // review: Play at 4 December 2023 named the Beijing minutes while the map showed nothing of them, and
  // the edge pills stay off the map during Play). Play keeps the border in frame; the card says where.
  // Kept with the event it was found for: another event's card starts with none, until the map is still.
  const [offFor, setOffFor] = useState<{ id: string; edge: Edge } | null>(null);
  const offEdge = offFor?.id === event.id ? offFor.edge : null;
  useLayoutEffect(() => {
    if (!handle) return undefined;
    // Names count only once the map is still (session 17 review): MapLibre places them again on every
    // frame of a flight, and counting them then would move the card between corners as it flies.
    const update = (names: boolean, edges = names) => {
      const el = card.current, size = handle.size?.();
      if (!el || !size || !(size.width > 0 && size.height > 0)) return;
      const { width, height } = el.getBoundingClientRect();
      const top = parseFloat(getComputedStyle(el).getPropertyValue('--caption-top')) || undefined;
      const points = handle.controller.visiblePoints((lon, lat) => handle.project(lon, lat), 500) ?? [];
      // Once the map is still (a flight to the event would show the line, then take it away). An event has
      // one symbol, at its first place (eventBuffers.ts): the line says where it is when it is off the map.
      if (edges) {
        const edge = offscreenGroups(points.filter((p) => p.id === current.event.id), size.width, size.height, 0)[0]?.edge;
        setOffFor(edge ? { id: current.event.id, edge } : null);
      }
      const focus = projectBounds(FOCUS_PROVINCES_BOUNDS, (lon, lat) => handle.project(lon, lat));
      const obstacles = mapObstacles(el);
      // The names MapLibre placed: between places that hide as many symbols, the one over fewest names (session 17).
      const labels = names ? handle.labelBoxes?.() ?? [] : [];
      setPlace((prev) => chooseCaptionPlace(size.width, size.height, width, height, points, EVENT_MARKER_PX / 2 + 4, prev, top, focus, obstacles, labels));
    };
    update(true, false);
    // The off-map line once the map is still: a follow's flight has started by now (connectMap, on the store's change).
    let live = true;
    void handle.whenIdle().then(() => { if (live) update(true); });
    // A move fires on every frame of a flight, and more often under a drag: one placement per frame (issue 17).
    let frame = 0;
    const schedule = () => { if (!frame) frame = requestAnimationFrame(() => { frame = 0; update(false); }); };
    const offMove = handle.onMove(schedule);
    // Once the map is still and its names placed, the names decide too.
    const offIdle = handle.onIdle?.(() => update(true));
    // The pills, chips and rings are drawn after the map moves (EventMarkers, a frame later): placed again when they are.
    const overlays = card.current?.closest('.story-caption-layer')?.parentElement?.querySelector('.event-markers');
    const watch = overlays && typeof MutationObserver !== 'undefined' ? new MutationObserver(schedule) : null;
    if (watch && overlays) watch.observe(overlays, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'cx', 'cy', 'r'] });
    return () => { live = false; offMove(); offIdle?.(); watch?.disconnect(); if (frame) cancelAnimationFrame(frame); };
  }, [handle, current]);
  const open = () => {
    const s = api.getState();
    if (s.playing) s.setPlaying(false);
    s.select(event.id);
  };
  return (
    // A layer as wide as the map: the card sizes and places itself against the map, not the window.
    <div className="story-caption-layer" data-place={place}>
      <aside ref={card} className="story-caption" data-place={place} aria-label={t('caption.label')}
        onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); onClose(); } }}>
        <button type="button" className="story-caption-open" onClick={open}>
          <span className="story-caption-meta">
            <span className="story-caption-type">
              <TypeIcon type={event.type} planned={event.status === 'planned'} size={14} />
              <span>{t(EVENT_TYPE_KEYS[event.type])}</span>
            </span>
            <span className="story-caption-date">
              {/* The short form ("5 Feb 2026") on a phone, so the date keeps to one line (storyCaption.css). */}
              <span className="story-caption-date-long">{formatCalendarDate(current, lang)}</span>
              <span className="story-caption-date-short">{formatCalendarDate(current, lang, 'short')}</span>
              {precisionKey && <span className="story-caption-precision"> ({t(precisionKey)})</span>}
            </span>
            {/* A phone's one-line form of the two lines below (storyCaption.css): the card stays compact. */}
            {(offEdge || more > 0) && <span className="story-caption-short" aria-hidden="true">{[offEdge ? EDGE_ARROWS[offEdge] : '', more > 0 ? `+${more}` : ''].filter(Boolean).join(' ')}</span>}
          </span>
          <span className="story-caption-title" lang={title.lang}>{title.text}</span>
          {offEdge && <span className="story-caption-off" data-edge={offEdge}><span aria-hidden="true">{EDGE_ARROWS[offEdge]} </span>{t(`caption.off.${offEdge}`)}</span>}
          {more > 0 && <span className="story-caption-others">{t('caption.more', { count: more })}</span>}
          <span className="story-caption-more">{t('caption.open')}</span>
        </button>
        <button type="button" className="story-caption-close" aria-label={t('caption.close')} title={t('caption.close')}
          onClick={onClose}>
          <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
            <path d="M2 2l8 8M10 2l-8 8" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
        </button>
      </aside>
    </div>
  );
}
