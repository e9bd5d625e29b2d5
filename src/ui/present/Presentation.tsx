import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { dayToIso } from '../../domain/dayNumber';
import { eventBounds } from '../../domain/eventBounds';
import type { Geography } from '../../domain/geography';
import { formatCalendarDate, formatDateText } from '../../i18n/formatDate';
import { EVENT_MARKER_PX, type MapHandle } from '../../map';
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
import { PresentExports } from './export/PresentExports';

interface Props {
  geography: Promise<Geography>;
  handle: MapHandle | null;
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
export function Presentation({ geography, handle, script, mapArea }: Props) {
  const t = useT();
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

  // ...and the camera flies to it, leaving room for the caption.
  useEffect(() => {
    if (!handle || !current) return;
    const area = mapArea();
    const caption = captionRef.current;
    const areaRect = area?.getBoundingClientRect();
    const capRect = caption?.getBoundingClientRect();
    const edge = Math.round(Math.min(areaRect?.width ?? 800, areaRect?.height ?? 600) * 0.06) + 16;
    const covered = areaRect && capRect ? Math.max(0, areaRect.bottom - capRect.top) : 0;
    const maxBottom = (areaRect?.height ?? 600) * 0.6;
    const padding = { top: edge, left: edge, right: edge, bottom: Math.min(covered + edge, maxBottom) };
    const animate = !reducedMotion();
    if (current.camera) {
      // The scene's camera as written (zoom and center), its center in the middle of what the caption leaves visible.
      handle.flyTo(current.camera, animate, { top: 0, left: 0, right: 0, bottom: Math.min(covered, maxBottom) });
      return;
    }
    const found = current.eventId ? byId.get(current.eventId) : undefined;
    handle.controller.frame(found && geo ? eventBounds(found.event, geo) : null, { padding, animate });
  }, [handle, current, geo, byId, mapArea]);

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
      await exportSlide({ handle, state: api.getState(), t, step: current ?? null });
      setExporting('idle');
    } catch (e) {
      console.warn('slide export failed', e);
      setExporting('failed');
    } finally {
      exportingNow.current = false;
    }
  }, [handle, api, t, current]);

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
      const command = presentCommand(e.key);
      if (!command) return;
      e.preventDefault();
      e.stopPropagation();
      run(command);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [run]);

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
  const source = event?.event.source;
  const mark = (l: string) => (l === lang ? undefined : l);

  return (
    <div className="present" data-step={index} data-steps={count} data-selected={selectedId ?? ''}>
      <div className={`present-controls${chrome ? '' : ' present-controls-hidden'}`} role="toolbar" aria-label={t('present.controls')}
        onFocus={showChrome}>
        <button type="button" onClick={() => go('previous')} aria-disabled={index <= 0}>{t('present.previous')}</button>
        <button type="button" onClick={() => go('next')} aria-disabled={index >= count - 1}>{t('present.next')}</button>
        <button type="button" aria-pressed={autoplay} onClick={() => run('autoplay')}>{t('present.autoplay')}</button>
        <label className="present-interval">
          <span>{t('present.interval')}</span>
          <select value={seconds} onChange={(e) => setSeconds(Number(e.target.value))}>
            {AUTOPLAY_SECONDS.map((s) => <option key={s} value={s}>{t('present.seconds', { count: s })}</option>)}
          </select>
        </label>
        <button type="button" aria-pressed={blackout} onClick={() => setBlackout((b) => !b)}>{t('present.blackout')}</button>
        {typeof document !== 'undefined' && document.fullscreenEnabled && (
          <button type="button" aria-pressed={fullscreen.on} onClick={toggleFullscreen}>{t('present.fullscreen')}</button>
        )}
        <button type="button" onClick={() => void onExport()} aria-disabled={exporting === 'busy'}>
          {exporting === 'busy' ? t('present.exporting') : t('present.export')}
        </button>
        <PresentExports handle={handle} steps={steps} index={index} goTo={setIndex} byId={byId} seconds={seconds} onBusy={onExportBusy} />
        <button type="button" onClick={exit}>{t('present.exit')}</button>
      </div>
      {exporting === 'failed' && <p className="present-error" role="alert">{t('present.exportFailed')}</p>}

      <section ref={captionRef} className="present-caption" aria-labelledby={captionId}>
        {count === 0 ? (
          <p id={captionId} className="present-empty" role="status">{pending ? t('app.loading') : t('present.empty')}</p>
        ) : (
          <>
            {caption && <p className="present-scene" lang={mark(caption.lang)}>{caption.text}</p>}
            {/* Only the title and date are announced at each step, not the whole caption. */}
            <div aria-live="polite" aria-atomic="true">
              {title && event ? (
                <>
                  <h2 id={captionId} className="present-title" lang={mark(title.lang)}>{title.text}</h2>
                  <p className="present-date">
                    {formatCalendarDate(event, lang)}
                    <span className="present-type"> · {t(EVENT_TYPE_KEYS[event.event.type])}</span>
                  </p>
                </>
              ) : (
                <h2 id={captionId} className="present-title">{current ? formatDateText(dayToIso(current.cursor), lang) : ''}</h2>
              )}
            </div>
            {source && (
              <p className="present-source">
                {t('present.source', {
                  publisher: source.publisher ?? t('present.unknownPublisher'),
                  date: formatDateText(source.date, lang),
                })}{' '}
                <span lang={source.language}>« {source.headline} »</span>
              </p>
            )}
          </>
        )}
        {/* The map's credits, here rather than in MapLibre's control, which would cover the caption on a small screen. */}
        <p className="present-credits">{t('map.attribution', { credits: t('map.credits') })}</p>
      </section>

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
