import { useCallback, useEffect, useId, useMemo, useRef, type KeyboardEvent } from 'react';
import { civilDate, dayNumber } from '../../domain/dayNumber';
import { formatCalendarDate, formatDay, formatYear } from '../../i18n/formatDate';
import { captionChoice } from '../../domain/captionChoice';
import { useViewer, useViewerStoreApi } from '../StoreContext';
import { useT } from '../useT';
import { DensityKey } from './DensityKey';
import { DensityStrip } from './DensityStrip';
import { DisplayModeControls } from './DisplayModeControls';
import { EventAnnouncer } from './EventAnnouncer';
import { PlaybackControls } from './PlaybackControls';
import { PlaybackOptions } from './PlaybackOptions';
import { MoreOptions } from './MoreOptions';
import { sliderKeyTarget } from './sliderKeys';
import { togglePlayback } from './togglePlayback';
import './timelineTruth.css';

/** Controls where a key already means something: the shortcuts leave them alone. */
function ownsKey(target: EventTarget, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    // A range input ignores letters and Space; checkboxes and radios only use Space.
    if (target.type === 'range') return false;
    if (target.type === 'checkbox' || target.type === 'radio') return key === ' ';
    return true;
  }
  return key === ' ' && (target instanceof HTMLButtonElement || target.tagName === 'SUMMARY' || target instanceof HTMLAnchorElement);
}

/**
 * Where a key pressed outside the timeline still drives it (issue 13 review: the hint's keys did
 * nothing after load or after a click on the header): the page itself (nothing focused) or the
 * map's canvas; never a field, a button or anything inside a dialog, nor while a modal is open.
 */
export function pageKeyTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  const doc = target.ownerDocument;
  if (doc.querySelector('dialog[open], [aria-modal="true"]')) return false;
  if (target === doc.body || target === doc.documentElement) return true;
  return target instanceof HTMLCanvasElement && target.closest('.map-canvas') !== null && target.closest('dialog, [role="dialog"]') === null;
}

/**
 * The timeline (issue 4), laid out as a news timeline (issue 13): a head row
 * with Play between Previous and Next, the cursor's date in large type and
 * the density strip's key over the keyboard hint; the strip, the slider over the span (one step =
 * one day) and year ticks; then one compact row of options (speed, loop,
 * what to show). Keyboard shortcuts are bound to this section and, in the
 * explorer only, to the page and the map canvas (pageKeyTarget), so an
 * embedded map never takes keys from the page around it.
 */
export function Timeline() {
  const t = useT();
  const api = useViewerStoreApi();
  const hasSpan = useViewer((s) => s.span !== null);
  const headingId = useId();
  const hintId = useId();
  const stepping = useRef(false);

  const step = useCallback((direction: 1 | -1) => {
    stepping.current = true;
    try { api.getState().step(direction); } finally { stepping.current = false; }
  }, [api]);

  /** The shortcut a key names, done; false when it names none. */
  const shortcut = useCallback((key: string): boolean => {
    if (!api.getState().span) return false;
    switch (key) {
      case 'n': case 'N': case '.': step(1); return true;
      case 'p': case 'P': case ',': step(-1); return true;
      case ' ': togglePlayback(api); return true;
      default: return false;
    }
  }, [api, step]);

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || ownsKey(e.target, e.key)) return;
    if (shortcut(e.key)) e.preventDefault();
  };

  // In the explorer the same keys also work from the page and the map (the hint says so); the
  // embed keeps them to this section (it must not take keys from the article around it) and the
  // presentation has its own.
  const explore = useViewer((s) => s.mode === 'explore');
  useEffect(() => {
    if (!explore) return;
    const onPageKey = (e: globalThis.KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || !pageKeyTarget(e.target)) return;
      if (shortcut(e.key)) e.preventDefault();
    };
    document.addEventListener('keydown', onPageKey);
    return () => document.removeEventListener('keydown', onPageKey);
  }, [explore, shortcut]);

  return (
    <section className="timeline timeline-news" aria-labelledby={headingId} aria-describedby={hasSpan ? hintId : undefined} onKeyDown={onKeyDown}>
      <h2 id={headingId} className="timeline-title visually-hidden">{t('timeline.title')}</h2>
      {hasSpan ? (
        <>
          <div className="timeline-head">
            <PlaybackControls onStep={step} />
            <CursorDate />
            {/* The explorer folds its options and the keys' hint into one disclosure (session 7 review). */}
            {explore && (
              <MoreOptions>
                <div className="timeline-controls">
                  <PlaybackOptions />
                  <DisplayModeControls />
                </div>
                <p id={hintId} className="timeline-hint">{t('timeline.hint')}</p>
              </MoreOptions>
            )}
          </div>
          <div className="timeline-track">
            <DensityStrip />
            <CursorSlider />
            <YearTicks />
          </div>
          {/* Beside the head on a wide screen, under the strip on a phone (timelineTruth.css). */}
          <div className="timeline-aside">
            <DensityKey />
            {!explore && <p id={hintId} className="timeline-hint">{t('timeline.hint')}</p>}
          </div>
          {!explore && (
            <div className="timeline-controls">
              <PlaybackOptions />
              <DisplayModeControls />
            </div>
          )}
        </>
      ) : (
        <p className="timeline-empty">{t('timeline.empty')}</p>
      )}
      <EventAnnouncer stepping={stepping} />
    </section>
  );
}

