import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Geography } from '../../domain/geography';
import { isVisible, type TimedEvent } from '../../domain/timeline';
import { EVENT_MARKER_PX } from '../../map';
import {
  DEFAULT_AUTOPLAY_SECONDS, eventSteps, initialStep, moveStep, type PresentCommand, type PresentStep,
} from '../../store/presentation';
import { useViewer, useViewerStoreApi } from '../StoreContext';
import { useSettled } from '../useSettled';
import { useT } from '../useT';
import './present.css';
import { useFullscreen, usePresentKeys, useRecentActivity } from './presentHooks';
import { fitTarget, paddingAround, stepTarget, targetAspect, type StepTarget } from './stepCamera';
import { PresentExports } from './export/PresentExports';
import { PresentCaption } from './PresentCaption';
import { PresentControls } from './PresentControls';
import { PresentLegend } from './PresentLegend';
import { useMap } from '../MapHandleContext';

interface Props {
  geography: Promise<Geography>;
  /** A briefing script's scenes; 'pending' while it loads; the record's events, one by one, when null. */
  script?: readonly PresentStep[] | null | 'pending';
  /** Where the caption leaves room, so the camera frames events above it. */
  mapArea: () => HTMLElement | null;
}

const PRESENT_MARKER_PX = 24;
/**
 * The scale bar's longest length here: its shortest is half that (a 5, 2 or 1 rounds down to the next),
 * and 110 px holds "2000 km" (80 px in its 18 px type) with its borders and padding (issue 15: the
 * explorer's 120 left "50 km" overflowing a 60 px bar).
 */
const PRESENT_SCALE_PX = 220;
/** The boxes over the map that labels keep clear of (issue 15: names half hidden under the caption's top edge). */
const LABEL_FURNITURE = '.present-caption, .present-credits, .present-legend';
/** The boxes over the map, besides the caption, that the camera frames a step clear of (issue 15). */
const FRAME_FURNITURE = '.present-credits, .present-legend, .present-controls, .app-present .locator-inset';
const NONE: readonly TimedEvent[] = [];

const reducedMotion = () => typeof window !== 'undefined' && !!window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

/**
 * The briefing mode (issue 6): steps through the events (or a script's
 * scenes) with a clicker's keys, frames each on the map above a large
 * caption, autoplays, blacks out, exports the moment as a slide. The only
 * chrome is a slim progress bar and a control bar that shows on pointer
 * movement or keyboard focus.
 */
