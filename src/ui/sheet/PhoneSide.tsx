import { useCallback, useId, useLayoutEffect, useRef, useState } from 'react';
import type { MessageKey } from '../../i18n/locales/en';
import { EventPanel } from '../events/EventPanel';
import { GetTheData } from '../data/GetTheData';
import { EventTable } from '../events/EventTable';
import { Filters } from '../events/Filters';
import { LegendBody } from '../Legend';
import { PanelBoundary } from '../PanelBoundary';
import { useViewer } from '../StoreContext';
import { useFilterCount } from '../events/useFilterCount';
import { useT } from '../useT';
import { BottomSheet } from './BottomSheet';

type Sheet = 'event' | 'filters' | 'table';
/** A drag on the legend's handle this far down (CSS px) closes it; a shorter one is a tap. */
export const LEGEND_DRAG_CLOSE_PX = 40;
const TITLES: Record<Sheet, MessageKey> = { event: 'sheet.event', filters: 'filters.title', table: 'sheet.table' };

/**
 * The side panels on a phone (issue 7), inside App's side region: a bar of
 * buttons kept at the bottom of the screen, each opening its panel as a bottom sheet over the map.
 * The legend (issue 13) opens above the bar instead, in the timeline's place, so that it never
 * covers the map it explains.
 * Selecting an event (on the map, in the table, by previous/next) shows its
 * details in a sheet; clearing the selection closes that sheet.
 */
export function PhoneSide() {
  const t = useT();
  const selectedId = useViewer((s) => s.selectedId);
  const select = useViewer((s) => s.select);
  const { shown: filtered, total } = useFilterCount();
  const [open, setOpen] = useState<Sheet | null>(() => (selectedId ? 'event' : null));
  const buttons = useRef<Partial<Record<Sheet, HTMLButtonElement | null>>>({});

  // Adjusted while rendering, as React advises for state derived from a change of props/store.
  const [seen, setSeen] = useState(selectedId);
  if (seen !== selectedId) {
    setSeen(selectedId);
    if (selectedId) setOpen('event');
    else if (open === 'event') setOpen(null);
  }

  const onClose = useCallback(() => {
    // Closing the event's sheet closes the details, as the panel's own Close does.
    if (open === 'event') select(null);
    setOpen(null);
  }, [open, select]);
  const fallback = useCallback(() => buttons.current.filters ?? null, []);
  const [legend, setLegend] = useState(false);
  const legendId = useId();
  const legendButton = useRef<HTMLButtonElement>(null);
  const legendRef = useRef<HTMLDivElement>(null);
  const dragFrom = useRef<number | null>(null);
  // Closed by its Close button or Escape (issue 13 review: it had neither); focus, if it was inside,
  // goes back to the bar's Legend button.
  const closeLegend = useCallback(() => {
    const inside = legendRef.current?.contains(document.activeElement) ?? false;
    setLegend(false);
    if (inside) legendButton.current?.focus();
  }, []);
  // Listening from the commit on, not after paint: on Preact an effect waits for the next frame, and
  // an Escape pressed as the legend appears went unheard (CI under load, layout.spec's phone legend).
  useLayoutEffect(() => {
    if (!legend) return;
    const onKey = (e: KeyboardEvent) => {
      // A sheet (a modal dialog) open over it takes its own Escape.
      if (e.key !== 'Escape' || e.defaultPrevented || document.querySelector('dialog[open]')) return;
      e.preventDefault();
      closeLegend();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [legend, closeLegend]);

  const button = (sheet: Sheet, label: string) => (
    <button type="button" ref={(el) => { buttons.current[sheet] = el; }} aria-haspopup="dialog"
      aria-expanded={open === sheet} onClick={() => setOpen(sheet)}>{label}</button>
  );

  return (
    <>
      {legend && (
        <div ref={legendRef} className="phone-legend" id={legendId} role="region" aria-label={t('legend.title')}>
          {/* The same handle as the list's sheet (session 8 review: the legend had none): drag it down,
              tap it or press Down to close the legend, which has no other height to snap to. */}
          <button type="button" className="sheet-handle phone-legend-handle" aria-label={t('sheet.legendHandle')}
            onClick={closeLegend}
            onKeyDown={(e) => { if (e.key === 'ArrowDown') { e.preventDefault(); closeLegend(); } }}
            onPointerDown={(e) => { dragFrom.current = e.clientY; e.currentTarget.setPointerCapture?.(e.pointerId); }}
            onPointerUp={(e) => { const from = dragFrom.current; dragFrom.current = null; if (from !== null && e.clientY - from >= LEGEND_DRAG_CLOSE_PX) closeLegend(); }}
            onPointerCancel={() => { dragFrom.current = null; }} />
          <div className="phone-legend-head">
            <h2>{t('legend.title')}</h2>
            <button type="button" onClick={closeLegend}>{t('sheet.close')}</button>
          </div>
          <LegendBody />
        </div>
      )}
      <div className="phone-bar" role="group" aria-label={t('sheet.panels')}>
        {selectedId && button('event', t('sheet.event'))}
        {button('filters', filtered < total ? t('sheet.filtersActive', { count: filtered, total }) : t('filters.title'))}
        {button('table', t('sheet.table'))}
        <button type="button" ref={legendButton} aria-expanded={legend} aria-controls={legend ? legendId : undefined}
          onClick={() => setLegend((o) => !o)}>{t('legend.title')}</button>
      </div>
      {open && (
        <BottomSheet key={open} title={t(TITLES[open])} onClose={onClose} fallbackFocus={fallback} snap={open === 'event' || open === 'table'}>
          {open === 'event' && <PanelBoundary name="event"><EventPanel fallbackFocus={fallback} /></PanelBoundary>}
          {open === 'filters' && <PanelBoundary name="filters"><Filters titled={false} /></PanelBoundary>}
          {/* The data of the list, on a phone too (issue 13 review: it was missing there). */}
          {open === 'table' && <GetTheData />}
          {open === 'table' && <PanelBoundary name="table"><EventTable /></PanelBoundary>}
        </BottomSheet>
      )}
    </>
  );
}
