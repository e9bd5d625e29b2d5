import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { dayToIso } from '../../domain/dayNumber';
import type { Geography } from '../../domain/geography';
import { formatCalendarDate, formatDateText } from '../../i18n/formatDate';
import { EVENT_MARKER_PX } from '../../map';
import {
  applyStep, AUTOPLAY_SECONDS, DEFAULT_AUTOPLAY_SECONDS, eventSteps, initialStep, moveStep, presentCommand,
  type PresentCommand, type PresentStep,
} from '../../store/presentation';
import { EVENT_TYPE_KEYS } from '../events/eventLabels';
import { localized } from '../events/localized';
import { useViewer, useViewerStoreApi } from '../StoreContext';
import { useSettled } from '../useSettled';
import { useT } from '../useT';
import './present.css';
import { useFullscreen, useRecentActivity } from './presentHooks';
import { shortQuote } from './shortQuote';
import { fitTarget, paddingAround, stepTarget, targetAspect, type StepTarget } from './stepCamera';
import { PresentExports } from './export/PresentExports';
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
 * Keys that a focused control handles itself: the presentation leaves them
 * to it. A select keeps only the keys that change its value, so a clicker
 * (Page Up/Down, Left/Right) still steps after the interval was chosen.
 */
function controlOwns(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLSelectElement) return ['ArrowUp', 'ArrowDown', 'Home', 'End', ' ', 'Enter'].includes(key);
  if (target instanceof HTMLTextAreaElement || target.isContentEditable || target instanceof HTMLInputElement) return true;
  return (key === ' ' || key === 'Enter') && (target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement);
}

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
  const lang = useViewer((s) => s.lang);
  const filtered = useViewer((s) => s.filtered);
  const selectedId = useViewer((s) => s.selectedId);
  const events = useViewer((s) => s.events);
  const loaded = useViewer((s) => s.span !== null);
  const pending = script === 'pending' || (!script && !loaded);
  // While a script loads, nothing is stepped through: it opens on its first scene.
  const steps = useMemo(() => (script === 'pending' ? [] : script ?? eventSteps(filtered)), [script, filtered]);
  const [index, setIndex] = useState(() => initialStep(steps, api.getState().selectedId));
  const geo = useSettled(geography, null, null);
  const [blackout, setBlackout] = useState(false);
  const [autoplay, setAutoplay] = useState(false);
  const [seconds, setSeconds] = useState<number>(DEFAULT_AUTOPLAY_SECONDS);
  const [chrome, showChrome] = useRecentActivity(3000);
  const [exporting, setExporting] = useState<'idle' | 'busy' | 'failed'>('idle');
  const [exportsOpen, setExportsOpen] = useState(false);
  const exportsId = useId();
  const captionRef = useRef<HTMLElement>(null);
  const exportingNow = useRef(false);
  // Handout and video exports (issue 15) drive the steps themselves: keys and autoplay wait.
  const exportDriving = useRef(false);
  const onExportBusy = useCallback((busy: boolean) => { exportDriving.current = busy; if (busy) setAutoplay(false); }, []);
  const captionId = useId();
  const count = steps.length;
  const current = index >= 0 ? steps[index] : undefined;
  // Looked up by id, not searched, on every step (the record may hold 100k events).
  const byId = useMemo(() => new Map(events.map((e) => [e.event.id, e])), [events]);
  const event = current?.eventId ? byId.get(current.eventId) : undefined;


  // New steps (a live reload, a script): stay on the same event if it is still there
  // (state derived while rendering, not in an effect, so nothing renders twice).
  const [seenSteps, setSeenSteps] = useState(steps);
  if (seenSteps !== steps) {
    setSeenSteps(steps);
    const at = Array.isArray(script) ? 0 : steps.findIndex((s) => s.eventId !== null && s.eventId === selectedId);
    setIndex(count === 0 ? -1 : at >= 0 ? at : Math.min(Math.max(index, 0), count - 1));
  }

  // Event symbols, lines and labels read from the back of the room; back to normal on leaving.
  useEffect(() => {
    if (!handle) return;
    handle.controller.setMarkerSize(PRESENT_MARKER_PX);
    handle.controller.setProjector(true);
    return () => { handle.controller.setMarkerSize(EVENT_MARKER_PX); handle.controller.setProjector(false); handle.controller.clearPadding(); };
  }, [handle]);

  // The step sets the view...
  useEffect(() => {
    if (current) applyStep(api, current);
  }, [api, current]);

  // ...and the camera flies to it, in the part of the map no text covers (issue 15).
  const target = useMemo<StepTarget | null>(
    () => (current ? stepTarget(current, current.eventId ? byId.get(current.eventId) : undefined, geo) : null),
    [current, byId, geo],
  );
  // Bumped after a slide export, which framed the step for the slide: frame it for the screen again.
  const [reframe, setReframe] = useState(0);
  useEffect(() => {
    if (!handle || !target) return;
    const area = mapArea()?.getBoundingClientRect();
    const caption = captionRef.current?.getBoundingClientRect();
    if (!area || !caption) return;
    const animate = !reducedMotion();
    const maxBottom = area.height * 0.6;
    const covered = Math.min(Math.max(0, area.bottom - caption.top), maxBottom);
    if (target.kind === 'camera') {
      // The scene's camera as written (zoom and center), its center in the middle of what the caption leaves visible.
      fitTarget(handle, target, { top: 0, left: 0, right: 0, bottom: covered }, animate);
      return;
    }
    const edge = Math.round(Math.min(area.width, area.height) * 0.06) + 16;
    const boxes = [caption, ...document.querySelectorAll('.present-credits, .present-legend, .app-present .locator-inset')]
      .map((b) => (b instanceof Element ? b.getBoundingClientRect() : b))
      .map((r) => ({ x: r.left - area.left, y: r.top - area.top, w: r.width, h: r.height }));
    fitTarget(handle, target, paddingAround(area.width, area.height, boxes, targetAspect(target), edge), animate);
  }, [handle, target, mapArea, reframe]);

  // The handout lays the map out smaller than the screen (its labels then print at 7 pt or more), and back.
  const exportLayout = useCallback(async (size: { width: number; height: number } | null) => {
    const area = mapArea();
    if (!area || !handle) return;
    area.style.flex = size ? '0 0 auto' : '';
    area.style.width = size ? `${size.width}px` : '';
    area.style.height = size ? `${size.height}px` : '';
    handle.resize();
    setReframe((n) => n + 1);
    await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    await handle.whenIdle();
  }, [mapArea, handle]);

  const go = useCallback((command: 'next' | 'previous' | 'first' | 'last') => {
    setIndex((i) => moveStep(i, count, command));
  }, [count]);

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

  // The presentation owns the page, so its keys listen on the window, in the capture
  // phase: before the map, which would otherwise pan on the arrows once it has focus.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (exportDriving.current || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || controlOwns(e.target, e.key)) return;
      if (e.key === 'Escape' && exportsOpen) {
        // Escape closes the export list first, then (pressed again) leaves the presentation.
        e.preventDefault();
        e.stopPropagation();
        setExportsOpen(false);
        return;
      }
      const command = presentCommand(e.key);
      if (!command) return;
      e.preventDefault();
      e.stopPropagation();
      run(command);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [run, exportsOpen]);

  // Autoplay: one step per interval (a scene may set its own), paused while blacked out; stops at the end.
  useEffect(() => {
    if (!autoplay || blackout || index >= count - 1) return;
    const wait = (current?.seconds ?? seconds) * 1000;
    const timer = window.setTimeout(() => {
      const next = moveStep(index, count, 'next');
      setIndex(next);
      if (next >= count - 1) setAutoplay(false);
    }, wait);
    return () => window.clearTimeout(timer);
  }, [autoplay, blackout, index, count, seconds, current]);

  const title = event ? localized(event.event.title, lang) : null;
  const caption = current?.caption ? (typeof current.caption === 'string' ? { text: current.caption, lang } : localized(current.caption, lang)) : null;
  // A scene's caption replaces the event's title (issue 15: the title repeated it).
  const heading = caption ?? title;
  const source = event?.event.source;
  const mark = (l: string) => (l === lang ? undefined : l);

  return (
    <div className="present" data-step={index} data-steps={count} data-selected={selectedId ?? ''}>
      <PresentLegend handle={handle} step={index} />
      {exporting === 'failed' && <p className="present-error" role="alert">{t('present.exportFailed')}</p>}

      {/* The caption above the credits, stacked so neither covers the other at any width. */}
      <div className="present-foot">
        <section ref={captionRef} className="present-caption" aria-labelledby={captionId}>
          {count === 0 ? (
            <p id={captionId} className="present-empty" role="status">{pending ? t('app.loading') : t('present.empty')}</p>
          ) : (
            <>
              {/* Only the heading and date are announced at each step, not the whole caption. */}
              <div aria-live="polite" aria-atomic="true">
                {heading ? (
                  <h2 id={captionId} className={caption ? 'present-title present-scene' : 'present-title'} lang={mark(heading.lang)}>{heading.text}</h2>
                ) : (
                  <h2 id={captionId} className="present-title">{current ? formatDateText(dayToIso(current.cursor), lang) : ''}</h2>
                )}
                {event && (
                  <p className="present-date">
                    {formatCalendarDate(event, lang)}
                    <span className="present-type"> · {t(EVENT_TYPE_KEYS[event.event.type])}</span>
                  </p>
                )}
              </div>
              {/* The event's own words, with who published them when (issue 15: not the article's headline, five times over). */}
              {source && (
                <p className="present-source">
                  <span lang={source.language} title={source.quote}>{`«\u202f${shortQuote(source.quote)}\u202f»`}</span>{' '}
                  <span className="present-by" title={source.headline}>{source.publisher
                    ? t('present.source', { publisher: source.publisher, date: formatDateText(source.date, lang) })
                    : t('present.sourceNoPublisher', { date: formatDateText(source.date, lang) })}</span>
                </p>
              )}
            </>
          )}
        </section>
        {/* One row at the bottom, above the credits (issue 15: at the top it wrapped over the legend card and the inset).
            Hidden (faded), it keeps its place, so nothing jumps when the pointer moves. The three exports sit behind one disclosure. */}
        <div className={`present-controls${chrome ? '' : ' present-controls-hidden'}`} role="toolbar" aria-label={t('present.controls')}
          onFocus={showChrome}>
          <button type="button" className="present-icon" onClick={() => go('previous')} aria-disabled={index <= 0} aria-label={t('present.previous')} title={t('present.previous')}>
            <span aria-hidden="true">{'\u25C0'}</span>
          </button>
          <button type="button" className="present-icon" onClick={() => go('next')} aria-disabled={index >= count - 1} aria-label={t('present.next')} title={t('present.next')}>
            <span aria-hidden="true">{'\u25B6'}</span>
          </button>
          <button type="button" aria-pressed={autoplay} onClick={() => run('autoplay')}>{t('present.autoplay')}</button>
          <label className="present-interval">
            {/* Named, not shown: the 10 s next to Autoplay reads as its pace, and the row fits 1024 px in French. */}
            <span className="visually-hidden">{t('present.interval')}</span>
            <select value={seconds} onChange={(e) => setSeconds(Number(e.target.value))}>
              {AUTOPLAY_SECONDS.map((s) => <option key={s} value={s}>{t('present.seconds', { count: s })}</option>)}
            </select>
          </label>
          <button type="button" aria-pressed={blackout} onClick={() => setBlackout((b) => !b)}>{t('present.blackout')}</button>
          {typeof document !== 'undefined' && document.fullscreenEnabled && (
            <button type="button" aria-pressed={fullscreen.on} onClick={toggleFullscreen}>{t('present.fullscreen')}</button>
          )}
          <div className="present-export-group">
            <button type="button" aria-expanded={exportsOpen} aria-controls={exportsId} onClick={() => setExportsOpen((o) => !o)}>
              {t('present.exportMenu')} <span aria-hidden="true">{exportsOpen ? '\u25BE' : '\u25B4'}</span>
            </button>
            {/* Hidden, not unmounted: the handout and video exports keep running when it closes. */}
            <div id={exportsId} className="present-export-menu" hidden={!exportsOpen}>
              <button type="button" onClick={() => void onExport()} aria-disabled={exporting === 'busy'}>
                {exporting === 'busy' ? t('present.exporting') : t('present.export')}
              </button>
              <PresentExports handle={handle} steps={steps} index={index} goTo={setIndex} byId={byId} seconds={seconds} onBusy={onExportBusy} layout={exportLayout} />
            </div>
          </div>
          <button type="button" onClick={exit}>{t('present.exit')}</button>
        </div>
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