export function Presentation({ geography, script, mapArea }: Props) {
  const t = useT();
  const handle = useMap();
  const api = useViewerStoreApi();
  const filtered = useViewer((s) => s.filtered);
  const events = useViewer((s) => s.events);
  const selectedId = useViewer((s) => s.selectedId);
  const loaded = useViewer((s) => s.span !== null);
  // Which step is shown lives in the store, set with the step itself (showStep; issue 15/17).
  const index = useViewer((s) => s.presentIndex);
  const pending = script === 'pending' || (!script && !loaded);
  // While a script loads, nothing is stepped through: it opens on its first scene.
  const steps = useMemo(() => (script === 'pending' ? [] : script ?? eventSteps(filtered)), [script, filtered]);
  const geo = useSettled(geography, null, null);
  const [blackout, setBlackout] = useState(false);
  const [autoplay, setAutoplay] = useState(false);
  const [seconds, setSeconds] = useState<number>(DEFAULT_AUTOPLAY_SECONDS);
  const [chrome, showChrome] = useRecentActivity(3000);
  const [exporting, setExporting] = useState<'idle' | 'busy' | 'failed'>('idle');
  const [exportsOpen, setExportsOpen] = useState(false);
  const captionRef = useRef<HTMLElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const exportingNow = useRef(false);
  // True while the handout lays the map out for a page.
  const onPage = useRef(false);
  // Handout and video exports (issue 15) drive the steps themselves: keys and autoplay wait.
  const exportDriving = useRef(false);
  // A dialog opening closes the Export list, which stayed open behind it over the caption (issue 15, analyst review).
  const onExportBusy = useCallback((busy: boolean) => { exportDriving.current = busy; if (busy) { setAutoplay(false); setExportsOpen(false); } }, []);
  const captionId = useId();
  const count = steps.length;
  const current = index >= 0 && index < count ? steps[index] : undefined;
  // Looked up by id, not searched, on every step (the record may hold 100k events).
  const byId = useMemo(() => new Map(events.map((e) => [e.event.id, e])), [events]);
  const event = current?.eventId ? byId.get(current.eventId) : undefined;

  /** Shows step i: the store takes the step and its index in one action (issue 17: not an effect that writes the store). */
  const show = useCallback((i: number) => {
    const step = steps[i];
    if (step) api.getState().showStep(step, i);
  }, [api, steps]);

  // New steps (the first, a live reload, a script loaded) are the one thing that comes from outside:
  // stay on the same event if it is still there, else the nearest step; a script opens on its selected scene, or its first.
  const seenSteps = useRef<readonly PresentStep[] | null>(null);
  useEffect(() => {
    const before = seenSteps.current;
    seenSteps.current = steps;
    const s = api.getState();
    if (steps.length === 0) { if (s.presentIndex !== -1) api.setState({ presentIndex: -1 }); return; }
    const at = before === null ? initialStep(steps, s.selectedId)
      : Array.isArray(script) ? 0 : steps.findIndex((x) => x.eventId !== null && x.eventId === s.selectedId);
    show(at >= 0 ? at : Math.min(Math.max(s.presentIndex, 0), steps.length - 1));
  }, [api, steps, script, show]);

  // Event symbols, lines and labels read from the back of the room; back to normal on leaving.
  useEffect(() => {
    if (!handle) return;
    handle.controller.setMarkerSize(PRESENT_MARKER_PX);
    handle.controller.setProjector(true);
    // Only the step's own event glows, as the legend card says (issue 15 review: a same-date event's borders glowed too).
    handle.controller.setLitSelectedOnly(true);
    handle.setScaleWidth?.(PRESENT_SCALE_PX);
    // The caption, credits and legend keep the map's names clear, but not on a slide or a handout page,
    // which lay their text elsewhere: their map is framed while exporting or laid out for the page.
    handle.setFurniture?.(() => (exportingNow.current || onPage.current ? [] : [...(root.current?.querySelectorAll(LABEL_FURNITURE) ?? [])]));
    return () => {
      handle.controller.setMarkerSize(EVENT_MARKER_PX); handle.controller.setProjector(false);
      handle.controller.setLitSelectedOnly(false); handle.controller.clearPadding();
      handle.setScaleWidth?.(null); handle.setFurniture?.(null);
    };
  }, [handle]);

  // The camera flies to it, in the part of the map no text covers (issue 15).
  // A step without an event frames what it shows: the events on the map once the step is applied.
  const cursor = useViewer((s) => s.cursor);
  const display = useViewer((s) => s.display);
  const shown = useMemo(() => (current && !current.eventId && !current.camera ? filtered.filter((e) => isVisible(e, cursor, display)) : NONE), [current, filtered, cursor, display]);
  const target = useMemo<StepTarget | null>(
    () => (current ? stepTarget(current, current.eventId ? byId.get(current.eventId) : undefined, geo, shown) : null),
    [current, byId, geo, shown],
  );
  // Bumped after a slide export, which framed the step for the slide: frame it for the screen again.
  const [reframe, setReframe] = useState(0);
  useEffect(() => {
    if (!handle || !target) return;
    /** The padding around what the caption, bar, legend and inset leave free; null before the caption is laid out. */
    const padding = () => {
      const area = mapArea()?.getBoundingClientRect();
      const caption = captionRef.current?.getBoundingClientRect();
      if (!area || !caption) return null;
      const maxBottom = area.height * 0.6;
      const covered = Math.min(Math.max(0, area.bottom - caption.top), maxBottom);
      // The scene's camera as written (zoom and center), its center in the middle of what the caption leaves visible.
      if (target.kind === 'camera') return { top: 0, left: 0, right: 0, bottom: covered };
      const edge = Math.round(Math.min(area.width, area.height) * 0.06) + 16;
      // A handout's page draws no caption, legend or inset over its map: the step fills the page's map, framed
      // as the live step is (issue 15 review: the screen's boxes over a smaller map zoomed 14 of 27 pages out to India).
      // The control bar too, shown or not: it shows over the map just above the caption on any pointer move, and
      // covered the step's dashed ring and border at 1024×768 (session 11 review).
      const boxes = onPage.current ? [] : [caption, ...document.querySelectorAll(FRAME_FURNITURE)]
        .map((b) => (b instanceof Element ? b.getBoundingClientRect() : b))
        .map((r) => ({ x: r.left - area.left, y: r.top - area.top, w: r.width, h: r.height }));
      return paddingAround(area.width, area.height, boxes, targetAspect(target), edge);
    };
    const first = padding();
    if (!first) return;
    const size = () => `${handle.size?.().width}×${handle.size?.().height}`;
    const sized = size();
    const animate = !reducedMotion();
    fitTarget(handle, target, first, animate);
    // Framed again once, when the move is done, if the boxes have moved meanwhile (session 11 review: the first
    // step was framed before the inset and legend had settled, Hà Nội pushed under the inset at 1920×1080).
    let live = true;
    void handle.whenIdle().then(() => {
      const now = live ? padding() : null;
      const moved = now && (size() !== sized || (Object.keys(now) as Array<keyof typeof now>).some((k) => Math.abs(now[k] - first[k]) > 8));
      if (now && moved) fitTarget(handle, target, now, animate);
    });
    return () => { live = false; };
  }, [handle, target, mapArea, reframe]);

  // The handout lays the map out smaller than the screen (its labels then print at 7 pt or more), and back.
  const exportLayout = useCallback(async (size: { width: number; height: number } | null) => {
    const area = mapArea();
    if (!area || !handle) return;
    onPage.current = size !== null;
    area.style.flex = size ? '0 0 auto' : '';
    area.style.width = size ? `${size.width}px` : '';
    area.style.height = size ? `${size.height}px` : '';
    handle.resize();
    setReframe((n) => n + 1);
    await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    await handle.whenIdle();
  }, [mapArea, handle]);

  const go = useCallback((command: 'next' | 'previous' | 'first' | 'last') => {
    show(moveStep(api.getState().presentIndex, count, command));
  }, [api, count, show]);

  const leave = useCallback(() => {
    setAutoplay(false);
    api.getState().setMode('explore');
  }, [api]);
  const fullscreen = useFullscreen(leave);
  const { exit: exitFullscreen, toggle: toggleFullscreen } = fullscreen;
  const exit = useCallback(() => { exitFullscreen(); leave(); }, [exitFullscreen, leave]);

  const onExport = useCallback(async () => {
    // One export at a time: the snapshot raises the map's pixel ratio while it runs.
    if (exportingNow.current) return;
    exportingNow.current = true;
    const from = document.activeElement;
    setExporting('busy');
    try {
      // The slide's drawing code loads on the first export, not with the presentation: most briefings never export.
      // A chunk that fails to load is reported like a failed export.
      const { exportSlide } = await import('./exportSlide');
      const fit = handle && target ? { aspect: targetAspect(target), frame: (padding: Parameters<typeof fitTarget>[2]) => fitTarget(handle, target, padding, false) } : undefined;
      try {
        await exportSlide({ handle, state: api.getState(), t, step: current ?? null, ...(fit ? { fit } : {}) });
      } finally {
        setReframe((n) => n + 1);
      }
      setExporting('idle');
      // Done: the list closes off the subject (session 9 analyst review: it stayed open over the map),
      // and its toggle takes the focus back from the hidden button.
      setExportsOpen(false);
      if (from instanceof HTMLElement && from.closest('.present-export-menu')) from.closest('.present-export-group')?.querySelector<HTMLElement>('button[aria-expanded]')?.focus();
    } catch (e) {
      console.warn('slide export failed', e);
      setExporting('failed');
    } finally {
      exportingNow.current = false;
    }
  }, [handle, api, t, current, target]);

  const run = useCallback((command: PresentCommand) => {
    switch (command) {
      case 'exit': if (blackout) setBlackout(false); else exit(); break;
      case 'blackout': setBlackout((b) => !b); break;
      case 'fullscreen': toggleFullscreen(); break;
      case 'autoplay': setAutoplay((a) => !a && index < count - 1); break;
      default: setBlackout(false); go(command);
    }
  }, [blackout, exit, go, toggleFullscreen, index, count]);

  const closeExports = useCallback(() => setExportsOpen(false), []);
  usePresentKeys(run, exportsOpen, closeExports, exportDriving);

  // Autoplay: one step per interval (a scene may set its own), paused while blacked out; stops at the end.
  useEffect(() => {
    if (!autoplay || blackout || index >= count - 1) return;
    const wait = (current?.seconds ?? seconds) * 1000;
    const timer = window.setTimeout(() => {
      const next = moveStep(index, count, 'next');
      show(next);
      if (next >= count - 1) setAutoplay(false);
    }, wait);
    return () => window.clearTimeout(timer);
  }, [autoplay, blackout, index, count, seconds, current, show]);

  return (
    <div ref={root} className="present" data-step={index} data-steps={count} data-selected={selectedId ?? ''}>
      <PresentLegend handle={handle} step={index} />
      {exporting === 'failed' && <p className="present-error" role="alert">{t('present.exportFailed')}</p>}

      {/* The caption above the credits, stacked so neither covers the other at any width. */}
      <div className="present-foot">
        <PresentCaption captionRef={captionRef} captionId={captionId} step={current} event={event} count={count} pending={pending} />
        <PresentControls index={index} count={count} chrome={chrome} showChrome={showChrome} go={go}
          autoplay={autoplay} onAutoplay={() => run('autoplay')} seconds={seconds} setSeconds={setSeconds}
          blackout={blackout} onBlackout={() => setBlackout((b) => !b)} fullscreen={fullscreen}
          exportsOpen={exportsOpen} setExportsOpen={setExportsOpen} exporting={exporting} onExport={() => void onExport()} onExit={exit}>
          <PresentExports handle={handle} steps={steps} index={index} goTo={show} byId={byId} seconds={seconds} onBusy={onExportBusy} layout={exportLayout} />
        </PresentControls>
        {/* The map's credits, here rather than in MapLibre's control, which would cover the caption on a small screen. */}
        <p className="present-credits" title={t('map.attribution', { credits: t('map.credits') })}>{t('present.credits')}</p>
      </div>

      <div className="present-progress" role="progressbar" aria-label={t('present.progressLabel')}
        aria-valuemin={0} aria-valuemax={count} aria-valuenow={index + 1}
        aria-valuetext={t('present.progress', { index: index + 1, count })}>
        <div className="present-progress-bar" style={{ width: count ? `${((index + 1) / count) * 100}%` : '0%' }} />
      </div>

      {blackout && (
        <div className="present-blackout" onClick={() => setBlackout(false)}>
          <p className="visually-hidden" role="status">{t('present.blackoutNote')}</p>
        </div>
      )}
    </div>
  );
}
