import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useT } from '../useT';
import { useMap } from '../MapHandleContext';
import { formatDateText } from '../../i18n/formatDate';
import { EVENT_TYPE_KEYS } from '../events/eventLabels';
import { localized } from '../events/localized';
import { useViewer, useViewerStoreApi } from '../StoreContext';
import { keepCameraInLink } from '../keepCameraInLink';
import { clearSpot, EDGE_ARROWS, type Edge, type OffscreenGroup } from './overlayGroups';

/** Space kept between two edge buttons stacked clear of each other. */
const GAP = 4;
/**
 * How long a revealed event's marker is waited for once the map is still after the move to it. The
 * wait counts from the map's idle, not from the press: the 1 s flight and its redraw took longer than
 * 10 s on a machine drawing the map in software (CI rehearsals of sessions 16 and 18, two browsers on
 * two cores: focus stayed on the page). Focus moves only while it is nowhere else.
 */
const FOCUS_WAIT_MS = 10_000;

interface Box { left: number; top: number; right: number; bottom: number }
const meets = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * How far down each side button (west, then east) must move to clear the
 * buttons placed before it (north and south first, where they are drawn),
 * given where each is drawn now and how far it was already moved (reader
 * review: at 320–390 px "← 3 events west" covered "12 events north ↑").
 */
export function sideShifts(boxes: Partial<Record<Edge, Box>>, current: Partial<Record<Edge, number>>): Partial<Record<Edge, number>> {
  const placed: Box[] = [boxes.north, boxes.south].filter((b): b is Box => b !== undefined);
  const out: Partial<Record<Edge, number>> = {};
  for (const edge of ['west', 'east'] as const) {
    const drawn = boxes[edge];
    if (!drawn) continue;
    const was = current[edge] ?? 0;
    const box = { ...drawn, top: drawn.top - was, bottom: drawn.bottom - was };
    let shift = 0;
    // Down past whatever it meets, until it meets nothing (a few buttons: a few passes).
    for (let pass = 0; pass < 4; pass++) {
      const at = { ...box, top: box.top + shift, bottom: box.bottom + shift };
      const hit = placed.find((p) => meets(at, p));
      if (!hit) break;
      shift = hit.bottom + GAP - box.top;
    }
    out[edge] = shift;
    placed.push({ ...box, top: box.top + shift, bottom: box.bottom + shift });
  }
  return out;
}

/**
 * One button per map edge beyond which visible events lie (issue 13
 * review): "2 events north ↑". Activating it moves the camera to take them
 * in (the controller's follow: a one-second ease, a jump under reduced
 * motion), and focus to the first revealed event's marker once it is drawn
 * (the button itself goes when nothing lies beyond its edge any more).
 * The visible words start its accessible name.
 */
