import { useId, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { GetTheData } from '../data/GetTheData';
import { EventTable } from '../events/EventTable';
import { Filters } from '../events/Filters';
import { PanelBoundary } from '../PanelBoundary';
import { DisplayModeControls } from '../timeline/DisplayModeControls';
import { useT } from '../useT';
import { useEmbedUi } from './EmbedContext';

/**
 * The embed's filters, display choice and list of events (issue 14): a panel
 * over the map that scrolls inside, so opening it never changes the frame's
 * height. Escape or Close gives focus back to the footer's button.
 */
export function EmbedMorePanel({ id, onClose }: { id: string; onClose: () => void }) {
  const t = useT();
  const headingId = useId();
  const { options } = useEmbedUi();
  const ref = useRef<HTMLElement>(null);
  const opener = useRef<Element | null>(null);
  useLayoutEffect(() => {
    opener.current = document.activeElement;
    ref.current?.querySelector<HTMLElement>('.embed-more-close')?.focus();
    return () => {
      const back = opener.current;
      // After the panel is gone, to the button that opened it (if focus was inside the panel).
      window.setTimeout(() => { if (back instanceof HTMLElement && back.isConnected && (document.activeElement === document.body || document.activeElement === null)) back.focus(); }, 0);
    };
  }, []);
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Escape') { e.preventDefault(); onClose(); }
  };
  return (
    <section id={id} ref={ref} className="embed-more-panel" aria-labelledby={headingId} onKeyDown={onKeyDown}>
      <div className="embed-more-head">
        <h2 id={headingId}>{t('embed.more')}</h2>
        <button type="button" className="embed-more-close" onClick={onClose}>{t('share.close')}</button>
      </div>
      <PanelBoundary name="filters"><Filters /></PanelBoundary>
      {/* With `controls=full` the timeline already offers it. */}
      {options.controls !== 'full' && <div className="embed-more-display"><DisplayModeControls /></div>}
      <PanelBoundary name="table"><EventTable /></PanelBoundary>
      {/* "Get the data" for the events the list shows (issue 14 review: the embed had none). */}
      <GetTheData />
    </section>
  );
}
