import { useEffect, useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { AUTOPLAY_SECONDS } from '../../store/presentation';
import { useT } from '../useT';

interface Props {
  index: number;
  count: number;
  chrome: boolean;
  showChrome: () => void;
  go: (command: 'next' | 'previous') => void;
  autoplay: boolean;
  onAutoplay: () => void;
  seconds: number;
  setSeconds: (s: number) => void;
  blackout: boolean;
  onBlackout: () => void;
  fullscreen: { on: boolean; toggle: () => void };
  exportsOpen: boolean;
  setExportsOpen: (f: (open: boolean) => boolean) => void;
  exporting: 'idle' | 'busy' | 'failed';
  onExport: () => void;
  onExit: () => void;
  /** The handout and video exports, in the Export list under the slide's. */
  children: ReactNode;
}

/**
 * The control bar (issue 6; one row just above the caption, issue 15: at the top it wrapped over the
 * legend card and the inset). Laid over the map, it takes no room from the caption, so nothing jumps
 * when the pointer moves. The three exports sit behind one disclosure.
 */
export function PresentControls(p: Props) {
  const t = useT();
  const exportsId = useId();
  const bar = useRef<HTMLDivElement>(null);
  // The first Tab goes to the bar (issue 15 review: it went to the map's canvas, then its 26 symbols, the bar
  // after them): the bar, focused and let go at once, is where the browser's Tab order starts from. Let go, so
  // the bar still fades; never taken from a control that has the focus.
  useEffect(() => {
    const el = bar.current;
    if (!el || (document.activeElement && document.activeElement !== document.body)) return;
    el.focus({ preventScroll: true });
    el.blur();
  }, []);
  // The Export list opens above the caption, not over it (issue 15 review): lifted by the caption's height.
  const menu = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = menu.current;
    if (!el || !p.exportsOpen) return;
    const place = () => {
      const caption = el.closest('.present-foot')?.querySelector('.present-caption')?.getBoundingClientRect();
      const group = el.parentElement?.getBoundingClientRect();
      const lift = caption && group && caption.height > 0 ? Math.max(0, group.top - caption.top) : 0;
      el.style.bottom = `calc(100% + 0.6em + ${Math.round(lift)}px)`;
    };
    place();
    window.addEventListener('resize', place);
    return () => window.removeEventListener('resize', place);
  }, [p.exportsOpen, p.index]);
  return (
    <div ref={bar} tabIndex={-1} className={`present-controls${p.chrome ? '' : ' present-controls-hidden'}`} role="toolbar" aria-label={t('present.controls')}
      onFocus={p.showChrome}>
      <button type="button" className="present-icon" onClick={() => p.go('previous')} aria-disabled={p.index <= 0} aria-label={t('present.previous')} title={t('present.previous')}>
        <span aria-hidden="true">{'\u25C0'}</span>
      </button>
      <button type="button" className="present-icon" onClick={() => p.go('next')} aria-disabled={p.index >= p.count - 1} aria-label={t('present.next')} title={t('present.next')}>
        <span aria-hidden="true">{'\u25B6'}</span>
      </button>
      <button type="button" aria-pressed={p.autoplay} onClick={p.onAutoplay}>{t('present.autoplay')}</button>
      <label className="present-interval">
        {/* Named, not shown: the 10 s next to Autoplay reads as its pace, and the row fits 1024 px in French. */}
        <span className="visually-hidden">{t('present.interval')}</span>
        <select value={p.seconds} onChange={(e) => p.setSeconds(Number(e.target.value))}>
          {AUTOPLAY_SECONDS.map((s) => <option key={s} value={s}>{t('present.seconds', { count: s })}</option>)}
        </select>
      </label>
      <button type="button" aria-pressed={p.blackout} onClick={p.onBlackout}>{t('present.blackout')}</button>
      {typeof document !== 'undefined' && document.fullscreenEnabled && (
        <button type="button" aria-pressed={p.fullscreen.on} onClick={p.fullscreen.toggle}>{t('present.fullscreen')}</button>
      )}
      <div className="present-export-group">
        <button type="button" aria-expanded={p.exportsOpen} aria-controls={exportsId} onClick={() => p.setExportsOpen((o) => !o)}>
          {t('present.exportMenu')} <span aria-hidden="true">{p.exportsOpen ? '\u25BE' : '\u25B4'}</span>
        </button>
        {/* Hidden, not unmounted: the handout and video exports keep running when it closes. */}
        <div ref={menu} id={exportsId} className="present-export-menu" hidden={!p.exportsOpen}>
          <button type="button" onClick={p.onExport} aria-disabled={p.exporting === 'busy'}>
            {p.exporting === 'busy' ? t('present.exporting') : t('present.export')}
          </button>
          {p.children}
        </div>
      </div>
      <button type="button" onClick={p.onExit}>{t('present.exit')}</button>
    </div>
  );
}