export function OffscreenArrows({ groups, width, height, symbols, far = NONE, northTop = 8, northFrom = 8 }: {
  groups: readonly OffscreenGroup[]; width: number; height: number;
  /** Symbols in view: an arrow moves along its edge rather than cover one. */
  symbols: ReadonlyArray<{ x: number; y: number }>;
  /** Events outside the story region (both borders; EventMarkers' farIds): shown in a callout, not flown to. */
  far?: ReadonlySet<string>;
  /** The north pill's top, in CSS px (8; lower in a narrow embed, under its Legend button). */
  northTop?: number;
  /** Where the north pill may start, in CSS px from the left (8; right of the embed's Legend button on its row). */
  northFrom?: number;
}) {
  const t = useT();
  const handle = useMap();
  const store = useViewerStoreApi();
  const lang = useViewer((s) => s.lang);
  const events = useViewer((s) => s.events);
  const calloutId = useId();
  // The edge whose far events' callout is open (session 9: "1 event north" zoomed out to all of China for Beijing).
  const [callout, setCallout] = useState<Edge | null>(null);
  const calloutRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!callout) return;
    // A press anywhere else closes it (the map, another control), as the count chips' lists do.
    const away = (e: PointerEvent) => {
      const target = e.target as Node;
      if (calloutRef.current?.contains(target) || buttons.current.get(callout)?.contains(target)) return;
      setCallout(null);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [callout]);
  const buttons = useRef(new Map<Edge, HTMLButtonElement>());
  const pending = useRef<{ ids: readonly string[]; within: Element; until: number } | null>(null);

  // Measured once drawn (the words' width and the CSS's offsets vary with the language and the
  // page), and moved by a margin React does not manage, so no second render is needed.
  useLayoutEffect(() => {
    const boxes: Partial<Record<Edge, Box>> = {};
    const current: Partial<Record<Edge, number>> = {};
    for (const [edge, el] of buttons.current) {
      const r = el.getBoundingClientRect();
      boxes[edge] = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      current[edge] = parseFloat(el.style.marginTop) || 0;
    }
    const next = sideShifts(boxes, current);
    for (const edge of ['west', 'east'] as const) {
      const el = buttons.current.get(edge);
      if (el) el.style.marginTop = next[edge] ? `${next[edge]}px` : '';
    }
  });

  // Tried after every render and once the map is still (a render may not follow the last marker's drawing).
  const focusRevealed = () => {
    const p = pending.current;
    if (!p) return;
    if (performance.now() > p.until) { pending.current = null; return; }
    const active = document.activeElement;
    // Only while focus is nowhere else: the reader may have moved on.
    if (active && active !== document.body && !active.classList.contains('offscreen-arrow')) { pending.current = null; return; }
    for (const id of p.ids) {
      const marker = p.within.querySelector<HTMLElement>(`[data-marker="${CSS.escape(id)}"]`);
      marker?.focus();
      // Done only once the focus is there (a marker being redrawn may refuse it): else the next try.
      if (marker && document.activeElement === marker) { pending.current = null; return; }
    }
  };
  useEffect(focusRevealed);

  const follow = (g: OffscreenGroup, from: Element) => {
    const wait = pendingFocus(g, from);
    pending.current = wait;
    // Every event beyond that edge comes in at once (session 22 review: "22 events north" brought in
    // the nearest few and still said "6 events north"), but for those far from the story, which keep
    // their callout: a far group's own button (the callout's) takes only them.
    const near = g.ids.filter((id) => !far.has(id));
    handle?.controller.follow(near.length > 0 && !g.targets.every((id) => far.has(id)) ? near : g.targets, { all: true });
    // The deadline starts once the flight has ended (whenIdle, asked after the flight began).
    if (wait) {
      void handle?.whenIdle().then(() => {
        // Not if another press took over (or the wait ended). Unmounted (Play started), its late try finds the
        // focus on the Play button, not on the page, and gives up.
        if (pending.current !== wait) return;
        wait.until = performance.now() + FOCUS_WAIT_MS;
        requestAnimationFrame(focusRevealed);
      });
    }
    keepCameraInLink(handle, store);
  };
  const open = groups.find((g) => g.edge === callout);
  // Where each pill is drawn along its edge (the callout goes beside its own).
  const alongOf = new Map<Edge, number>();

  return (
    <>
      {groups.map((g) => {
        const where = t(`map.offscreen.${g.edge}`, { count: g.ids.length });
        // Along the edge, kept clear of the corners (zoom buttons and inset top right, scale and credits bottom right).
        const horizontal = g.edge === 'north' || g.edge === 'south';
        // About 7.5 px a character at 14 px, with the arrow and the padding.
        const length = where.length * 7.5 + 40;
        const along = horizontal
          ? clearSpot(g.edge, g.along, Math.min(length / 2 + (g.edge === 'north' ? northFrom : 8), width - 60 - length / 2), Math.max(length / 2 + 8, width - 60 - length / 2), length / 2, 44, symbols, width, height, g.edge === 'north' ? northTop : 8)
          : clearSpot(g.edge, g.along, 70, Math.max(70, height - 90), 22, length, symbols, width, height);
        const style = horizontal ? { left: along } : { top: along };
        alongOf.set(g.edge, along);
        // Far from the story (Beijing from the border provinces): the pill opens a callout naming the
        // events there, and the camera stays on the story; moving there is the callout's own button.
        const isFar = g.targets.length > 0 && g.targets.every((id) => far.has(id));
        return (
          <button key={g.edge} type="button" className={`offscreen-arrow offscreen-${g.edge}`} style={style}
            ref={(el) => { if (el) buttons.current.set(g.edge, el); else buttons.current.delete(g.edge); }}
            aria-label={t(isFar ? 'map.offscreenFarAction' : 'map.offscreenAction', { where, count: g.ids.length })}
            {...(isFar ? { 'aria-expanded': callout === g.edge, 'aria-controls': calloutId, 'data-far': '' } : {})}
            onKeyDown={(ev) => { if (ev.key === 'Escape' && callout === g.edge) { ev.stopPropagation(); setCallout(null); } }}
            onWheel={(ev) => { if (handle?.wheel?.(ev.nativeEvent)) ev.preventDefault(); }}
            onClick={(ev) => {
              if (isFar) setCallout((c) => (c === g.edge ? null : g.edge));
              else follow(g, ev.currentTarget);
            }}>
            {g.edge === 'west' && <span aria-hidden="true">{EDGE_ARROWS.west} </span>}
            {where}
            {g.edge !== 'west' && <span aria-hidden="true"> {EDGE_ARROWS[g.edge]}</span>}
          </button>
        );
      })}
      {open && (
        <div ref={calloutRef} id={calloutId} role="group" aria-label={t('map.farCallout')}
          className={`offscreen-callout offscreen-callout-${open.edge}`} style={calloutStyle(open.edge, alongOf.get(open.edge), width)}
          onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); setCallout(null); buttons.current.get(open.edge)?.focus(); } }}>
          <p className="offscreen-callout-title">{t('map.farCallout')}</p>
          <ul>
            {open.targets.map((id) => {
              const e = events.find((x) => x.event.id === id)?.event;
              if (!e) return null;
              const title = localized(e.title, lang);
              return (
                <li key={id}>
                  <span className="offscreen-callout-meta">{t(EVENT_TYPE_KEYS[e.type])} · {formatDateText(e.date, lang)}</span>
                  <span className="offscreen-callout-event" lang={title.lang}>{title.text}</span>
                </li>
              );
            })}
          </ul>
          <button type="button" className="offscreen-callout-go" onClick={(ev) => {
            const pill = buttons.current.get(open.edge);
            setCallout(null);
            follow(open, pill ?? ev.currentTarget);
          }}>{t('map.farGo')}</button>
        </div>
      )}
    </>
  );
}

