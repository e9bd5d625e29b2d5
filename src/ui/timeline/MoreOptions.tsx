import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '../useT';

/**
 * "More options" beside Play (issue 13, session 7 review: ~190 px of control chrome under the map):
 * speed, loop, what the map shows and the keyboard hint fold into one disclosure, so the bar is
 * ◀ Play ▶, the date, the strip and the slider. A native <details>: Enter or Space on its summary
 * opens it; Escape, or a press elsewhere, closes it and gives focus back to the summary. The
 * controls inside keep their names and the link's state as before.
 */
export function MoreOptions({ children }: { children: ReactNode }) {
  const t = useT();
  const ref = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => { if (!ref.current?.contains(e.target as Node)) ref.current?.removeAttribute('open'); };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);
  return (
    <details ref={ref} className="timeline-more" onToggle={(e) => {
        const el = e.currentTarget;
        setOpen(el.open);
        // On a phone the panel opens upwards over the map, from the timeline's top edge (timelineTruth.css):
        // opened in the timeline's scrolling box it scrolled the slider out of view (session 8 review),
        // and opened from its button it covered the date, the slider and Play.
        const from = el.closest('.timeline-area') ?? el.querySelector('summary');
        if (el.open && from) el.style.setProperty('--more-bottom', `${Math.round(window.innerHeight - from.getBoundingClientRect().top + 8)}px`);
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return;
        e.stopPropagation();
        ref.current?.removeAttribute('open');
        ref.current?.querySelector('summary')?.focus();
      }}>
      <summary className="timeline-more-summary">{t('timeline.moreOptions')}</summary>
      <div className="timeline-more-panel">{children}</div>
    </details>
  );
}
