import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { MessageKey } from '../../i18n/locales/en';
import { formatDateText } from '../../i18n/formatDate';
import { useMap } from '../MapHandleContext';
import { useViewer, useViewerStoreApi } from '../StoreContext';
import { useT } from '../useT';
import { CHIP, type PairGroup } from './overlayGroups';

/**
 * The label under a border's point (issue 13 review): the events whose
 * sources name only the countries fan into a ring of dashed symbols there,
 * which said nothing by itself. The badge says how many and why they are
 * there; activating it lists them, newest first, each one a button that
 * selects it. Escape or a second press closes the list.
 */
/**
 * Session 7 review: the pill ("13 · no place named", 150–340 px) covered Lào Cai, Vientiane and
 * Hà Nội at every width, in the explorer and the embed. It is now a count chip, the number in a
 * dashed ring (the legend's "Dashed ring: no place named…"), set where `chipSpots` finds room
 * (overlayGroups.ts): the ring's own centre first. Its whole sentence is its accessible name and
 * tooltip.
 */
const EDGE = 8;
const LIST_WIDTH = 300;
/** The tallest the list grows when the map has the room (issue 13 review: 260 px showed 2½ of 13). */
export const LIST_HEIGHT = 360;
/** Above the other badges and the off-screen arrows (z-index 2) while its list is open. */
export const OPEN_Z = 5;

/**
 * Where the open list goes, in the map's pixels: below the badge when the whole
 * list (`natural` tall, as measured; at most LIST_HEIGHT) fits there, else on
 * the side with more room; never taller than that room, so no edge of the map
 * cuts it (issue 13 review: the "13" list ran under the map's bottom edge).
 */
export function listPlacement(badgeTop: number, badgeHeight: number, mapHeight: number, natural: number): { up: boolean; maxHeight: number } {
  const want = Math.min(LIST_HEIGHT, natural > 0 ? natural : LIST_HEIGHT);
  const below = mapHeight - (badgeTop + badgeHeight + 4) - EDGE;
  const above = badgeTop - 4 - EDGE;
  const up = below < want && above > below;
  return { up, maxHeight: Math.max(0, Math.min(want, up ? above : below)) };
}

export function PairBadge({ group, at, width, height, chipW = CHIP }: { group: PairGroup; at: { x: number; y: number }; width: number; height: number; chipW?: number }) {
  const t = useT();
  const store = useViewerStoreApi();
  const handle = useMap();
  const lang = useViewer((s) => s.lang);
  const events = useViewer((s) => s.events);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const pair = t(`pair.${group.pair}` as MessageKey);

  useEffect(() => {
    if (!open) return;
    // A press anywhere else closes the list (the map under it, another control).
    const away = (e: PointerEvent) => { if (!rootRef.current?.contains(e.target as Node)) setOpen(false); };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);

  const size = { w: chipW, h: CHIP };

  // The list's whole height, measured once it opens, decides which side it opens on.
  const listRef = useRef<HTMLDivElement>(null);
  const [natural, setNatural] = useState(0);
  useLayoutEffect(() => {
    const el = listRef.current;
    if (!open || !el) return;
    // The box less its rows' visible part, plus all of their height (only the rows scroll, app.css).
    const rows = el.querySelector('ul');
    const whole = rows ? el.offsetHeight - rows.clientHeight + rows.scrollHeight : el.scrollHeight;
    if (whole !== natural) setNatural(whole);
  }, [open, natural, group.ids.length, lang]);

  const ids = [...group.ids].reverse();
  const full = t('map.pairBadge', { count: group.ids.length, pair });
  // Centred on its spot (no transform: a scrolling list inside a translated parent painted a
  // blank rectangle in Chromium).
  const left = clampX(at.x - size.w / 2, size.w, width);
  const top = Math.round(at.y - size.h / 2);
  // The list, in pixels from the badge, kept inside the map; it opens upwards when the room
  // below (above the timeline) is short and there is more above.
  const listW = Math.min(LIST_WIDTH, Math.max(0, width - 2 * EDGE));
  const listLeft = clampX(at.x - listW / 2, listW, width) - left;
  const { up, maxHeight } = listPlacement(top, size.h, height, natural);
  const listStyle = {
    left: listLeft, width: listW, maxHeight,
    ...(up ? { bottom: size.h + 4 } : { top: size.h + 4 }),
  };
  return (
    // Open, it draws above every other badge and arrow (issue 13 review: the "13" badge covered the "5" list).
    <div ref={rootRef} className="pair-badge" style={{ left, top, zIndex: open ? OPEN_Z : undefined }}
      onKeyDown={(e) => { if (e.key === 'Escape' && open) { e.stopPropagation(); setOpen(false); buttonRef.current?.focus(); } }}>
      <button ref={buttonRef} type="button" className="pair-badge-button" aria-expanded={open} aria-controls={listId}
        aria-label={full} title={full} onClick={() => setOpen((o) => !o)} style={{ width: chipW }}
        onWheel={(e) => { if (handle?.wheel?.(e.nativeEvent)) e.preventDefault(); }}>
        <span aria-hidden="true">{t('map.pairChip', { count: group.ids.length })} <small>{t('map.pairChipWhy')}</small></span>
      </button>
      <div ref={listRef} id={listId} className={`pair-badge-list${up ? ' pair-badge-list-up' : ''}`} hidden={!open} style={listStyle}>
        <p className="pair-badge-list-title">{t('map.pairList', { pair })}</p>
        <ul>
          {ids.map((id) => {
            const e = events.find((x) => x.event.id === id)?.event;
            if (!e) return null;
            return (
              <li key={id}>
                <button type="button" onClick={() => { setOpen(false); store.getState().select(id); }}>
                  <span className="pair-badge-date">{formatDateText(e.date, lang)}</span>
                  <span>{e.title[lang as keyof typeof e.title] ?? e.title.fr}</span>
                </button>
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}

/** The left edge of a box `w` wide, as near `x` as the map (`width`) allows, 8 px from its edges. */
export function clampX(x: number, w: number, width: number): number {
  return Math.max(EDGE, Math.min(x, width - w - EDGE));
}
