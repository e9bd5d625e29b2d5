import { useEffect, useLayoutEffect, useRef } from 'react';
import { useViewer, useViewerStoreApi } from '../StoreContext';
import { useEmbedUi } from './EmbedContext';

/** The open lists of the "N · no place named" badges (src/ui/mapOverlays/PairBadge.tsx). */
const openPairLists = () => [...document.querySelectorAll<HTMLButtonElement>('.pair-badge-button[aria-expanded="true"]')];
const closePairLists = () => { for (const b of openPairLists()) b.click(); };

/**
 * One overlay at a time over the embed's map (issue 14 review: the details card, the legend,
 * the caption and a badge's list piled up until they covered 90% of a 680 px map). Opening one
 * closes the others: selecting an event closes the legend, the panels and the badges' lists;
 * opening the legend or the sources closes the card (the filters and list, over the whole map,
 * keep it: their list shows it); Play closes the
 * card and the panels. Escape closes the topmost one wherever focus is in the frame (the map's
 * canvas included): a badge's list, then a panel, then the card, then the legend.
 */
export function useOneOverlay(): void {
  const api = useViewerStoreApi();
  const selectedId = useViewer((s) => s.selectedId);
  const playing = useViewer((s) => s.playing);
  const { moreOpen, setMoreOpen, sourcesOpen, setSourcesOpen, legendOpen, setLegendOpen } = useEmbedUi();
  const was = useRef({ selectedId, playing, moreOpen, sourcesOpen, legendOpen });

  useEffect(() => {
    const before = was.current;
    was.current = { selectedId, playing, moreOpen, sourcesOpen, legendOpen };
    const deselect = () => { if (api.getState().selectedId !== null) api.getState().select(null); };
    if (selectedId !== null && selectedId !== before.selectedId) {
      setLegendOpen(false); setSourcesOpen(false); setMoreOpen(false); closePairLists();
    }
    if (playing && !before.playing) { deselect(); setSourcesOpen(false); setMoreOpen(false); closePairLists(); }
    if ((legendOpen && !before.legendOpen) || (sourcesOpen && !before.sourcesOpen)) { deselect(); closePairLists(); }
    // The filters and list cover the whole map, card included, and show the selection in the list: it stays.
    if (moreOpen && !before.moreOpen) closePairLists();
  }, [api, selectedId, playing, moreOpen, sourcesOpen, legendOpen, setLegendOpen, setSourcesOpen, setMoreOpen]);

  // Read by the listeners below without renewing them.
  const now = useRef({ moreOpen, sourcesOpen, legendOpen, setMoreOpen, setSourcesOpen, setLegendOpen });
  useLayoutEffect(() => { now.current = { moreOpen, sourcesOpen, legendOpen, setMoreOpen, setSourcesOpen, setLegendOpen }; });

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      // The card and the panels close themselves when focus is inside them; a dialog (Share) is its own.
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      if (e.target instanceof Element && e.target.closest('dialog')) return;
      const s = now.current;
      const lists = openPairLists();
      if (lists.length > 0) {
        e.preventDefault();
        for (const b of lists) b.click();
        lists[0]?.focus();
      } else if (s.moreOpen || s.sourcesOpen) {
        e.preventDefault();
        s.setMoreOpen(false); s.setSourcesOpen(false);
      } else if (api.getState().selectedId !== null) {
        e.preventDefault();
        api.getState().select(null);
      } else if (s.legendOpen) {
        e.preventDefault();
        const inLegend = document.activeElement?.closest('.legend-map');
        s.setLegendOpen(false);
        // Focus inside the legend's body, which is now hidden: back to its button.
        if (inLegend) inLegend.querySelector<HTMLElement>('.legend-toggle')?.focus();
      }
    };
    // A badge's list opening (a click or a key on its button) closes the other overlays.
    const onClick = (e: MouseEvent) => {
      const badge = e.target instanceof Element ? e.target.closest('.pair-badge-button') : null;
      if (!badge || badge.getAttribute('aria-expanded') === 'true') return;
      const s = now.current;
      if (api.getState().selectedId !== null) api.getState().select(null);
      s.setLegendOpen(false); s.setMoreOpen(false); s.setSourcesOpen(false);
      for (const b of openPairLists()) if (b !== badge) b.click();
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('click', onClick, true);
    return () => { document.removeEventListener('keydown', onKeyDown); document.removeEventListener('click', onClick, true); };
  }, [api]);
}