/**
 * The cursor's date in words. Its own component: it re-renders on every step of playback, its siblings do not.
 * On the first day of an event (where Play and the steps stop), the date is that event's own, at the precision
 * it carries: "January–August 2024", not "1 January 2024" (issue 13, session 8 review). The slider's value
 * text keeps the day, which is what it moves.
 */
function CursorDate() {
  const lang = useViewer((s) => s.lang);
  const cursor = useViewer((s) => s.cursor);
  const current = useViewer((s) => captionChoice(s.filtered.filter((e) => e.start === s.cursor)));
  // A vague date is a phrase ("between January and August 2024"): set smaller, on up to two lines, so the head keeps its row.
  const vague = current !== undefined && current.precision !== 'day';
  return <p className="timeline-date" data-vague={vague ? '' : undefined}>{current ? formatCalendarDate(current, lang) : formatDay(cursor, lang)}</p>;
}

function CursorSlider() {
  const t = useT();
  const lang = useViewer((s) => s.lang);
  const cursor = useViewer((s) => s.cursor);
  const span = useViewer((s) => s.span);
  const setCursor = useViewer((s) => s.setCursor);
  if (!span) return null;
  return (
    <input type="range" className="timeline-slider" aria-label={t('timeline.slider')}
      min={span.start} max={span.end} step={1} value={cursor}
      aria-valuetext={formatDay(cursor, lang)}
      onChange={(e) => setCursor(Number(e.target.value))}
      onKeyDown={(e) => {
        if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
        const target = sliderKeyTarget(e.key, cursor, span);
        if (target === null) return;
        e.preventDefault();
        setCursor(target);
      }} />
  );
}

/** One label per year (or per 2, 5, 10… years on a long span), placed as the slider places values. */
function YearTicks() {
  const lang = useViewer((s) => s.lang);
  const span = useViewer((s) => s.span);
  const ticks = useMemo(() => {
    if (!span) return [];
    const first = civilDate(span.start).year;
    const last = civilDate(span.end).year;
    const every = [1, 2, 5, 10, 20, 50].find((n) => (last - first) / n <= 8) ?? 100;
    const length = Math.max(1, span.end - span.start);
    const out: { year: number; left: number; day: number }[] = [];
    const at = (day: number) => ((day - span.start) / length) * 100;
    for (let year = first; year <= last; year++) {
      const day = dayNumber(year, 1, 1);
      if (day >= span.start && year % every === 0) out.push({ year, day, left: at(day) });
    }
    // Label the first year at the start too, unless that would crowd the first tick.
    const next = out[0];
    if (!next || (next.year !== first && next.left >= 10)) out.unshift({ year: first, day: span.start, left: 0 });
    return out;
  }, [span]);
  // Decorative: the slider's value text already says the date.
  return (
    <div className="timeline-ticks" aria-hidden="true">
      {ticks.map((tick) => (
        <span key={tick.year} className="timeline-tick" style={{ left: `${tick.left}%` }}>{formatYear(tick.day, lang)}</span>
      ))}
    </div>
  );
}