const NONE: ReadonlySet<string> = new Set();

/** The revealed events' markers to focus once drawn, from the pill (or callout) pressed. */
function pendingFocus(g: OffscreenGroup, from: Element): { ids: readonly string[]; within: Element; until: number } | null {
  const within = from.closest('.event-markers');
  // No deadline until the map is still again (follow sets it).
  return within ? { ids: g.targets, within, until: Infinity } : null;
}
const CALLOUT_W = 300;

/** The callout beside its pill, inside the map: under a north pill, over a south one, inward from a side one. */
function calloutStyle(edge: Edge, at: number | undefined, width: number): Record<string, number | string> {
  const w = Math.min(CALLOUT_W, Math.max(0, width - 16));
  // Clear of the zoom buttons at the top right (60 px) when the map has room for both.
  const right = width - w >= 68 + 8 ? 60 : 8;
  const left = at !== undefined && Number.isFinite(at) ? Math.max(8, Math.min(at - w / 2, width - w - right)) : 8;
  switch (edge) {
    case 'north': return { top: 52, left, width: w };
    case 'south': return { bottom: 80, left, width: w };
    case 'east': return { right: 8, top: at !== undefined && Number.isFinite(at) ? at + 26 : 60, width: w };
    case 'west': return { left: 8, top: at !== undefined && Number.isFinite(at) ? at + 26 : 60, width: w };
  }
}
