import { useId, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useT } from '../useT';

interface Props {
  id: string;
  title: string;
  /** Added to `embed-more-panel`. */
  className?: string;
  /** Where focus goes on opening (a selector inside the panel); the Close button by default. */
  focus?: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * The frame of the embed's panels over the map (issue 14): the filters and list (EmbedMorePanel)
 * and the sources (EmbedSources). A title row with Close; Escape closes; focus goes in on opening
 * and back to what opened it once the panel is gone. It scrolls inside, so the frame's height
 * never changes.
 */
export function EmbedPanel({ id, title, className, focus, onClose, children }: Props) {
  const t = useT();
  const headingId = useId();
  const ref = useRef<HTMLElement>(null);
  const opener = useRef<Element | null>(null);
  useLayoutEffect(() => {
    opener.current = document.activeElement;
    (ref.current?.querySelector<HTMLElement>(focus ?? '.embed-more-close') ?? ref.current?.querySelector<HTMLElement>('.embed-more-close'))?.focus();
    return () => {
      const back = opener.current;
      // After the panel is gone, to the button that opened it (if focus was inside the panel).
      window.setTimeout(() => { if (back instanceof HTMLElement && back.isConnected && (document.activeElement === document.body || document.activeElement === null)) back.focus(); }, 0);
    };
    // Once, on opening.
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Escape') { e.preventDefault(); onClose(); }
  };
  return (
    <section id={id} ref={ref} className={className ? `embed-more-panel ${className}` : 'embed-more-panel'} aria-labelledby={headingId} onKeyDown={onKeyDown}>
      <div className="embed-more-head">
        <h2 id={headingId}>{title}</h2>
        <button type="button" className="embed-more-close" onClick={onClose}>{t('share.close')}</button>
      </div>
      {children}
    </section>
  );
}
