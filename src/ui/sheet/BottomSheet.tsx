import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { nearestSnap, SNAPS, type Snap } from './sheetSnap';
import { useT } from '../useT';

interface Props {
  title: string;
  /** Called once the sheet has closed (Escape, Close, a tap on the backdrop); the owner then removes it. */
  onClose: () => void;
  /** Where focus goes when what had it before the sheet opened is gone. */
  fallbackFocus?: () => HTMLElement | null;
  /**
   * Opens at half the screen, so the map above still shows what the sheet is about, with a
   * button that raises it to nearly full height and back (design review of issue 13).
   */
  snap?: boolean;
  children: ReactNode;
}

/**
 * A panel that rises from the bottom of a phone's screen over the map
 * (issue 7). A native modal <dialog>: the page behind is inert, Escape
 * closes it, focus starts on its Close button and goes back on close to
 * what had it before (or `fallbackFocus`). Its body scrolls on its own,
 * without scrolling the page under it.
 */
export function BottomSheet({ title, onClose, fallbackFocus, snap = false, children }: Props) {
  const t = useT();
  const [at, setAt] = useState<Snap>('half');
  const full = at === 'full';
  // A drag on the handle or the head row (issue 13 review): the sheet follows the finger, then
  // settles on the nearest of peek, half and full.
  const drag = useRef<{ y: number; height: number } | null>(null);
  const onPointerDown = (e: PointerEvent<HTMLElement>) => {
    if (!snap || (e.target as HTMLElement).closest('button:not(.sheet-handle)')) return;
    const dialog = ref.current;
    if (!dialog) return;
    drag.current = { y: e.clientY, height: dialog.getBoundingClientRect().height };
    e.currentTarget.setPointerCapture?.(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLElement>) => {
    const d = drag.current, dialog = ref.current;
    if (!d || !dialog) return;
    const h = Math.max(48, Math.min(window.innerHeight * 0.92, d.height - (e.clientY - d.y)));
    dialog.style.height = `${h}px`;
    dialog.style.maxHeight = `${h}px`;
  };
  const onPointerUp = (e: PointerEvent<HTMLElement>) => {
    const d = drag.current, dialog = ref.current;
    drag.current = null;
    if (!d || !dialog) return;
    const h = d.height - (e.clientY - d.y);
    dialog.style.height = '';
    dialog.style.maxHeight = '';
    // A tap (no drag) on the handle steps up, as the keyboard's Up does.
    if (Math.abs(e.clientY - d.y) < 4) return;
    setAt(nearestSnap(h, window.innerHeight));
  };
  const onHandleKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    const i = SNAPS.indexOf(at);
    const next = e.key === 'ArrowUp' ? SNAPS[i + 1] : e.key === 'ArrowDown' ? SNAPS[i - 1] : undefined;
    if (e.key === 'ArrowUp' || e.key === 'ArrowDown') e.preventDefault();
    if (next) setAt(next);
  };
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const initial = useRef(fallbackFocus);

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const fallback = initial.current;
    const before = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    // jsdom has no showModal; a plain open dialog is enough there.
    if (typeof dialog.showModal === 'function') { if (!dialog.open) dialog.showModal(); } else dialog.setAttribute('open', '');
    closeRef.current?.focus();
    return () => {
      // After the sheet has left the page: while a modal dialog is open, everything outside
      // it is inert and cannot take focus (the sheet may be unmounted without being closed).
      window.setTimeout(() => {
        const target = before?.isConnected ? before : fallback?.() ?? null;
        target?.focus();
      }, 0);
    };
  }, []);

  const close = () => {
    const dialog = ref.current;
    if (dialog && typeof dialog.close === 'function' && dialog.open) dialog.close(); // fires 'close'
    else onClose();
  };

  return (
    <dialog ref={ref} className={snap ? `sheet is-snap is-${at}` : 'sheet'} aria-labelledby={`${id}-title`} onClose={onClose}
      // A tap on the backdrop (the dialog element itself, outside its content) closes it.
      onClick={(e) => { if (e.target === e.currentTarget) close(); }}>
      <div className="sheet-content" onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={onPointerUp} onPointerCancel={onPointerUp}>
        {snap
          ? <button type="button" className="sheet-handle" aria-label={t('sheet.resize')} data-snap={at} onKeyDown={onHandleKey}
            onClick={(e) => { if (e.detail === 0) return; setAt(SNAPS[Math.min(SNAPS.length - 1, SNAPS.indexOf(at) + 1)] ?? at); }} />
          : <div className="sheet-handle" aria-hidden="true" />}
        <div className="sheet-head">
          <h2 id={`${id}-title`}>{title}</h2>
          {snap && (
            <button type="button" className="sheet-snap" aria-expanded={full} onClick={() => setAt(full ? 'half' : 'full')}
              aria-label={full ? t('sheet.collapse') : t('sheet.expand')}>
              <span aria-hidden="true">{full ? '▾' : '▴'}</span>
            </button>
          )}
          <button type="button" ref={closeRef} className="sheet-close" onClick={close}>{t('sheet.close')}</button>
        </div>
        <div className="sheet-body">{children}</div>
      </div>
    </dialog>
  );
}
